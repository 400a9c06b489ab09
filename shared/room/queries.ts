import type { ActivityRunRecord } from '../model/facilitation-types';
import { getRecord, recordsOfType } from '../model/queries';
import type { RecordMap } from '../model/types';
import { settingsOf } from '../facilitation/runs';

/** Queries the room's rules and views share. */

export function runFor(records: RecordMap, activityId: string): ActivityRunRecord | undefined {
  return recordsOfType(records, 'activityRun').find((run) => run.activityId === activityId);
}

/** Dots a participant has given from their devices in an activity. */
export function deviceVotesUsed(records: RecordMap, activityId: string, participantId: string): number {
  return recordsOfType(records, 'deviceVote')
    .filter((vote) => vote.activityId === activityId && vote.participantId === participantId)
    .reduce((sum, vote) => sum + vote.count, 0);
}

/** The activity the room follows, if it exists and is in this workshop's records. */
export function currentActivityId(records: RecordMap): string | null {
  const current = settingsOf(records)?.currentActivityId ?? null;
  return current !== null && getRecord(records, current, 'activity') ? current : null;
}

/** The health check is rated on the template's opening activity. */
export const HEALTH_ACTIVITY_KEY = 'opening';
