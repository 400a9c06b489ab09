import { applyDiff, invertDiff, type Diff } from '@shared/model/diff';
import { activitiesOf, findWorkshop } from '@shared/model/queries';
import type { TranslationKey } from '@shared/i18n/keys';
import type { RecordMap } from '@shared/model/types';
import type { CustomTemplateRecord } from '@shared/model/facilitation-types';
import { settingsOrDefault } from '@shared/facilitation/runs';
import { updateSettings } from '@shared/ops/facilitation';
import { createFollowUp } from '@shared/ops/follow-up';
import { createWorkshop, deleteWorkshop, duplicateWorkshop, updateWorkshop, type WorkshopDetails } from '@shared/ops/workshops';
import { deleteTemplate, renameTemplate, saveAsTemplate, toWorkshopTemplate } from '@shared/ops/templates';
import { DEFAULT_TEMPLATE } from '@shared/templates/default-workshop';
import type { Repository, WorkshopSummary } from '../db/repository';
import type { AppStore, StoreInternals } from './app-store';
import type { Route } from './state';

/** Saved without an undo step; whole-workshop actions are undone through the session's trash. */
const WHOLE = { history: 'none', edit: true } as const;
/** Navigation that is saved (the projector and a restart follow it) but is not an edit. */
const NAVIGATION = { history: 'none', edit: false } as const;

