import type { RecordMap } from '@shared/model/types';
import type { AppStore } from './app-store';

/**
 * At most this often the workshop screen redraws for what phones write: a room
 * of 200 writing makes about thirty changes a second, each a redraw of a board
 * of up to 2,000 notes, on the main thread that also confirms every phone's note.
 */
export const ROOM_REDRAW_MS = 200;

/**
 * The records the workshop screen shows. The facilitator's own changes (and
 * every other new map: a load, a reload after a failed write) show at once.
 * What phones write (AppState.pacedRecords) shows at once after a quiet moment,
 * otherwise with the next redraw, at most every ROOM_REDRAW_MS: a note written
 * meanwhile is never lost, only shown up to that much later.
 *
 * `hold(true)` keeps the screen still while a note is dragged (the drop target
 * does not move under the pointer, and the drag's frames are not spent
 * redrawing the board); `hold(false)` shows the records as they are then.
 */
export function createShownRecords(store: AppStore['store'], now: () => number = () => performance.now()) {
  let shown = store.getState().records;
  let holding = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = -Infinity;
  const listeners = new Set<() => void>();

  function cancel() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function show() {
    cancel();
    last = now();
    const next = store.getState().records;
    if (next === shown) return;
    shown = next;
    for (const listener of listeners) listener();
  }

  store.subscribe((next, previous) => {
    if (next.records === previous.records || holding) return;
    if (next.records !== next.pacedRecords) return show();
    const wait = last + ROOM_REDRAW_MS - now();
    if (wait <= 0) show();
    else timer ??= setTimeout(show, wait);
  });

  return {
    /** For useSyncExternalStore. */
    get: (): RecordMap | null => shown,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** A note is being dragged. */
    held: () => holding,
    hold(held: boolean) {
      holding = held;
      if (held) cancel();
      else show();
    },
  };
}
