import { applyDiff, type Diff } from './diff';
import { deriveTypeIndex, newIn, patchTypeIndex } from './queries';
import type { AnyRecord, RecordMap } from './types';

/**
 * A records map that many diffs are applied to in turn, each seeing the ones
 * before (a burst of intents from the room): one copy of the map for the
 * whole burst, where applyDiff would copy all of it for every diff (thousands
 * of records, 200 phones rating ten steps each).
 *
 * `records` changes in place as diffs are applied: read it, never keep it past
 * the burst, and never fill a cache keyed by the map from it (the grouping of
 * ./queries.ts is kept true as it changes; nothing else would be). At the end
 * of the burst `settle` makes it the next state of the map, so the store takes
 * it without copying every record once more.
 */
export interface Draft {
  readonly records: RecordMap;
  apply(diff: Diff): void;
  /**
   * The map `current` becomes under `change`: every diff applied so far as
   * one, and perhaps more (the workshop's edit stamp). When `current` is the
   * map the draft was made from, that is the draft's own map with `change`
   * applied once more (no effect on what is already applied); otherwise a
   * fresh copy. The draft may not be used after it settled.
   */
  settle(current: RecordMap, change: Diff): RecordMap;
}

export function draft(base: RecordMap): Draft {
  const records: Record<string, AnyRecord> = { ...base };
  deriveTypeIndex(base, records, null);
  let settled = false;
  function apply(diff: Diff) {
    if (settled) throw new Error('This draft was handed over; start a new one.');
    const fresh = newIn(records, diff);
    for (const record of diff.removed) delete records[record.id];
    for (const record of diff.added) records[record.id] = record;
    for (const [, after] of diff.updated) records[after.id] = after;
    patchTypeIndex(records, diff, fresh);
  }
  return {
    records,
    apply,
    settle(current, change) {
      if (current !== base) return applyDiff(current, change);
      apply(change);
      settled = true;
      return records;
    },
  };
}
