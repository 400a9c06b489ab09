import { EMPTY_DIFF, type Diff } from '../model/diff';
import type { ActivityRunRecord, FacilitationSettingsRecord } from '../model/facilitation-types';
import { recordsOfType, requireRecord } from '../model/queries';
import type { AnyRecord, OpContext, RecordMap } from '../model/types';
import { STOPPED_TIMER } from './timer';

/**
 * Runs and settings are created on the first change, so workshops made
 * before facilitation existed (or never run) need no migration.
 */
export const DEFAULT_VOTES_PER_PERSON = 3;

export function runOf(records: RecordMap, activityId: string): ActivityRunRecord | undefined {
  return recordsOfType(records, 'activityRun').find((run) => run.activityId === activityId);
}

function freshRun(records: RecordMap, activityId: string, id: string): ActivityRunRecord {
  const activity = requireRecord(records, activityId, 'activity');
  return {
    type: 'activityRun',
    id,
    workshopId: activity.workshopId,
    activityId,
    phase: 'write',
    timer: STOPPED_TIMER,
    spotlightId: null,
    skipped: false,
    prompt: null,
  };
}

/** The run of an activity, or what it is before anything happened (id `''`). */
export function runOrDefault(records: RecordMap, activityId: string): ActivityRunRecord {
  return runOf(records, activityId) ?? freshRun(records, activityId, '');
}

export function settingsOf(records: RecordMap): FacilitationSettingsRecord | undefined {
  return recordsOfType(records, 'facilitation')[0];
}

function freshSettings(workshopId: string, id: string): FacilitationSettingsRecord {
  return {
    type: 'facilitation',
    id,
    workshopId,
    currentActivityId: null,
    anonymous: false,
    votesPerPerson: DEFAULT_VOTES_PER_PERSON,
    hideTally: false,
    muted: false,
  };
}

/** The workshop's facilitation settings, or the defaults (id `''`). */
export function settingsOrDefault(records: RecordMap, workshopId: string): FacilitationSettingsRecord {
  return settingsOf(records) ?? freshSettings(workshopId, '');
}

function upsert<T extends AnyRecord>(existing: T | undefined, fresh: () => T, change: (record: T) => T): Diff {
  if (!existing) return { added: [change(fresh())], updated: [], removed: [] };
  const next = change(existing);
  if (JSON.stringify(next) === JSON.stringify(existing)) return EMPTY_DIFF;
  return { added: [], updated: [[existing, next]], removed: [] };
}

/** Changes an activity's run, creating it on first use; an unchanged run is an empty diff. */
export function changeRun(
  records: RecordMap,
  activityId: string,
  change: (run: ActivityRunRecord) => ActivityRunRecord,
  ctx: OpContext,
): Diff {
  return upsert(runOf(records, activityId), () => freshRun(records, activityId, ctx.newId()), change);
}

/** Changes the workshop's facilitation settings, creating them on first use. */
export function changeSettings(
  records: RecordMap,
  workshopId: string,
  change: (settings: FacilitationSettingsRecord) => FacilitationSettingsRecord,
  ctx: OpContext,
): Diff {
  return upsert(settingsOf(records), () => freshSettings(workshopId, ctx.newId()), change);
}
