import { byOrder } from '../model/order';
import type { ActivityRunRecord, FacilitationSettingsRecord, ParticipantRecord } from '../model/facilitation-types';
import type { RecordMap } from '../model/types';
import type { RoomRecord, RoomRecordMap } from './records-proposal';

/** Queries of a {@link RoomRecordMap}, including the proposed record kinds. */

type Kind = RoomRecord['type'];
type OfKind<K extends Kind> = Extract<RoomRecord, { type: K }>;

/**
 * Records grouped by kind, built once per map: a map is never changed in
 * place (diffs make new maps), so the grouping stays true for its lifetime.
 */
const kindIndexes = new WeakMap<RoomRecordMap, Map<Kind, RoomRecord[]>>();

export function ofType<K extends Kind>(records: RoomRecordMap, type: K): OfKind<K>[] {
  let index = kindIndexes.get(records);
  if (!index) {
    index = new Map();
    for (const record of Object.values(records)) {
      const list = index.get(record.type);
      if (list) list.push(record);
      else index.set(record.type, [record]);
    }
    kindIndexes.set(records, index);
  }
  return (index.get(type)?.slice() ?? []) as OfKind<K>[];
}

export function get<K extends Kind>(records: RoomRecordMap, id: string, type: K): OfKind<K> | undefined {
  const record = Object.hasOwn(records, id) ? records[id] : undefined;
  return record?.type === type ? (record as OfKind<K>) : undefined;
}

/**
 * The room's records seen as today's model, for the existing pure
 * operations: they look records up by kind, so the proposed kinds are inert.
 */
export function asModel(records: RoomRecordMap): RecordMap {
  return records as unknown as RecordMap;
}

export function settings(records: RoomRecordMap): FacilitationSettingsRecord | undefined {
  return ofType(records, 'facilitation')[0];
}

export function runFor(records: RoomRecordMap, activityId: string): ActivityRunRecord | undefined {
  return ofType(records, 'activityRun').find((run) => run.activityId === activityId);
}

export function participant(records: RoomRecordMap, participantId: string): ParticipantRecord | undefined {
  return get(records, participantId, 'participant');
}

export function sortedByOrder<T extends { id: string; order: string }>(list: T[]): T[] {
  return list.sort(byOrder);
}

/** Dots a participant has given from their devices in an activity. */
export function deviceVotesUsed(records: RoomRecordMap, activityId: string, participantId: string): number {
  return ofType(records, 'deviceVote')
    .filter((vote) => vote.activityId === activityId && vote.participantId === participantId)
    .reduce((sum, vote) => sum + vote.count, 0);
}

/** The activity the room follows, if it exists and is in this workshop's records. */
export function currentActivityId(records: RoomRecordMap): string | null {
  const current = settings(records)?.currentActivityId ?? null;
  return current !== null && get(records, current, 'activity') ? current : null;
}

/** The health check is rated on the template's opening activity. */
export const HEALTH_ACTIVITY_KEY = 'opening';
