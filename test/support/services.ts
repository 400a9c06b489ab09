import 'fake-indexeddb/auto';
import { AlignboardDatabase } from '../../renderer/src/db/database';
import { createRepository } from '../../renderer/src/db/repository';
import type { Platform } from '../../renderer/src/platform';
import type { RoomPlatform } from '../../renderer/src/platform/platform';
import type { ChangeFeed } from '../../renderer/src/store/change-feed';
import { createServices } from '../../renderer/src/services';

let counter = 0;

/** A platform that records what the app asked of it. */
export function createFakePlatform(): Platform & { locales: string[] } {
  const locales: string[] = [];
  return {
    kind: 'browser',
    locales,
    getAppInfo: async () => ({ name: 'Alignboard', version: '9.9.9', platform: 'test' }),
    setLocale: async (locale) => {
      locales.push(locale);
    },
    onMenuCommand: () => () => {},
    exportPdf: async () => 'cancelled',
    saveFile: async () => 'saved',
    backups: null,
    room: null,
    openProjector: async () => {},
  };
}

/**
 * Fresh services over a database of their own, so tests never share state. The
 * repository comes along for tests to seed data, read the disk or make a write fail.
 */
export function createTestServices(name = `alignboard-test-${++counter}-${Math.random()}`, options: { feed?: ChangeFeed; room?: RoomPlatform; backups?: Platform['backups'] } = {}) {
  localStorage.clear();
  const db = new AlignboardDatabase(name);
  const repository = createRepository(db);
  const platform = { ...createFakePlatform(), room: options.room ?? null, backups: options.backups ?? null };
  return { ...createServices({ db, platform, repository, feed: options.feed }), repository };
}
