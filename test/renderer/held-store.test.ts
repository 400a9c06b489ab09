import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHeldStore } from '../../renderer/src/store/held-store';
import { createWriteQueue } from '../../renderer/src/store/write-queue';

afterEach(() => vi.useRealTimers());

describe('held store', () => {
  it('changes state at once but tells subscribers once the save settles, with the state before the hold', async () => {
    const { store, holdUntil } = createHeldStore({ count: 0 });
    const heard: Array<[number, number]> = [];
    store.subscribe((state, previous) => heard.push([state.count, previous.count]));
    let save!: () => void;
    holdUntil(new Promise<void>((resolve) => (save = resolve)), 1000);
    store.setState({ count: 1 });
    store.setState({ count: 2 });
    expect(store.getState().count).toBe(2);
    expect(heard).toEqual([]);

    save();
    await Promise.resolve();
    expect(heard).toEqual([[2, 0]]);
    store.setState({ count: 3 });
    expect(heard).toEqual([[2, 0], [3, 2]]);
  });

  it('tells subscribers after maxMs when the save takes longer', () => {
    vi.useFakeTimers();
    const { store, holdUntil } = createHeldStore({ count: 0 });
    const heard: number[] = [];
    store.subscribe((state) => heard.push(state.count));
    holdUntil(new Promise(() => undefined), 50);
    store.setState({ count: 1 });
    vi.advanceTimersByTime(49);
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(heard).toEqual([1]);
  });
});

describe('write queue', () => {
  it('starts a write at once when none is pending, and runs later ones in order after it', async () => {
    const queue = createWriteQueue();
    const order: string[] = [];
    let finishFirst!: () => void;
    void queue.push(() => {
      order.push('first started');
      return new Promise<void>((resolve) => (finishFirst = resolve));
    });
    expect(order).toEqual(['first started']);
    const second = queue.push(async () => void order.push('second started'));
    await Promise.resolve();
    expect(order).toEqual(['first started']);

    finishFirst();
    await second;
    expect(order).toEqual(['first started', 'second started']);
    await queue.idle();
  });

  it('keeps going after a failed write', async () => {
    const queue = createWriteQueue();
    await expect(queue.push(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    await expect(queue.push(async () => 'saved')).resolves.toBe('saved');
  });
});
