import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyDiff, invertDiff } from '../../shared/model/diff';
import { notesOf } from '../../shared/model/queries';
import { addNote, deleteNote } from '../../shared/ops/notes';
import { deleteWorkshop } from '../../shared/ops/workshops';
import { AlignboardDatabase } from '../../renderer/src/db/database';
import { createRepository } from '../../renderer/src/db/repository';
import { makeWorkshop } from '../support/workshop';

const NOW = '2026-11-26T12:00:00.000Z';

function freshName() {
  return `repo-${Math.random()}`;
}

describe('repository', () => {
  it('writes a workshop and reads it back through a new connection', async () => {
    const name = freshName();
    const { records: start, ctx, columns } = makeWorkshop();
    const records = applyDiff(start, addNote(start, { columnId: columns[0]!.id, text: 'Zażółć gęślą jaźń', department: 'sales' }, ctx));
    const first = new AlignboardDatabase(name);
    await createRepository(first).applyDiff({ added: Object.values(records), updated: [], removed: [] }, NOW);
    first.close();

    const second = createRepository(new AlignboardDatabase(name));
    const loaded = await second.loadWorkshop(columns[0]!.workshopId);
    expect(notesOf(loaded!, columns[0]!.id).map((note) => note.text)).toEqual(['Zażółć gęślą jaźń']);
    expect(Object.keys(loaded!).sort()).toEqual(Object.keys(records).sort());
  });

  it('lists workshops with their note counts, most recently changed first', async () => {
    const repository = createRepository(new AlignboardDatabase(freshName()));
    const a = makeWorkshop();
    const b = makeWorkshop({ now: NOW, newId: (() => { let i = 0; return () => `b-${++i}`; })() });
    await repository.applyDiff({ added: Object.values(a.records), updated: [], removed: [] }, '2026-01-01T00:00:00.000Z');
    await repository.applyDiff({ added: Object.values(b.records), updated: [], removed: [] }, '2026-01-02T00:00:00.000Z');
    const note = addNote(a.records, { columnId: a.columns[0]!.id, text: 'x', department: 'sales' }, a.ctx);
    await repository.applyDiff(note, '2026-01-03T00:00:00.000Z');

    const list = await repository.listWorkshops();
    expect(list.map((w) => [w.id, w.noteCount])).toEqual([
      [a.activity.workshopId, 1],
      [b.activity.workshopId, 0],
    ]);
    expect(list[0]!.updatedAt).toBe('2026-01-03T00:00:00.000Z');
  });

  it('deletes a whole workshop and restores it from the inverse diff', async () => {
    const repository = createRepository(new AlignboardDatabase(freshName()));
    const { records, activity } = makeWorkshop();
    await repository.applyDiff({ added: Object.values(records), updated: [], removed: [] }, NOW);
    const diff = deleteWorkshop(records);
    await repository.applyDiff(diff, NOW);
    expect(await repository.loadWorkshop(activity.workshopId)).toBeNull();
    await repository.applyDiff(invertDiff(diff), NOW);
    expect(Object.keys((await repository.loadWorkshop(activity.workshopId))!)).toHaveLength(Object.keys(records).length);
  });

  it('marks the workshop changed on every write, deletions too, from memory or from storage', async () => {
    const repository = createRepository(new AlignboardDatabase(freshName()));
    const { records, ctx, columns, activity } = makeWorkshop();
    const workshopId = activity.workshopId;
    await repository.applyDiff({ added: Object.values(records), updated: [], removed: [] }, NOW);
    const updatedAt = async () => (await repository.listWorkshops()).find((w) => w.id === workshopId)!.updatedAt;

    // The open workshop's records are known: the mark is written with the note.
    const added = addNote(records, { columnId: columns[0]!.id, text: 'Kept', department: 'sales' }, ctx);
    const after = applyDiff(records, added);
    await repository.applyDiff(added, '2026-11-26T13:00:00.000Z', after);
    expect(await updatedAt()).toBe('2026-11-26T13:00:00.000Z');
    const stored = await repository.loadWorkshop(workshopId);
    expect(stored![workshopId]).toEqual({ ...after[workshopId], updatedAt: '2026-11-26T13:00:00.000Z' });

    // Not known (a change from the home screen): read from storage and marked; a deletion counts.
    const noteId = added.added[0]!.id;
    await repository.applyDiff(deleteNote(after, noteId), '2026-11-26T14:00:00.000Z');
    expect(await updatedAt()).toBe('2026-11-26T14:00:00.000Z');
    expect(notesOf((await repository.loadWorkshop(workshopId))!, columns[0]!.id)).toEqual([]);
  });
});
