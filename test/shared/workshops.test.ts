import { describe, expect, it } from 'vitest';
import { applyDiff, invertDiff } from '../../shared/model/diff';
import { activitiesOf, columnsOf, findWorkshop, notesOf, recordsOfType } from '../../shared/model/queries';
import { addDecision } from '../../shared/ops/facilitation';
import { addNote } from '../../shared/ops/notes';
import { createWorkshop, deleteWorkshop, duplicateWorkshop, updateWorkshop } from '../../shared/ops/workshops';
import { DEFAULT_TEMPLATE } from '../../shared/templates/default-workshop';
import { makeContext, makeDetails, makeWorkshop } from '../support/workshop';

describe('createWorkshop', () => {
  it('creates the template activities as empty boards, in order, with their columns', () => {
    const records = applyDiff({}, createWorkshop(makeDetails(), DEFAULT_TEMPLATE, makeContext()));
    const activities = activitiesOf(records);
    expect(activities.map((activity) => activity.templateKey)).toEqual(DEFAULT_TEMPLATE.activities.map((a) => a.key));
    activities.forEach((activity, index) => {
      expect(columnsOf(records, activity.id).map((column) => column.templateKey)).toEqual(
        DEFAULT_TEMPLATE.activities[index]!.columns,
      );
    });
    expect(recordsOfType(records, 'note')).toHaveLength(0);
    expect(findWorkshop(records)?.departments.map((d) => d.id)).toEqual(['sales', 'marketing']);
  });

  it('rejects an empty title, an impossible date and a bad colour', () => {
    const create = (details = makeDetails()) => () => createWorkshop(details, DEFAULT_TEMPLATE, makeContext());
    expect(create(makeDetails({ title: '' }))).toThrowError(expect.objectContaining({ code: 'textRequired' }));
    expect(create(makeDetails({ date: '2026-02-30' }))).toThrowError(expect.objectContaining({ code: 'invalidDate' }));
    expect(
      create(makeDetails({ departments: [{ name: 'S', color: 'red' }, { name: 'M', color: '#000000' }] })),
    ).toThrowError(expect.objectContaining({ code: 'invalidColor' }));
  });
});

describe('updateWorkshop', () => {
  it('renames the workshop and its departments', () => {
    const { records, ctx } = makeWorkshop();
    const details = makeDetails({
      title: 'Warsztat',
      departments: [{ name: 'Sprzedaż', color: '#123456' }, { name: 'Marketing', color: '#654321' }],
    });
    const next = findWorkshop(applyDiff(records, updateWorkshop(records, details, ctx)));
    expect(next).toMatchObject({ title: 'Warsztat', departments: [{ id: 'sales', name: 'Sprzedaż' }, { id: 'marketing' }] });
  });
});

describe('duplicateWorkshop', () => {
  it('copies every record under new ids with references remapped', () => {
    const { records: start, ctx, columns } = makeWorkshop();
    const records = applyDiff(start, addNote(start, { columnId: columns[0]!.id, text: 'a', department: 'sales' }, ctx));
    const copy = applyDiff({}, duplicateWorkshop(records, 'Copy', makeContext('copy')));
    expect(Object.keys(copy)).toHaveLength(Object.keys(records).length);
    expect(Object.keys(copy).every((id) => id.startsWith('copy-'))).toBe(true);
    const workshop = findWorkshop(copy)!;
    expect(workshop.title).toBe('Copy');
    const note = recordsOfType(copy, 'note')[0]!;
    expect(notesOf(copy, note.columnId)).toEqual([note]);
    expect(Object.values(copy).every((record) => record.workshopId === workshop.id)).toBe(true);
  });
});

describe('duplicateWorkshop with other areas\' records', () => {
  it('remaps references of facilitation records too, so the copy never points into the original', () => {
    const { records: start, ctx, columns, activity } = makeWorkshop();
    let records = applyDiff(start, addNote(start, { columnId: columns[0]!.id, text: 'a', department: 'sales' }, ctx));
    const note = recordsOfType(records, 'note')[0]!;
    records = applyDiff(records, addDecision(records, activity.id, note.id, 'Agreed', ctx));
    const copy = applyDiff({}, duplicateWorkshop(records, 'Copy', makeContext('copy')));
    const decision = recordsOfType(copy, 'activityDecision')[0]!;
    const copiedNote = recordsOfType(copy, 'note')[0]!;
    expect(decision.sourceId).toBe(copiedNote.id);
    expect(decision.activityId).not.toBe(activity.id);
    expect(copy[decision.activityId]?.type).toBe('activity');
  });
});

describe('deleteWorkshop', () => {
  it('removes every record and the inverse restores them', () => {
    const { records } = makeWorkshop();
    const diff = deleteWorkshop(records);
    expect(applyDiff(records, diff)).toEqual({});
    expect(applyDiff({}, invertDiff(diff))).toEqual(records);
  });
});
