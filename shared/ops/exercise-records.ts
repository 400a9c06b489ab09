import type { Diff } from '../model/diff';
import { recordsOfType, requireRecord } from '../model/queries';
import type { AnyRecord, RecordMap, RecordType } from '../model/types';

type ByType<T extends RecordType> = Extract<AnyRecord, { type: T }>;

const NO_CHANGE: Diff = { added: [], updated: [], removed: [] };

/** Shallow equality of the changed fields (arrays and objects compared by JSON). */
function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));
}

/** An update of some fields of a record; an unchanged record yields an empty diff (no undo step). */
export function patch<T extends RecordType>(records: RecordMap, id: string, type: T, changes: Partial<ByType<T>>): Diff {
  const record = requireRecord(records, id, type);
  const changed = Object.entries(changes).some(([key, value]) => !same((record as unknown as Record<string, unknown>)[key], value));
  if (!changed) return NO_CHANGE;
  return { added: [], updated: [[record, { ...record, ...changes } as AnyRecord]], removed: [] };
}

/**
 * Saves fields of a one-per-workshop record (charter, handoff agreement):
 * creates it from `initial` on the first save.
 */
export function saveSingleton<T extends RecordType>(
  records: RecordMap,
  type: T,
  initial: () => ByType<T>,
  changes: Partial<ByType<T>>,
): Diff {
  const existing = recordsOfType(records, type)[0];
  if (existing) return patch(records, existing.id, type, changes);
  return { added: [{ ...initial(), ...changes } as AnyRecord], updated: [], removed: [] };
}

export function removeRecord<T extends RecordType>(records: RecordMap, id: string, type: T): Diff {
  return { added: [], updated: [], removed: [requireRecord(records, id, type)] };
}
