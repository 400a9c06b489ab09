import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/model/diff';
import { recordSchema, referencesOf, RECORD_KINDS } from '../../shared/model/schemas';
import type { NoteRecord, WorkshopRecord } from '../../shared/model/types';
import { addNote } from '../../shared/ops/notes';
import { makeWorkshop } from '../support/workshop';

function validWorkshop() {
  const { records, columns, ctx } = makeWorkshop();
  const withNote = applyDiff(records, addNote(records, { columnId: columns[0]!.id, text: 'Leads arrive late', department: 'sales' }, ctx));
  const workshop = Object.values(withNote).find((record): record is WorkshopRecord => record.type === 'workshop')!;
  const note = Object.values(withNote).find((record): record is NoteRecord => record.type === 'note')!;
  return { records: withNote, workshop, note };
}

const accepts = (record: unknown) => recordSchema.safeParse(record).success;

describe('record fields are validated to what the screens rely on', () => {
  it('accepts what the app writes', () => {
    const { records } = validWorkshop();
    for (const record of Object.values(records)) expect(accepts(record)).toBe(true);
  });

  it('refuses a time new Date() cannot read', () => {
    const { workshop } = validWorkshop();
    expect(accepts({ ...workshop, updatedAt: 'yesterday' })).toBe(false);
    expect(accepts({ ...workshop, updatedAt: '2026-02-30T10:00:00.000Z' })).toBe(false);
    expect(accepts({ ...workshop, updatedAt: '2026-11-29T10:00:00+01:00' })).toBe(true);
  });

  it('refuses a calendar day that does not exist', () => {
    const { workshop } = validWorkshop();
    expect(accepts({ ...workshop, date: '2027-02-30' })).toBe(false);
    expect(accepts({ ...workshop, date: '2028-02-29' })).toBe(true);
  });

  it('refuses two departments with the same id', () => {
    const { workshop } = validWorkshop();
    const [sales] = workshop.departments;
    expect(accepts({ ...workshop, departments: [sales, { ...sales, name: 'Sales 2' }] })).toBe(false);
  });

  it('refuses an order key the ordering library cannot extend', () => {
    const { note } = validWorkshop();
    for (const order of ['b', 'a00', 'zz']) expect(accepts({ ...note, order })).toBe(false);
  });

  it('refuses line breaks and control characters in a title, keeps them in a note', () => {
    const { workshop, note } = validWorkshop();
    expect(accepts({ ...workshop, title: 'Q1\rreview' })).toBe(false);
    expect(accepts({ ...workshop, title: 'Q1\u0000' })).toBe(false);
    expect(accepts({ ...note, text: 'first line\nsecond line' })).toBe(true);
    expect(accepts({ ...note, text: 'bell\u0007' })).toBe(false);
  });

  it('refuses a timer that could not be shown as minutes and seconds', () => {
    const { records } = validWorkshop();
    const run = { type: 'activityRun', id: 'r', workshopId: Object.values(records)[0]!.workshopId, activityId: 'a', phase: 'write', spotlightId: null, skipped: false, prompt: null };
    expect(accepts({ ...run, timer: { startedAt: null, accumulatedMs: 0, extraMinutes: 0 } })).toBe(true);
    expect(accepts({ ...run, timer: { startedAt: 'soon', accumulatedMs: 0, extraMinutes: 0 } })).toBe(false);
    expect(accepts({ ...run, timer: { startedAt: null, accumulatedMs: 1e300, extraMinutes: 0 } })).toBe(false);
  });
});

describe('reference fields', () => {
  it('are declared per kind, and name the ids a record points at', () => {
    const { note } = validWorkshop();
    expect(referencesOf({ ...note, author: 'p-1' }).map((ref) => ref.field)).toEqual(['activityId', 'columnId', 'author']);
    expect(referencesOf(note).map((ref) => ref.field)).toEqual(['activityId', 'columnId']);
  });

  it('never include the record\'s own ids or a follow-up\'s earlier workshop', () => {
    for (const kind of Object.values(RECORD_KINDS)) {
      expect(kind.references).not.toContain('id');
      expect(kind.references).not.toContain('workshopId');
    }
    expect(RECORD_KINDS.followUp.references).not.toContain('previousWorkshopId');
  });

  it('name only fields the kind has', () => {
    for (const [type, kind] of Object.entries(RECORD_KINDS)) {
      const shape = (kind.schema as unknown as { shape: Record<string, unknown> }).shape;
      for (const field of kind.references) expect(shape, `${type}.${field}`).toHaveProperty(field);
    }
  });
});
