import type { Diff } from '../model/diff';
import { DomainError } from '../model/errors';
import { requireText } from '../model/limits';
import { keyAt } from '../model/order';
import { columnsOf, recordsOfType, requireRecord } from '../model/queries';
import type { ColumnRecord, OpContext, RecordMap } from '../model/types';

/** Appends a column with a title to an activity's board. */
export function addColumn(records: RecordMap, activityId: string, title: string, ctx: OpContext): Diff {
  const activity = requireRecord(records, activityId, 'activity');
  const siblings = columnsOf(records, activityId);
  const column: ColumnRecord = {
    type: 'column',
    id: ctx.newId(),
    workshopId: activity.workshopId,
    activityId,
    templateKey: null,
    title: requireText('columnTitle', title),
    order: keyAt(siblings, siblings.length),
  };
  return { added: [column], updated: [], removed: [] };
}

export function renameColumn(records: RecordMap, columnId: string, title: string): Diff {
  const column = requireRecord(records, columnId, 'column');
  const next = requireText('columnTitle', title);
  if (next === column.title) return { added: [], updated: [], removed: [] };
  return { added: [], updated: [[column, { ...column, title: next }]], removed: [] };
}

/** Moves a column to `index` among its activity's columns (counted without it). */
export function moveColumn(records: RecordMap, columnId: string, index: number): Diff {
  const column = requireRecord(records, columnId, 'column');
  const all = columnsOf(records, column.activityId);
  if (all.findIndex((other) => other.id === columnId) === index) return { added: [], updated: [], removed: [] };
  const siblings = all.filter((other) => other.id !== columnId);
  return { added: [], updated: [[column, { ...column, order: keyAt(siblings, index) }]], removed: [] };
}

/** Removes a column and its notes (one undo step restores both). A board keeps at least one column. */
export function removeColumn(records: RecordMap, columnId: string): Diff {
  const column = requireRecord(records, columnId, 'column');
  if (columnsOf(records, column.activityId).length <= 1) throw new DomainError('lastColumn');
  const notes = recordsOfType(records, 'note').filter((note) => note.columnId === columnId);
  return { added: [], updated: [], removed: [column, ...notes] };
}
