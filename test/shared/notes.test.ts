import { describe, expect, it } from 'vitest';
import { applyDiff, invertDiff } from '../../shared/model/diff';
import { DomainError } from '../../shared/model/errors';
import { notesOf } from '../../shared/model/queries';
import { MAX_NOTES_PER_WORKSHOP } from '../../shared/model/file-limits';
import type { AnyRecord, RecordMap } from '../../shared/model/types';
import { addNote, deleteNote, editNote, moveNote } from '../../shared/ops/notes';
import { makeWorkshop } from '../support/workshop';

function texts(records: RecordMap, columnId: string): string[] {
  return notesOf(records, columnId).map((note) => note.text);
}

function withNotes(count: number) {
  const fixture = makeWorkshop();
  let { records } = fixture;
  const column = fixture.columns[0]!;
  for (let i = 1; i <= count; i++) {
    records = applyDiff(records, addNote(records, { columnId: column.id, text: `n${i}`, department: 'sales' }, fixture.ctx));
  }
  return { ...fixture, records, column };
}

describe('addNote', () => {
  it('appends a trimmed note with its department to the column', () => {
    const { records, ctx, columns } = makeWorkshop();
    const diff = addNote(records, { columnId: columns[0]!.id, text: '  Leads arrive late ', department: 'marketing' }, ctx);
    const next = applyDiff(records, diff);
    const [note] = notesOf(next, columns[0]!.id);
    expect(note).toMatchObject({ text: 'Leads arrive late', department: 'marketing', activityId: columns[0]!.activityId });
  });

  it('keeps insertion order', () => {
    const { records, column } = withNotes(3);
    expect(texts(records, column.id)).toEqual(['n1', 'n2', 'n3']);
  });

  it('rejects empty and over-long text without cutting it', () => {
    const { records, ctx, columns } = makeWorkshop();
    const add = (text: string) => addNote(records, { columnId: columns[0]!.id, text, department: 'sales' }, ctx);
    expect(() => add('   ')).toThrowError(expect.objectContaining({ code: 'textRequired' }));
    expect(() => add('x'.repeat(501))).toThrowError(expect.objectContaining({ code: 'textTooLong' }));
    expect(() => add('x'.repeat(500))).not.toThrow();
  });

  it('fails for an unknown column', () => {
    const { records, ctx } = makeWorkshop();
    expect(() => addNote(records, { columnId: 'nope', text: 'a', department: 'sales' }, ctx)).toThrow(DomainError);
  });

  it('refuses a note past the cap of notes per workshop, saying the cap', () => {
    const { records, ctx, column } = withNotes(1);
    const note = Object.values(records).find((record) => record.type === 'note')!;
    const full: Record<string, AnyRecord> = { ...records };
    for (let i = 1; i < MAX_NOTES_PER_WORKSHOP; i++) full[`copy-${i}`] = { ...note, id: `copy-${i}` };
    expect(() => addNote(full, { columnId: column.id, text: 'one too many', department: 'sales' }, ctx)).toThrowError(
      expect.objectContaining({ code: 'tooManyNotes', params: { max: MAX_NOTES_PER_WORKSHOP } }),
    );
    // Record maps are never changed in place (queries cache per map): one fewer is a new map.
    const { 'copy-1': _removed, ...oneFewer } = full;
    expect(() => addNote(oneFewer, { columnId: column.id, text: 'fits', department: 'sales' }, ctx)).not.toThrow();
  });
});

describe('editNote', () => {
  it('changes text and department and stamps the time', () => {
    const { records, ctx, column } = withNotes(1);
    const note = notesOf(records, column.id)[0]!;
    const diff = editNote(records, note.id, { text: 'new', department: 'marketing' }, { ...ctx, now: 'later' });
    expect(diff.updated[0]![1]).toMatchObject({ text: 'new', department: 'marketing', updatedAt: 'later' });
  });

  it('yields an empty diff when nothing changes', () => {
    const { records, ctx, column } = withNotes(1);
    const note = notesOf(records, column.id)[0]!;
    expect(editNote(records, note.id, { text: ' n1 ' }, ctx).updated).toHaveLength(0);
  });
});

describe('moveNote', () => {
  it('reorders within a column, writing only the moved note', () => {
    const { records, ctx, column } = withNotes(3);
    const first = notesOf(records, column.id)[0]!;
    const diff = moveNote(records, first.id, column.id, 2, ctx);
    expect(diff.updated).toHaveLength(1);
    expect(texts(applyDiff(records, diff), column.id)).toEqual(['n2', 'n3', 'n1']);
  });

  it('moves a note into an empty column', () => {
    const { records, ctx, column, columns } = withNotes(2);
    const note = notesOf(records, column.id)[1]!;
    const next = applyDiff(records, moveNote(records, note.id, columns[2]!.id, 0, ctx));
    expect(texts(next, column.id)).toEqual(['n1']);
    expect(texts(next, columns[2]!.id)).toEqual(['n2']);
  });

  it('inserts between notes of another column', () => {
    const { ctx, column, columns, records: start } = withNotes(1);
    let records = start;
    const target = columns[1]!.id;
    for (const text of ['a', 'b']) {
      records = applyDiff(records, addNote(records, { columnId: target, text, department: 'marketing' }, ctx));
    }
    const note = notesOf(records, column.id)[0]!;
    expect(texts(applyDiff(records, moveNote(records, note.id, target, 1, ctx)), target)).toEqual(['a', 'n1', 'b']);
  });

  it('is a no-op when dropped where it was', () => {
    const { records, ctx, column } = withNotes(2);
    const note = notesOf(records, column.id)[1]!;
    expect(moveNote(records, note.id, column.id, 1, ctx).updated).toHaveLength(0);
  });
});

describe('deleteNote and undo', () => {
  it('removes the note, and the inverse diff restores it in place', () => {
    const { records, column } = withNotes(3);
    const middle = notesOf(records, column.id)[1]!;
    const diff = deleteNote(records, middle.id);
    const after = applyDiff(records, diff);
    expect(texts(after, column.id)).toEqual(['n1', 'n3']);
    expect(texts(applyDiff(after, invertDiff(diff)), column.id)).toEqual(['n1', 'n2', 'n3']);
  });

  it('undoes a move back to the original column and position', () => {
    const { records, ctx, column, columns } = withNotes(3);
    const note = notesOf(records, column.id)[0]!;
    const diff = moveNote(records, note.id, columns[1]!.id, 0, ctx);
    const undone = applyDiff(applyDiff(records, diff), invertDiff(diff));
    expect(undone).toEqual(records);
  });
});
