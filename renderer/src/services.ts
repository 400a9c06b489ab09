import type { i18n } from 'i18next';
import { AlignboardDatabase } from './db/database';
import { createRepository, type Repository } from './db/repository';
import { StorageError } from './db/storage-error';
import { createI18n } from './i18n/i18n';
import { detectPlatform, type Platform } from './platform';
import { createAppStore } from './store/app-store';
import { createPreferencesStore } from './store/preferences';
import { createWorkshopActions } from './store/workshop-actions';

/**
 * Everything the UI talks to, made once per app (and once per test). The repository
 * is not among them: the UI reaches storage only through the store's actions.
 */
export function createServices(options: { db?: AlignboardDatabase; platform?: Platform; repository?: Repository } = {}) {
  const db = options.db ?? new AlignboardDatabase();
  const repository = options.repository ?? createRepository(db);
  const { app, internal } = createAppStore({
    repository,
    newId: () => crypto.randomUUID(),
    now: () => new Date().toISOString(),
  });
  // Another window blocking us or upgrading the data: tell the user what to do.
  db.onConnectionProblem((problem) => app.reportError(new StorageError(problem, '')));
  const preferences = createPreferencesStore();
  const i18n: i18n = createI18n(preferences.getState().locale);
  return {
    db,
    app,
    workshops: createWorkshopActions(app, internal, repository),
    preferences,
    platform: options.platform ?? detectPlatform(),
    i18n,
  };
}

export type Services = ReturnType<typeof createServices>;
