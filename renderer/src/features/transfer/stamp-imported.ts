import type { Diff } from '@shared/model/diff';

/**
 * Marks the workshop a file brought in with the moment of import (`importedAt`), so the
 * home list and the workshop's top bar can tell it from its original until it is renamed.
 */
export function stampImported(diff: Diff, now: string): Diff {
  return { ...diff, added: diff.added.map((record) => (record.type === 'workshop' ? { ...record, importedAt: now } : record)) };
}
