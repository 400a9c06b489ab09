import { invertDiff } from '@shared/model/diff';
import { activitiesOf, findWorkshop } from '@shared/model/queries';
import type { RecordMap } from '@shared/model/types';
import {
  createWorkshop,
  deleteWorkshop,
  duplicateWorkshop,
  updateWorkshop,
  type WorkshopDetails,
} from '@shared/ops/workshops';
import { deleteTemplate, renameTemplate, saveAsTemplate, toWorkshopTemplate } from '@shared/ops/templates';
import { DEFAULT_TEMPLATE } from '@shared/templates/default-workshop';
import type { CustomTemplateRecord } from '@shared/model/facilitation-types';
import type { AppStore } from './app-store';

/** Navigation and whole-workshop actions (home screen, opening, deleting). */
export function createWorkshopActions(app: AppStore) {
  const { store, repository } = app;

  async function load(workshopId: string): Promise<RecordMap | null> {
    try {
      return await repository.loadWorkshop(workshopId);
    } catch (error) {
      app.reportError(error);
      return null;
    }
  }

  async function openWorkshop(workshopId: string, activityId: string | null = null) {
    const { route } = store.getState();
    const alreadyOpen = route.name === 'workshop' && route.workshopId === workshopId && store.getState().records;
    store.setState({ route: { name: 'workshop', workshopId, activityId }, missing: false });
    if (alreadyOpen) return;
    store.setState({ records: null, undoStack: [], redoStack: [] });
    const records = await load(workshopId);
    const current = store.getState().route;
    if (current.name !== 'workshop' || current.workshopId !== workshopId) return; // navigated away meanwhile
    if (!records) {
      store.setState({ missing: true });
      return;
    }
    const activity = activitiesOf(records).find((a) => a.id === activityId) ?? activitiesOf(records)[0];
    store.setState({ records, route: { name: 'workshop', workshopId, activityId: activity?.id ?? null } });
  }

  /** Runs a whole-workshop change that the home screen's own undo (the trash) covers. */
  async function withWorkshop(workshopId: string, change: (records: RecordMap) => Promise<void>) {
    const records = await load(workshopId);
    if (!records) return;
    try {
      await change(records);
    } catch (error) {
      app.reportError(error);
    }
    await app.loadWorkshops();
  }

  return {
    goHome: async () => {
      store.setState({ route: { name: 'home' }, records: null, undoStack: [], redoStack: [], missing: false });
      await app.loadWorkshops();
    },
    openWorkshop,
    selectActivity: (activityId: string) => {
      const { route } = store.getState();
      if (route.name === 'workshop') store.setState({ route: { ...route, activityId } });
    },
    /** Creates a workshop from the default template and opens it; false when the details are invalid. */
    createWorkshop: async (details: WorkshopDetails, template?: CustomTemplateRecord): Promise<boolean> => {
      let diff;
      try {
        diff = createWorkshop(details, template ? toWorkshopTemplate(template) : DEFAULT_TEMPLATE, app.context());
      } catch (error) {
        app.reportError(error);
        return false;
      }
      if (!(await app.commit(diff, 'none'))) return false;
      const workshop = diff.added[0];
      if (workshop) await openWorkshop(workshop.id);
      return true;
    },
    updateDetails: async (workshopId: string, details: WorkshopDetails): Promise<boolean> => {
      const { records } = store.getState();
      if (records && findWorkshop(records)?.id === workshopId) {
        return app.run((current, ctx) => updateWorkshop(current, details, ctx));
      }
      let saved = false;
      await withWorkshop(workshopId, async (loaded) => {
        saved = await app.commit(updateWorkshop(loaded, details, app.context()), 'none');
      });
      return saved;
    },
    duplicateWorkshop: (workshopId: string, title: string) =>
      withWorkshop(workshopId, async (records) => {
        await app.commit(duplicateWorkshop(records, title, app.context()), 'none');
      }),
    deleteWorkshop: (workshopId: string) =>
      withWorkshop(workshopId, async (records) => {
        const diff = deleteWorkshop(records);
        if (!(await app.commit(diff, 'none'))) return;
        const title = findWorkshop(records)?.title ?? '';
        store.setState((state) => ({ trash: [...state.trash, { title, diff }] }));
        app.notify({ tone: 'info', key: 'home.deleted', params: { title }, offerRestore: true });
      }),
    listTemplates: async (): Promise<CustomTemplateRecord[]> => {
      try {
        return await repository.listTemplates();
      } catch (error) {
        app.reportError(error);
        return [];
      }
    },
    /** Saves the open workshop's agenda as a template (not an undo step of the workshop). */
    saveAsTemplate: async (title: string): Promise<boolean> => {
      const { records } = store.getState();
      if (!records) return false;
      try {
        if (!(await app.commit(saveAsTemplate(records, title, app.context()), 'none'))) return false;
      } catch (error) {
        app.reportError(error);
        return false;
      }
      app.notify({ tone: 'info', key: 'facilitation.templates.saved', params: { title: title.trim() } });
      return true;
    },
    /**
     * Renames a saved template; false (with a notice) when the name is refused.
     * The workshop list is reloaded because the home screen re-lists templates with it.
     */
    renameTemplate: async (template: CustomTemplateRecord, title: string): Promise<boolean> => {
      let saved = false;
      try {
        saved = await app.commit(renameTemplate(template, title), 'none');
        if (saved) app.notify({ tone: 'info', key: 'facilitation.templates.renamed', params: { title: title.trim() } });
      } catch (error) {
        app.reportError(error);
      }
      await app.loadWorkshops();
      return saved;
    },
    /** Deletes a saved template into the session's trash, so "Undo delete" brings it back. */
    deleteTemplate: async (template: CustomTemplateRecord) => {
      const diff = deleteTemplate(template);
      if (await app.commit(diff, 'none')) {
        store.setState((state) => ({ trash: [...state.trash, { title: template.title, diff }] }));
        app.notify({ tone: 'info', key: 'facilitation.templates.deleted', params: { title: template.title }, offerRestore: true });
      }
      await app.loadWorkshops();
    },
    /** Brings back the most recently deleted workshop or template. */
    restoreDeleted: async () => {
      const last = store.getState().trash.at(-1);
      if (!last) return;
      store.setState((state) => ({ trash: state.trash.slice(0, -1), notice: null }));
      await app.commit(invertDiff(last.diff), 'none');
      await app.loadWorkshops();
    },
  };
}

export type WorkshopActions = ReturnType<typeof createWorkshopActions>;
