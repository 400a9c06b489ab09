import { deriveTypeIndex } from './queries';
import type { AnyRecord, RecordMap } from './types';

/**
 * A change to a workshop, in the shape tldraw uses: records added, updated
 * (as `[before, after]`) and removed. Undo applies the inverse diff.
 */
export interface Diff {
  added: AnyRecord[];
  updated: Array<[AnyRecord, AnyRecord]>;
  removed: AnyRecord[];
}

export const EMPTY_DIFF: Diff = { added: [], updated: [], removed: [] };

export function isEmptyDiff(diff: Diff): boolean {
  return diff.added.length === 0 && diff.updated.length === 0 && diff.removed.length === 0;
}

export function invertDiff(diff: Diff): Diff {
  return {
    added: diff.removed,
    updated: diff.updated.map(([before, after]) => [after, before]),
    removed: diff.added,
  };
}

/** Returns a new map with the diff applied; the input is not mutated. */
export function applyDiff(records: RecordMap, diff: Diff): RecordMap {
  const next: Record<string, AnyRecord> = { ...records };
  for (const record of diff.removed) delete next[record.id];
  for (const record of diff.added) next[record.id] = record;
  for (const [, after] of diff.updated) next[after.id] = after;
  deriveTypeIndex(records, next, diff);
  return next;
}

/** Records a diff leaves in storage: everything added or updated. */
export function recordsToPut(diff: Diff): AnyRecord[] {
  return [...diff.added, ...diff.updated.map(([, after]) => after)];
}

/** Ids of the records a diff deletes. */
export function idsToDelete(diff: Diff): string[] {
  return diff.removed.map((record) => record.id);
}

/**
 * Several diffs, made one after another, as one: what is there before the
 * first and after the last, record by record. A record added then deleted is
 * in none of the lists; one added then edited is added as edited.
 */
export function composeDiffs(diffs: readonly Diff[]): Diff {
  const before = new Map<string, AnyRecord | null>();
  const after = new Map<string, AnyRecord | null>();
  const touch = (id: string, was: AnyRecord | null, is: AnyRecord | null) => {
    if (!before.has(id)) before.set(id, was);
    after.set(id, is);
  };
  for (const diff of diffs) {
    for (const record of diff.removed) touch(record.id, record, null);
    for (const record of diff.added) touch(record.id, null, record);
    for (const [was, is] of diff.updated) touch(is.id, was, is);
  }
  const composed: Diff = { added: [], updated: [], removed: [] };
  for (const [id, is] of after) {
    const was = before.get(id) ?? null;
    if (was && is) composed.updated.push([was, is]);
    else if (is) composed.added.push(is);
    else if (was) composed.removed.push(was);
  }
  return composed;
}
