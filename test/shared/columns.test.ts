import { describe, expect, it } from 'vitest';
import { applyDiff, invertDiff } from '../../shared/model/diff';
import { columnsOf, notesOf } from '../../shared/model/queries';
import type { RecordMap } from '../../shared/model/types';
import { addColumn, moveColumn, removeColumn, renameColumn } from '../../shared/ops/columns';
import { addNote } from '../../shared/ops/notes';
import { makeWorkshop } from '../support/workshop';

const titles = (records: RecordMap, activityId: string) =>
  columnsOf(records, activityId).map((column) => column.title ?? column.templateKey);

describe('column operations', () => {
  it('adds a titled column at the end', () => {
    const { records, ctx, activity } = makeWorkshop();
    const next = applyDiff(records, addColumn(records, activity.id, ' Parking lot ', ctx));
    expect(titles(next, activity.id)).toEqual(['salesSees', 'marketingSees', 'sharedCustomer', 'Parking lot']);
  });

  it('renames a column and refuses an empty or over-long title', () => {
    const { records, columns } = makeWorkshop();
    const next = applyDiff(records, renameColumn(records, columns[0]!.id, 'What sales sees'));
    expect(columnsOf(next, columns[0]!.activityId)[0]!.title).toBe('What sales sees');
    expect(() => renameColumn(records, columns[0]!.id, ' ')).toThrowError(expect.objectContaining({ code: 'textRequired' }));
    expect(() => renameColumn(records, columns[0]!.id, 'x'.repeat(81))).toThrowError(
      expect.objectContaining({ code: 'textTooLong' }),
    );
  });

  it('reorders columns', () => {
    const { records, activity, columns } = makeWorkshop();
    const next = applyDiff(records, moveColumn(records, columns[2]!.id, 0));
    expect(titles(next, activity.id)).toEqual(['sharedCustomer', 'salesSees', 'marketingSees']);
  });

  it('removes a column with its notes in one undoable step', () => {
    const { records: start, ctx, activity, columns } = makeWorkshop();
    const records = applyDiff(start, addNote(start, { columnId: columns[1]!.id, text: 'a', department: 'sales' }, ctx));
    const diff = removeColumn(records, columns[1]!.id);
    const after = applyDiff(records, diff);
    expect(titles(after, activity.id)).toEqual(['salesSees', 'sharedCustomer']);
    expect(Object.values(after).some((record) => record.type === 'note')).toBe(false);
    const restored = applyDiff(after, invertDiff(diff));
    expect(notesOf(restored, columns[1]!.id).map((note) => note.text)).toEqual(['a']);
  });

  it('keeps the last column of a board', () => {
    const { columns, records: start } = makeWorkshop();
    let records = start;
    records = applyDiff(records, removeColumn(records, columns[0]!.id));
    records = applyDiff(records, removeColumn(records, columns[1]!.id));
    expect(() => removeColumn(records, columns[2]!.id)).toThrowError(expect.objectContaining({ code: 'lastColumn' }));
  });
});
