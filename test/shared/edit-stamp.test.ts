import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/model/diff';
import { markEdited } from '../../shared/model/edit-stamp';
import { findWorkshop } from '../../shared/model/queries';
import { addNote } from '../../shared/ops/notes';
import { deleteWorkshop, updateWorkshop } from '../../shared/ops/workshops';
import { makeDetails, makeWorkshop } from '../support/workshop';

const LATER = '2026-12-24T18:00:00.000Z';

describe('markEdited', () => {
  it('adds the workshop, marked changed, to a diff of its records', () => {
    const { records, columns, ctx } = makeWorkshop();
    const workshop = findWorkshop(records)!;
    const diff = markEdited(addNote(records, { columnId: columns[0]!.id, text: 'x', department: 'sales' }, ctx), workshop, LATER);
    expect(findWorkshop(applyDiff(records, diff))!.updatedAt).toBe(LATER);
    expect(diff.updated).toEqual([[workshop, { ...workshop, updatedAt: LATER }]]);
  });

  it('stamps the workshop in place when the diff already changes it', () => {
    const { records, ctx } = makeWorkshop();
    const diff = markEdited(updateWorkshop(records, makeDetails({ title: 'Renamed' }), ctx), findWorkshop(records), LATER);
    expect(diff.updated).toHaveLength(1);
    expect(findWorkshop(applyDiff(records, diff))).toMatchObject({ title: 'Renamed', updatedAt: LATER });
  });

  it('leaves a deletion and a diff of another workshop alone', () => {
    const { records } = makeWorkshop();
    const deletion = deleteWorkshop(records);
    expect(markEdited(deletion, findWorkshop(records), LATER)).toBe(deletion);
    const other = makeWorkshop();
    const note = addNote(other.records, { columnId: other.columns[0]!.id, text: 'x', department: 'sales' }, other.ctx);
    expect(markEdited(note, { ...findWorkshop(records)!, id: 'elsewhere' }, LATER)).toBe(note);
  });
});