/** Navigation and whole-workshop actions: the named actions the UI calls besides `run`, `undo` and `redo`. */
export function createWorkshopActions(app: AppStore, internal: StoreInternals, repository: Repository) {
  const { store } = app;
  const { setState, commit, read, context } = internal;
  let stopFollowing: (() => void) | null = null;

  function unfollow() {
    stopFollowing?.();
    stopFollowing = null;
  }

  /** Runs `build` (a pure operation), reporting a broken rule; null when it threw. */
  function compute(build: () => Diff): Diff | null {
    try {
      return build();
    } catch (error) {
      app.reportError(error);
      return null;
    }
  }

  async function openWorkshop(workshopId: string, activityId: string | null = null) {
    unfollow();
    const { route, records: open } = store.getState();
    const alreadyOpen = route.name === 'workshop' && route.workshopId === workshopId && open;
    setState({ route: { name: 'workshop', workshopId, activityId }, missing: false });
    if (alreadyOpen) return;
    setState({ records: null, undoStack: [], redoStack: [] });
    const records = await read(workshopId);
    const current = store.getState().route;
    if (current.name !== 'workshop' || current.workshopId !== workshopId) return; // navigated away meanwhile
    if (!records) {
      setState({ missing: true });
      return;
    }
    const activity = activitiesOf(records).find((a) => a.id === activityId) ?? activitiesOf(records)[0];
    setState({ records, route: { name: 'workshop', workshopId, activityId: activity?.id ?? null } });
  }

  /**
   * Shows a workshop read-only and keeps it in step with the window that edits it: each
   * durable diff from there is applied here; a missed one means a reload.
   */
  async function follow(workshopId: string) {
    unfollow();
    setState({ route: { name: 'projector', workshopId }, records: null, undoStack: [], redoStack: [], missing: false });
    const here = () => {
      const { route } = store.getState();
      return route.name === 'projector' && route.workshopId === workshopId;
    };
    let loading = Promise.resolve();
    const reload = () => {
      // One after another, so an older answer never replaces a newer one.
      loading = loading.then(async () => {
        const records = await read(workshopId);
        if (here()) setState({ records, missing: records === null });
      });
    };
    const stop = internal.feed.subscribe((diff) => {
      const { records } = store.getState();
      const first = diff.added[0] ?? diff.removed[0] ?? diff.updated[0]?.[1];
      if (!records || first?.workshopId !== workshopId) return;
      const next = diff.removed.some((record) => record.type === 'workshop' && record.id === workshopId) ? null : applyDiff(records, diff);
      setState({ records: next, missing: next === null });
    }, reload);
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    stopFollowing = () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
    reload();
    await loading;
  }

  async function loadTemplates(): Promise<CustomTemplateRecord[]> {
    try {
      return await repository.listTemplates();
    } catch (error) {
      app.reportError(error);
      return [];
    }
  }

  /** Runs a whole-workshop change that the home screen's own undo (the trash) covers. */
  async function withWorkshop(workshopId: string, change: (records: RecordMap) => Promise<void>) {
    const records = await read(workshopId);
    if (records) await change(records);
    await app.loadWorkshops();
  }

  /** Commits a ready diff into the session's trash, so "Undo delete" brings it back. */
  async function trash(diff: Diff, title: string, key: TranslationKey): Promise<boolean> {
    if (!(await commit(diff, WHOLE))) return false;
    setState((state) => ({ trash: [...state.trash, { title, diff }] }));
    app.notify({ tone: 'info', key, params: { title }, offerRestore: true });
    return true;
  }

  return {
    goHome: async () => {
      unfollow();
      setState({ route: { name: 'home' }, records: null, undoStack: [], redoStack: [], missing: false });
      await app.loadWorkshops();
    },
    openWorkshop,
    /** The projector's view of a workshop, following the control window. */
    follow,
    /** The printable report of a workshop; it reads the workshop itself ({@link readWorkshop}). */
    openReport: (route: Extract<Route, { name: 'report' }>) => {
      unfollow();
      setState({ route, records: null, undoStack: [], redoStack: [] });
    },
    /** Shows an activity; stored (not an edit, no undo step) so the projector and a restart show it too. */
    showActivity: async (activityId: string) => {
      const { route, records } = store.getState();
      if (route.name !== 'workshop') return;
      setState({ route: { ...route, activityId } });
      if (!records || settingsOrDefault(records, route.workshopId).currentActivityId === activityId) return;
      await commit(updateSettings(records, route.workshopId, { currentActivityId: activityId }, context()), NAVIGATION);
    },
    /** A workshop's records, for an export, a follow-up or a backup; null (with a notice) when unreadable. */
    readWorkshop: read,
    /** The workshops on disk, for backups; throws a StorageError when they cannot be listed. */
    listWorkshops: (): Promise<WorkshopSummary[]> => repository.listWorkshops(),
    /** Creates a workshop from a template (the default one when none is given) and opens it; false when refused. */
    createWorkshop: async (details: WorkshopDetails, template?: CustomTemplateRecord): Promise<boolean> => {
      const diff = compute(() => createWorkshop(details, template ? toWorkshopTemplate(template) : DEFAULT_TEMPLATE, context()));
      if (!diff || !(await commit(diff, WHOLE))) return false;
      const workshop = diff.added[0];
      if (workshop) await openWorkshop(workshop.id);
      return true;
    },
    /** Adds an imported (or restored) workshop, already validated and re-keyed; false when it could not be saved. */
    addWorkshop: async (diff: Diff): Promise<boolean> => {
      const saved = await commit(diff, WHOLE);
      await app.loadWorkshops();
      return saved;
    },
    /** Starts a follow-up session of `source` and opens it. */
    createFollowUp: async (source: RecordMap, details: { title: string; date: string }): Promise<boolean> => {
      const diff = compute(() => createFollowUp(source, details, DEFAULT_TEMPLATE, context()));
      const created = diff?.added[0];
      if (!diff || !created || !(await commit(diff, WHOLE))) return false;
      await openWorkshop(created.id);
      return true;
    },
    updateDetails: async (workshopId: string, details: WorkshopDetails): Promise<boolean> => {
      const { records } = store.getState();
      if (records && findWorkshop(records)?.id === workshopId) {
        return app.run((current, ctx) => updateWorkshop(current, details, ctx));
      }
      let saved = false;
      await withWorkshop(workshopId, async (loaded) => {
        const diff = compute(() => updateWorkshop(loaded, details, context()));
        saved = diff !== null && (await commit(diff, WHOLE));
      });
      return saved;
    },
    duplicateWorkshop: (workshopId: string, title: string) =>
      withWorkshop(workshopId, async (records) => {
        const diff = compute(() => duplicateWorkshop(records, title, context()));
        if (diff) await commit(diff, WHOLE);
      }),
    deleteWorkshop: (workshopId: string) =>
      withWorkshop(workshopId, async (records) => {
        await trash(deleteWorkshop(records), findWorkshop(records)?.title ?? '', 'home.deleted');
      }),
    listTemplates: loadTemplates,
    /** Saves the open workshop's agenda as a template (not an undo step of the workshop). */
    saveAsTemplate: async (title: string): Promise<boolean> => {
      const { records } = store.getState();
      const diff = records && compute(() => saveAsTemplate(records, title, context()));
      if (!diff || !(await commit(diff, WHOLE))) return false;
      app.notify({ tone: 'info', key: 'facilitation.templates.saved', params: { title: title.trim() } });
      return true;
    },
    /**
     * Renames a saved template; false (with a notice) when the name is refused.
     * The workshop list is reloaded because the home screen re-lists templates with it.
     */
    renameTemplate: async (template: CustomTemplateRecord, title: string): Promise<boolean> => {
      const diff = compute(() => renameTemplate(template, title));
      const saved = diff !== null && (await commit(diff, WHOLE));
      if (saved) app.notify({ tone: 'info', key: 'facilitation.templates.renamed', params: { title: title.trim() } });
      await app.loadWorkshops();
      return saved;
    },
    /** Deletes a saved template into the session's trash. */
    deleteTemplate: async (template: CustomTemplateRecord) => {
      await trash(deleteTemplate(template), template.title, 'facilitation.templates.deleted');
      await app.loadWorkshops();
    },
    /** Brings back the most recently deleted workshop or template. */
    restoreDeleted: async () => {
      const last = store.getState().trash.at(-1);
      if (!last) return;
      setState((state) => ({ trash: state.trash.slice(0, -1), notice: null }));
      await commit(invertDiff(last.diff), WHOLE);
      await app.loadWorkshops();
    },
  };
}

export type WorkshopActions = ReturnType<typeof createWorkshopActions>;
