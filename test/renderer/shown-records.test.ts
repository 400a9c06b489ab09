import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { RecordMap } from '../../shared/model/types';
import { initialState, type AppState } from '../../renderer/src/store/state';
import { createShownRecords, ROOM_REDRAW_MS } from '../../renderer/src/store/shown-records';

/** A records map per change, told apart by identity (their content does not matter here). */
const map = (): RecordMap => ({});

function setup() {
  const store = createStore<AppState>(() => ({ ...initialState, records: map() }));
  let clock = 1_000;
  const shown = createShownRecords(store, () => clock);
  const redraws = vi.fn();
  shown.subscribe(redraws);
  const local = () => {
    const records = map();
    store.setState({ records, pacedRecords: null });
    return records;
  };
  const fromRoom = () => {
    const records = map();
    store.setState({ records, pacedRecords: records });
    return records;
  };
  const wait = (ms: number) => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };
  return { store, shown, redraws, local, fromRoom, wait };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('the records the workshop screen shows', () => {
  it('shows the facilitator’s own change at once, every time', () => {
    const { shown, redraws, local } = setup();
    const first = local();
    expect(shown.get()).toBe(first);
    const second = local();
    expect(shown.get()).toBe(second);
    expect(redraws).toHaveBeenCalledTimes(2);
  });

  it('shows what phones write at once after a quiet moment, then at most every redraw interval', () => {
    const { shown, redraws, fromRoom, wait } = setup();
    const first = fromRoom();
    expect(shown.get()).toBe(first);
    // A burst: thirty notes in the next 150 ms make one redraw, with the last of them.
    let last = first;
    for (let i = 0; i < 30; i++) {
      wait(5);
      last = fromRoom();
    }
    expect(shown.get()).toBe(first);
    wait(ROOM_REDRAW_MS - 150);
    expect(shown.get()).toBe(last);
    expect(redraws).toHaveBeenCalledTimes(2);
    // Quiet again: the next note shows at once.
    wait(ROOM_REDRAW_MS);
    const after = fromRoom();
    expect(shown.get()).toBe(after);
  });

  it('shows a phone’s pending note with the facilitator’s own change, without waiting', () => {
    const { store, shown, fromRoom, local, wait } = setup();
    fromRoom();
    wait(10);
    fromRoom();
    const mine = local();
    expect(shown.get()).toBe(mine);
    expect(store.getState().records).toBe(mine);
    // The pending redraw went with it: nothing is shown twice.
    const redraws = vi.fn();
    shown.subscribe(redraws);
    wait(ROOM_REDRAW_MS);
    expect(redraws).not.toHaveBeenCalled();
  });

  it('holds still while a note is dragged, and shows the latest records at the drop', () => {
    const { shown, fromRoom, local, wait } = setup();
    const before = shown.get();
    shown.hold(true);
    fromRoom();
    local();
    wait(ROOM_REDRAW_MS * 3);
    expect(shown.get()).toBe(before);
    const latest = fromRoom();
    shown.hold(false);
    expect(shown.get()).toBe(latest);
  });
});
