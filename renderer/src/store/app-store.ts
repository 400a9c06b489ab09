import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyDiff, invertDiff, isEmptyDiff, type Diff } from '@shared/model/diff';
import { markEdited } from '@shared/model/edit-stamp';
import type { Draft } from '@shared/model/draft';
import { DomainError } from '@shared/model/errors';
import { findWorkshop } from '@shared/model/queries';
import type { OpContext, RecordMap } from '@shared/model/types';
import type { LoadedWorkshop, Repository } from '../db/repository';
import { StorageError } from '../db/storage-error';
import { createChangeFeed, type ChangeFeed } from './change-feed';
import { initialState, type AppState, type Notice } from './state';
import { createWriteQueue, WriteRefused } from './write-queue';

export interface StoreDeps {
  repository: Repository;
  newId: () => string;
  now: () => string;
  /** How other windows hear of durable changes; a BroadcastChannel by default. */
  feed?: ChangeFeed;
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

/**
 * How a change is recorded: as an undo step (`record`), as the undo or redo of one,
 * or not at all (`none`: whole-workshop actions, whose undo is the session's trash).
 * `edit: false` is for navigation (the activity on screen): saved, but not a change
 * the workshop's "last changed" time should show. `paced`: the screen may show it a
 * moment later (what phones write; see AppState.pacedRecords).
 */
export interface CommitMode {
  history: 'record' | 'undo' | 'redo' | 'none';
  edit: boolean;
  paced?: boolean;
}

const STORAGE_KEYS = {
  quota: 'errors.storageQuota',
  blocked: 'errors.storageBlocked',
  versionChange: 'errors.storageVersionChange',
  failed: 'errors.storageFailed',
} as const;

/**
 * The one place where changes are applied. A change is a diff: the screen shows it at
 * once, the write queue makes it durable, the history records its inverse, other
 * windows hear of it once it is on disk. When a write fails, the writes made on top of
 * it are refused, the screen is brought back to what is on disk, and the notice says
 * why (see store.md). This module's `commit` and `setState` stay inside the store:
 * the UI calls `run`, `undo`, `redo` and the named actions of ./workshop-actions.ts.
 */
export function createAppStore(deps: StoreDeps) {
  const store = createStore<AppState>(() => initialState);
  const writes = createWriteQueue();
  const feed = deps.feed ?? createChangeFeed();
  let noticeId = 0;
  let recovery: Promise<void> | null = null;
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
    return route.name === 'workshop' || route.name === 'projector' ? route.workshopId : null;
  }

  function touchesOpenWorkshop(diff: Diff): boolean {
    const first = diff.added[0] ?? diff.removed[0] ?? diff.updated[0]?.[1];
    return first !== undefined && first.workshopId === openWorkshopId();
  }

  /** Reads a workshop; records it could not show are set aside and the user is told. */
  async function read(workshopId: string): Promise<RecordMap | null> {
    let loaded: LoadedWorkshop | null;
    try {
      loaded = await deps.repository.loadWorkshop(workshopId);
    } catch (error) {
      reportError(error);
      return null;
    }
    if (loaded && loaded.setAside.length > 0) {
      notify({ tone: 'error', key: 'errors.recordsSetAside', params: { count: loaded.setAside.length } });
    }
    return loaded?.records ?? null;
  }

  /**
   * After a failed write: wait until every queued write has settled (those made on top
   * of it are refused), show what is on disk, and accept writes again. A reload that
   * finds the screen moved on meanwhile is dropped; the new screen loads its own.
   */
  function recover(): Promise<void> {
    recovery ??= (async () => {
      await writes.idle();
      const workshopId = openWorkshopId();
      const route = store.getState().route;
      const records = workshopId ? await read(workshopId) : null;
      if (store.getState().route === route) {
        store.setState(workshopId ? { records, undoStack: [], redoStack: [] } : { undoStack: [], redoStack: [] });
      }
      writes.recover();
      recovery = null;
      await loadWorkshops();
    })();
    return recovery;
  }

  /** `onto`: the draft `diff` was built on (a room burst): the store takes its map instead of copying every record again. */
  function commit(diff: Diff, mode: CommitMode, onto?: Draft): Promise<boolean> {
    if (isEmptyDiff(diff)) return Promise.resolve(true);
    // Computed on top of a change that did not reach the disk: refused; the screen is being brought back.
    if (writes.failed) return Promise.resolve(false);
    const current = store.getState().records;
    const workshop = current ? findWorkshop(current) : undefined;
    const change = mode.edit ? markEdited(diff, workshop, deps.now()) : diff;
    const records = current && touchesOpenWorkshop(change) ? (onto?.settle(current, change) ?? applyDiff(current, change)) : current;
    // The write starts before the screen is told: the disk works while React renders.
    const saved = writes.push(() => deps.repository.applyDiff(change));
    const inverse = invertDiff(change);
    const pacedRecords = mode.paced ? records : null;
    store.setState((state) => {
      if (mode.history === 'record') return { records, pacedRecords, undoStack: [...state.undoStack, inverse], redoStack: [] };
      if (mode.history === 'undo') return { records, pacedRecords, undoStack: state.undoStack.slice(0, -1), redoStack: [...state.redoStack, inverse] };
      if (mode.history === 'redo') return { records, pacedRecords, redoStack: state.redoStack.slice(0, -1), undoStack: [...state.undoStack, inverse] };
      return { records, pacedRecords };
    });
    return saved.then(
      () => {
        markSaved();
        feed.publish(change);
        return true;
      },
      async (error: unknown) => {
        if (!(error instanceof WriteRefused)) reportError(error);
        await recover();
        return false;
      },
    );
  }

  async function loadWorkshops() {
    try {
      store.setState({ workshops: await deps.repository.listWorkshops() });
    } catch (error) {
      store.setState({ workshops: [] });
      reportError(error);
    }
  }

  /** The history step at the top of `stack`, applied as an edit. */
  function step(stack: 'undoStack' | 'redoStack', history: 'undo' | 'redo'): Promise<boolean> {
    const diff = store.getState()[stack].at(-1);
    return diff ? commit(diff, { history, edit: true }) : Promise.resolve(false);
  }

  /** What the store's own modules use; the UI gets {@link AppStore}. */
  const internal = {
    setState: store.setState as StoreApi<AppState>['setState'],
    commit,
    read,
    feed,
    context,
  };

  const app = {
    store: { getState: store.getState, getInitialState: store.getInitialState, subscribe: store.subscribe },
    /** Runs a domain operation on the open workshop as one undo step; a broken rule becomes a notice. */
    run(operation: Operation): Promise<boolean> {
      const { records } = store.getState();
      if (!records) return Promise.resolve(false);
      try {
        return commit(operation(records, context()), { history: 'record', edit: true });
      } catch (error) {
        reportError(error);
        return Promise.resolve(false);
      }
    },
    undo: () => step('undoStack', 'undo'),
    redo: () => step('redoStack', 'redo'),
    reportError,
    notify,
    loadWorkshops,
    /** Resolves when every change made so far has settled (and, after a failure, the screen shows the disk). */
    whenSaved: async () => {
      await writes.idle();
      await recovery;
    },
    dismissNotice: () => store.setState({ notice: null }),
  };

  return { app, internal };
}

export type AppStore = ReturnType<typeof createAppStore>['app'];
export type StoreInternals = ReturnType<typeof createAppStore>['internal'];
