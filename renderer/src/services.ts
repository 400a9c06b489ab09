import type { i18n } from 'i18next';
import { AlignboardDatabase } from './db/database';
import { createRepository, type Repository } from './db/repository';
import { StorageError } from './db/storage-error';
import { createI18n } from './i18n/i18n';
import { detectPlatform, type Platform } from './platform';
import { createAppStore } from './store/app-store';
import type { ChangeFeed } from './store/change-feed';
import { createPreferencesStore } from './store/preferences';
import { createRoomActions } from './store/room-actions';
import { createRoomSession } from './store/room-session';
import { createShownRecords } from './store/shown-records';
import { createWorkshopActions } from './store/workshop-actions';

/**
 * Everything the UI talks to, made once per app (and once per test). The repository
 * is not among them: the UI reaches storage only through the store's actions.
 */
export function createServices(
  options: { db?: AlignboardDatabase; platform?: Platform; repository?: Repository; feed?: ChangeFeed } = {},
) {
  const db = options.db ?? new AlignboardDatabase();
  const repository = options.repository ?? createRepository(db);
  const { app, internal } = createAppStore({
    repository,
    feed: options.feed,
    newId: () => crypto.randomUUID(),
    now: () => new Date().toISOString(),
  });
  // Another window blocking us or upgrading the data: tell the user what to do.
  db.onConnectionProblem((problem) => app.reportError(new StorageError(problem, '')));
  const preferences = createPreferencesStore();
  const i18n: i18n = createI18n(preferences.getState().locale);
  const platform = options.platform ?? detectPlatform();
  const shown = createShownRecords(app.store);
  return {
    db,
    app,
    /** The records the workshop screen shows: what phones write, paced (see shown-records.ts). */
    shown,
    workshops: createWorkshopActions(app, internal, repository),
    room: createRoomSession(platform.room, createRoomActions(app, internal), app, { dragging: shown.held }),
    preferences,
    platform,
    i18n,
  };
}

export type Services = ReturnType<typeof createServices>;
