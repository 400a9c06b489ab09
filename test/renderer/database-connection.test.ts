import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { columnsOf } from '../../shared/model/queries';
import { addNote } from '../../shared/ops/notes';
import { AlignboardDatabase } from '../../renderer/src/db/database';
import { createServices } from '../../renderer/src/services';
import { createFakePlatform, createTestServices } from '../support/services';
import { makeDetails, makeWorkshop } from '../support/workshop';

const SCHEMA = { records: 'id, type, workshopId, [workshopId+type]' };

/** A later release of the app: the same data under a newer schema version. */
class NewerDatabase extends AlignboardDatabase {
  constructor(name: string) {
    super(name);
    this.version(3).stores(SCHEMA);
  }
}

/** An old window that ignores `versionchange`, as a release without the handler would. */
function holdOpenWithoutListening(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function openedWorkshop() {
  const services = createTestServices();
  await services.workshops.createWorkshop(makeDetails());
  const records = services.app.store.getState().records!;
  const route = services.app.store.getState().route as { workshopId: string; activityId: string };
  return { services, route, column: columnsOf(records, route.activityId)[0]! };
}

describe('another window and the database', () => {
  it('closes when a newer version upgrades elsewhere, and tells the user to reload', async () => {
    const { services, route } = await openedWorkshop();

    // The newer window opens at once: this window let go instead of blocking it.
    const newer = new Dexie(services.db.name);
    newer.version(3).stores(SCHEMA);
    await newer.open();

    expect(services.app.store.getState().notice?.key).toBe('errors.storageVersionChange');
    expect(services.db.isOpen()).toBe(false);
    expect(await newer.table('records').where('workshopId').equals(route.workshopId).count()).toBeGreaterThan(0);
    newer.close();
  });

  it('refuses later writes with the same "reload" message and leaves the upgraded data alone', async () => {
    const { services, route, column } = await openedWorkshop();
    const newer = new Dexie(services.db.name);
    newer.version(3).stores(SCHEMA);
    await newer.open();
    const before = await newer.table('records').count();
    services.app.dismissNotice();

    const saved = await services.app.run((records, ctx) =>
      addNote(records, { columnId: column.id, text: 'Typed after the update', department: 'sales' }, ctx),
    );

    expect(saved).toBe(false);
    expect(services.app.store.getState().notice?.key).toBe('errors.storageVersionChange');
    expect(await newer.table('records').count()).toBe(before);
    expect(await newer.table('records').where('workshopId').equals(route.workshopId).count()).toBe(before);
    newer.close();
  });

  it('asks the user to close an older window that blocks the upgrade, then opens once it is closed', async () => {
    const name = `alignboard-blocked-${Math.random()}`;
    const seed = new AlignboardDatabase(name);
    await seed.records.bulkPut(Object.values(makeWorkshop().records));
    seed.close();
    const old = await holdOpenWithoutListening(name);

    localStorage.clear();
    const services = createServices({ db: new NewerDatabase(name), platform: createFakePlatform() });
    const loading = services.app.loadWorkshops();
    await expect.poll(() => services.app.store.getState().notice?.key).toBe('errors.storageBlocked');
    expect(services.app.store.getState().workshops).toBeNull();

    old.close();
    await loading;
    expect(services.app.store.getState().workshops?.map((w) => w.title)).toEqual(['Q1 alignment']);
  });
});
