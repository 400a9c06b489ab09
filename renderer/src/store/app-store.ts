import { applyDiff, invertDiff, isEmptyDiff, type Diff } from '@shared/model/diff';
import { DomainError } from '@shared/model/errors';
import type { OpContext, RecordMap } from '@shared/model/types';
import type { Repository } from '../db/repository';
import { StorageError } from '../db/storage-error';
import { createHeldStore } from './held-store';
import { initialState, type AppState, type Notice } from './state';
import { createWriteQueue } from './write-queue';

export interface StoreDeps {
  repository: Repository;
  newId: () => string;
  now: () => string;
}

export type Operation = (records: RecordMap, ctx: OpContext) => Diff;

/** Performance mark set each time a change is durable; `npm run bench` observes it. */
export const SAVED_MARK = 'alignboard:saved';

/** Tells PerformanceObservers a write is durable, then drops the entry so the buffer never grows. */
function markSaved() {
  if (typeof performance === 'undefined' || !performance.mark) return;
  performance.mark(SAVED_MARK);
  performance.clearMarks(SAVED_MARK);
}

type HistoryMode = 'record' | 'undo' | 'redo' | 'none';

export interface RunOptions {
  /**
   * Tell the screen once the change is saved (a few ms; SHOW_WHEN_SAVED_MAX_MS at most)
   * rather than at once, so the render does not delay the save. For changes whose
   * component shows nothing stale meanwhile: a quick-added note appears when saved;
   * an edited note's editor stays open until then.
   */
  showWhenSaved?: boolean;
}

const SHOW_WHEN_SAVED_MAX_MS = 50;

const STORAGE_KEYS = {
  quota: 'errors.storageQuota',
  blocked: 'errors.storageBlocked',
  versionChange: 'errors.storageVersionChange',
  failed: 'errors.storageFailed',
} as const;

/**
 * The one place where changes are applied: the state changes at once (the
 * screen by the next frame), the diff is written through the repository, and
 * the history records its inverse. UI components call these actions, never the database.
 */
export function createAppStore(deps: StoreDeps) {
  const { store, holdUntil } = createHeldStore<AppState>(initialState);
  const writes = createWriteQueue();
  let noticeId = 0;
  const context = (): OpContext => ({ now: deps.now(), newId: deps.newId });

  function notify(notice: Omit<Notice, 'id'>) {
    store.setState({ notice: { ...notice, id: ++noticeId } });
  }

  function reportError(error: unknown) {
    if (error instanceof DomainError) notify({ tone: 'error', key: `errors.${error.code}`, params: error.params });
    else if (error instanceof StorageError) notify({ tone: 'error', key: STORAGE_KEYS[error.problem], params: { detail: error.detail } });
    else notify({ tone: 'error', key: 'errors.unexpected', params: { detail: String(error) } });
  }

  function openWorkshopId(): string | null {
    const { route } = store.getState();
    return route.name === 'workshop' ? route.workshopId : null;
  }

  function touchesOpenWorkshop(diff: Diff): boolean {
    const first = diff.added[0] ?? diff.removed[0] ?? diff.updated[0]?.[1];
    return first !== undefined && first.workshopId === openWorkshopId();
  }

  /** After a failed write the screen may show more than is saved: show what is saved. */
  async function resync() {
    const workshopId = openWorkshopId();
    store.setState({ undoStack: [], redoStack: [] });
    if (workshopId) store.setState({ records: await deps.repository.loadWorkshop(workshopId).catch(() => null) });
    else await loadWorkshops();
  }

  function commit(diff: Diff, mode: HistoryMode = 'record', options: RunOptions = {}): Promise<boolean> {
    if (isEmptyDiff(diff)) return Promise.resolve(true);
    const current = store.getState().records;
    const records = current && touchesOpenWorkshop(diff) ? applyDiff(current, diff) : current;
    // Start the write before the state changes: its requests reach IndexedDB before
    // anything renders (the write queue starts an idle write at once).
    const now = deps.now();
    const saved = writes.push(() => deps.repository.applyDiff(diff, now, records));
    if (options.showWhenSaved) holdUntil(saved, SHOW_WHEN_SAVED_MAX_MS);
    store.setState((state) => {
      const inverse = invertDiff(diff);
      if (mode === 'record') return { records, undoStack: [...state.undoStack, inverse], redoStack: [] };
      if (mode === 'undo') return { records, undoStack: state.undoStack.slice(0, -1), redoStack: [...state.redoStack, inverse] };
      if (mode === 'redo') return { records, redoStack: state.redoStack.slice(0, -1), undoStack: [...state.undoStack, inverse] };
      return { records };
    });
    return saved.then(
      () => {
        markSaved();
        return true;
      },
      async (error: unknown) => {
        reportError(error);
        await resync();
        return false;
      },
    );
  }

  /** Runs a domain operation on the open workshop; a broken rule becomes a notice. */
  function run(operation: Operation, options: RunOptions = {}): Promise<boolean> {
    const { records } = store.getState();
    if (!records) return Promise.resolve(false);
    try {
      return commit(operation(records, context()), 'record', options);
    } catch (error) {
      reportError(error);
      return Promise.resolve(false);
    }
  }

  async function loadWorkshops() {
    try {
      store.setState({ workshops: await deps.repository.listWorkshops() });
    } catch (error) {
      store.setState({ workshops: [] });
      reportError(error);
    }
  }

  return {
    store,
    repository: deps.repository,
    context,
    commit,
    run,
    reportError,
    notify,
    loadWorkshops,
    /** Resolves when every change made so far is durable. */
    whenSaved: () => writes.idle(),
    undo: () => {
      const diff = store.getState().undoStack.at(-1);
      return diff ? commit(diff, 'undo') : Promise.resolve(false);
    },
    redo: () => {
      const diff = store.getState().redoStack.at(-1);
      return diff ? commit(diff, 'redo') : Promise.resolve(false);
    },
    dismissNotice: () => store.setState({ notice: null }),
  };
}

export type AppStore = ReturnType<typeof createAppStore>;
