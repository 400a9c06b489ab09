import type { Diff } from './diff';
import { deriveTypeIndex, patchTypeIndex } from './queries';
import type { AnyRecord, RecordMap } from './types';

/**
 * A records map that many diffs are applied to in turn, each seeing the ones
 * before (a burst of intents from the room): one copy of the map for the
 * whole burst, where applyDiff would copy all of it for every diff (thousands
 * of records, 200 phones rating ten steps each).
 *
 * `records` changes in place as diffs are applied: read it, never keep it past
 * the burst, and never hand it to the store (commit the composed diff instead).
 */
export interface Draft {
  readonly records: RecordMap;
  apply(diff: Diff): void;
}

export function draft(base: RecordMap): Draft {
  const records: Record<string, AnyRecord> = { ...base };
  deriveTypeIndex(base, records, null);
  return {
    records,
    apply(diff) {
      for (const record of diff.removed) delete records[record.id];
      for (const record of diff.added) records[record.id] = record;
      for (const [, after] of diff.updated) records[after.id] = after;
      patchTypeIndex(records, diff);
    },
  };
}
