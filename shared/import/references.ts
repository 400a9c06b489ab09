import { brokenRecords } from '../model/integrity';
import type { AnyRecord } from '../model/types';
import { refuse } from './problems';

/** The board's skeleton must hold in a file: every column in an activity of the file, every note in a column of its activity. */
export function checkReferences(records: readonly AnyRecord[]): void {
  const [first] = brokenRecords(records);
  if (!first) return;
  const { record, field } = first;
  const id = String((record as unknown as Record<string, unknown>)[field]);
  refuse('brokenReference', { index: records.indexOf(record) + 1, id, field });
}
