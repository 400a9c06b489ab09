import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { applyDiff, invertDiff } from '../../shared/model/diff';
import { notesOf } from '../../shared/model/queries';
import type { AnyRecord } from '../../shared/model/types';
import { addNote } from '../../shared/ops/notes';
import { deleteWorkshop } from '../../shared/ops/workshops';
import { AlignboardDatabase } from '../../renderer/src/db/database';
import { createRepository } from '../../renderer/src/db/repository';
import { makeWorkshop } from '../support/workshop';

function freshName() {
  return `repo-${Math.random()}`;
}

const adding = (records: Record<string, AnyRecord>) => ({ added: Object.values(records), updated: [], removed: [] });

describe('repository', () => {
  it('writes a workshop and reads it back through a new connection', async () => {
    const name = freshName();
    const { records: start, ctx, columns } = makeWorkshop();
    const records = applyDiff(start, addNote(start, { columnId: columns[0]!.id, text: 'Zażółć gęślą jaźń', department: 'sales' }, ctx));
    const first = new AlignboardDatabase(name);
    await createRepository(first).applyDiff(adding(records));
    first.close();

    const second = createRepository(new AlignboardDatabase(name));
    const loaded = await second.loadWorkshop(columns[0]!.workshopId);
    expect(notesOf(loaded!.records, columns[0]!.id).map((note) => note.text)).toEqual(['Zażółć gęślą jaźń']);
    expect(Object.keys(loaded!.records).sort()).toEqual(Object.keys(records).sort());
    expect(loaded!.setAside).toEqual([]);
  });

  it('lists workshops with their note counts, most recently changed first', async () => {
    const repository = createRepository(new AlignboardDatabase(freshName()));
    let i = 0;
    const a = makeWorkshop();
    const b = makeWorkshop({ now: '2026-12-02T00:00:00.000Z', newId: () => `b-${++i}` });
    await repository.applyDiff(adding(a.records));
    await repository.applyDiff(adding(b.records));
    await repository.applyDiff(addNote(a.records, { columnId: a.columns[0]!.id, text: 'x', department: 'sales' }, a.ctx));

    const list = await repository.listWorkshops();
    // b was created later than a (the note is not an edit stamp: the store stamps edits).
    expect(list.map((w) => [w.id, w.noteCount])).toEqual([
      [b.activity.workshopId, 0],
      [a.activity.workshopId, 1],
    ]);
  });

  it('writes what the diff says and nothing else: the workshop is stamped by the store, not here', async () => {
    const repository = createRepository(new AlignboardDatabase(freshName()));
    const { records, ctx, columns, activity } = makeWorkshop();
    await repository.applyDiff(adding(records));
    await repository.applyDiff(addNote(records, { columnId: columns[0]!.id, text: 'x', department: 'sales' }, { ...ctx, now: '2027-01-01T00:00:00.000Z' }));
    const [summary] = await repository.listWorkshops();
    expect(summary!.updatedAt).toBe(records[activity.workshopId]!.type === 'workshop' ? (records[activity.workshopId] as { updatedAt: string }).updatedAt : '');
  });

  it('writes a diff whole or not at all: when one record cannot be stored, the others are rolled back', async () => {
    const db = new AlignboardDatabase(freshName());
    const repository = createRepository(db);
    const { records, ctx, columns } = makeWorkshop();
    await repository.applyDiff(adding(records));
    const note = addNote(records, { columnId: columns[0]!.id, text: 'kept only with its partner', department: 'sales' }, ctx);
    // A value IndexedDB cannot store (it refuses to clone a function), after a good one.
    const broken = { ...note.added[0]!, id: 'broken', text: (() => 'x') as unknown as string };

    await expect(repository.applyDiff({ ...note, added: [...note.added, broken] })).rejects.toThrow();
    expect(await db.records.where('type').equals('note').count()).toBe(0);
  });

  it('asks IndexedDB to commit in the task that placed the requests, not after the page has handled their results', async () => {
    const repository = createRepository(new AlignboardDatabase(freshName()));
    const { records } = makeWorkshop();
    const calls: string[] = [];
    let placingTaskOver = false;
    const put = IDBObjectStore.prototype.put;
    const commit = IDBTransaction.prototype.commit;
    const putSpy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (calls.length === 0) setTimeout(() => (placingTaskOver = true));
      calls.push('put');
      return put.apply(this, args);
    });
    const commitSpy = vi.spyOn(IDBTransaction.prototype, 'commit').mockImplementation(function (this: IDBTransaction) {
      calls.push(placingTaskOver ? 'commit in a later task' : 'commit');
      commit.call(this);
    });
    await repository.applyDiff(adding(records));
    putSpy.mockRestore();
    commitSpy.mockRestore();
    expect(calls).toEqual([...Object.keys(records).map(() => 'put'), 'commit']);
  });

  it('deletes a whole workshop and restores it from the inverse diff', async () => {
    const repository = createRepository(new AlignboardDatabase(freshName()));
    const { records, activity } = makeWorkshop();
    await repository.applyDiff(adding(records));
    const diff = deleteWorkshop(records);
    await repository.applyDiff(diff);
    expect(await repository.loadWorkshop(activity.workshopId)).toBeNull();
    await repository.applyDiff(invertDiff(diff));
    expect(Object.keys((await repository.loadWorkshop(activity.workshopId))!.records)).toHaveLength(Object.keys(records).length);
  });

  it('sets aside a record that fails validation and a note whose column is gone, and says so', async () => {
    const db = new AlignboardDatabase(freshName());
    const repository = createRepository(db);
    const { records, ctx, columns, activity } = makeWorkshop();
    const withNote = applyDiff(records, addNote(records, { columnId: columns[0]!.id, text: 'kept', department: 'sales' }, ctx));
    await repository.applyDiff(adding(withNote));
    // What an older release or a bug could have left on disk.
    await db.records.bulkPut([
      { ...Object.values(withNote).find((r) => r.type === 'note')!, id: 'bad-time', createdAt: 'yesterday' },
      { ...Object.values(withNote).find((r) => r.type === 'note')!, id: 'orphan', columnId: 'gone' },
    ] as AnyRecord[]);

    const loaded = (await repository.loadWorkshop(activity.workshopId))!;
    expect(loaded.setAside.map((entry) => [entry.id, entry.path])).toEqual([
      ['bad-time', 'createdAt'],
      ['orphan', 'columnId'],
    ]);
    expect(notesOf(loaded.records, columns[0]!.id).map((note) => note.text)).toEqual(['kept']);
    // Kept aside on disk, out of the workshop: not counted, not loaded again, not lost.
    expect((await repository.listWorkshops())[0]!.noteCount).toBe(1);
    expect((await db.aside.toArray()).map((row) => row.key).sort()).toEqual(['bad-time', 'orphan']);
    expect((await repository.loadWorkshop(activity.workshopId))!.setAside).toEqual([]);
  });
});
