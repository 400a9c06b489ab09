import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { columnsOf, notesOf, recordsOfType } from '../../shared/model/queries';
import { addNote, moveNote } from '../../shared/ops/notes';
import { StorageError } from '../../renderer/src/db/storage-error';
import { createTestServices } from '../support/services';
import { makeDetails } from '../support/workshop';

async function openedWorkshop() {
  const services = createTestServices();
  await services.workshops.createWorkshop(makeDetails());
  const state = services.app.store.getState();
  const records = state.records!;
  const route = state.route as { workshopId: string; activityId: string };
  const columns = columnsOf(records, route.activityId);
  return { services, app: services.app, route, columns };
}

const notesIn = (app: ReturnType<typeof createTestServices>['app'], columnId: string) =>
  notesOf(app.store.getState().records!, columnId).map((note) => note.text);

describe('app store', () => {
  it('opens a new workshop on its first activity', async () => {
    const { app, route } = await openedWorkshop();
    expect(route.activityId).toBeTruthy();
    expect(app.store.getState().undoStack).toHaveLength(0);
  });

  it('shows a change at once and makes it durable in IndexedDB', async () => {
    const { services, app, route, columns } = await openedWorkshop();
    void app.run((records, ctx) => addNote(records, { columnId: columns[0]!.id, text: 'Hello', department: 'sales' }, ctx));
    expect(notesIn(app, columns[0]!.id)).toEqual(['Hello']);
    await app.whenSaved();
    const stored = await services.db.records.where('[workshopId+type]').equals([route.workshopId, 'note']).toArray();
    expect(stored.map((note) => (note.type === 'note' ? note.text : ''))).toEqual(['Hello']);
  });

  it('undoes and redoes, one step per operation, and persists both', async () => {
    const { services, app, route, columns } = await openedWorkshop();
    await app.run((records, ctx) => addNote(records, { columnId: columns[0]!.id, text: 'a', department: 'sales' }, ctx));
    const note = recordsOfType(app.store.getState().records!, 'note')[0]!;
    await app.run((records, ctx) => moveNote(records, note.id, columns[1]!.id, 0, ctx));
    expect(notesIn(app, columns[1]!.id)).toEqual(['a']);

    await app.undo();
    expect(notesIn(app, columns[0]!.id)).toEqual(['a']);
    expect(notesIn(app, columns[1]!.id)).toEqual([]);
    await app.undo();
    expect(notesIn(app, columns[0]!.id)).toEqual([]);
    await app.redo();
    expect(notesIn(app, columns[0]!.id)).toEqual(['a']);
    expect(app.store.getState().redoStack).toHaveLength(1);

    const stored = await services.db.records.where('[workshopId+type]').equals([route.workshopId, 'note']).toArray();
    expect(stored).toHaveLength(1);
  });

  it('turns a broken rule into a notice and changes nothing', async () => {
    const { app, columns } = await openedWorkshop();
    const saved = await app.run((records, ctx) =>
      addNote(records, { columnId: columns[0]!.id, text: 'x'.repeat(501), department: 'sales' }, ctx),
    );
    expect(saved).toBe(false);
    expect(app.store.getState().notice).toMatchObject({ tone: 'error', key: 'errors.textTooLong', params: { max: 500 } });
    expect(notesIn(app, columns[0]!.id)).toEqual([]);
  });

  it('rolls the screen back to what is saved when the disk is full', async () => {
    const { services, app, columns } = await openedWorkshop();
    vi.spyOn(services.repository, 'applyDiff').mockRejectedValueOnce(new StorageError('quota', 'QuotaExceededError'));
    const saved = await app.run((records, ctx) =>
      addNote(records, { columnId: columns[0]!.id, text: 'lost?', department: 'sales' }, ctx),
    );
    expect(saved).toBe(false);
    expect(app.store.getState().notice?.key).toBe('errors.storageQuota');
    expect(notesIn(app, columns[0]!.id)).toEqual([]);
    expect(app.store.getState().undoStack).toHaveLength(0);
  });

  it('deletes a workshop and restores it within the session', async () => {
    const { services, route } = await openedWorkshop();
    await services.workshops.goHome();
    await services.workshops.deleteWorkshop(route.workshopId);
    expect(services.app.store.getState().workshops).toEqual([]);
    expect(services.app.store.getState().notice).toMatchObject({ key: 'home.deleted', offerRestore: true });
    await services.workshops.restoreDeleted();
    expect(services.app.store.getState().workshops?.map((w) => w.id)).toEqual([route.workshopId]);
  });

  it('duplicates a workshop with its notes', async () => {
    const { services, app, route, columns } = await openedWorkshop();
    await app.run((records, ctx) => addNote(records, { columnId: columns[0]!.id, text: 'a', department: 'sales' }, ctx));
    await services.workshops.goHome();
    await services.workshops.duplicateWorkshop(route.workshopId, 'Copy of Q1');
    const list = services.app.store.getState().workshops!;
    expect(list.map((w) => [w.title, w.noteCount]).sort()).toEqual([
      ['Copy of Q1', 1],
      ['Q1 alignment', 1],
    ]);
  });

  it('reports a workshop that no longer exists', async () => {
    const services = createTestServices();
    await services.workshops.openWorkshop('missing-id');
    expect(services.app.store.getState().missing).toBe(true);
  });
});
