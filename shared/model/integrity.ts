import type { AnyRecord } from './types';

/** A record whose place on the board is gone: the field that points nowhere (or at the wrong place). */
export interface BrokenRecord {
  record: AnyRecord;
  field: 'activityId' | 'columnId';
}

/**
 * Records that cannot be shown because the board's skeleton under them is missing:
 * a column whose activity is not there, a note whose activity or column is not there
 * (or whose column belongs to another activity). Such a note would be invisible and
 * undeletable, yet counted and exported. Other links (a vote's note, an action's
 * source note…) may legitimately point at a record deleted since.
 */
export function brokenRecords(records: readonly AnyRecord[]): BrokenRecord[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const broken: BrokenRecord[] = [];
  const activityOk = (id: string) => byId.get(id)?.type === 'activity';
  for (const record of records) {
    if (record.type === 'column' && !activityOk(record.activityId)) broken.push({ record, field: 'activityId' });
    if (record.type !== 'note') continue;
    const column = byId.get(record.columnId);
    if (!activityOk(record.activityId)) broken.push({ record, field: 'activityId' });
    else if (column?.type !== 'column' || column.activityId !== record.activityId) broken.push({ record, field: 'columnId' });
  }
  return broken;
}
