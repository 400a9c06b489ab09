import { describe, expect, it } from 'vitest';
import { keyboardPlacement, moveTo, placementFor } from '../../renderer/src/features/board/placement';

const board = () => ({ a: ['1', '2', '3'], b: ['4'], c: [] as string[] });
const order = ['a', 'b', 'c'];

describe('placementFor (pointer drop)', () => {
  it('takes the place of the note it is dropped on', () => {
    expect(placementFor(board(), '1', '3')).toEqual({ columnId: 'a', index: 2, count: 3 });
    expect(placementFor(board(), '3', '1')).toEqual({ columnId: 'a', index: 0, count: 3 });
  });

  it('goes before a note of another column, or to the end of a column', () => {
    expect(placementFor(board(), '1', '4')).toEqual({ columnId: 'b', index: 0, count: 2 });
    expect(placementFor(board(), '1', 'c')).toEqual({ columnId: 'c', index: 0, count: 1 });
    expect(placementFor(board(), '1', 'b')).toEqual({ columnId: 'b', index: 1, count: 2 });
  });

  it('is null over something unknown', () => {
    expect(placementFor(board(), '1', 'zzz')).toBeNull();
  });
});

describe('keyboardPlacement', () => {
  it('moves down and up within a column and stops at the edges', () => {
    expect(keyboardPlacement(board(), order, '1', 'ArrowDown')).toEqual({ columnId: 'a', index: 1, count: 3 });
    expect(keyboardPlacement(board(), order, '1', 'ArrowUp')).toBeNull();
    expect(keyboardPlacement(board(), order, '3', 'ArrowDown')).toBeNull();
  });

  it('moves across at the same height, clamped to the end of a shorter column', () => {
    expect(keyboardPlacement(board(), order, '3', 'ArrowRight')).toEqual({ columnId: 'b', index: 1, count: 2 });
    expect(keyboardPlacement(board(), order, '4', 'ArrowRight')).toEqual({ columnId: 'c', index: 0, count: 1 });
    expect(keyboardPlacement(board(), order, '1', 'ArrowLeft')).toBeNull();
  });

  it('walks a note to the last column through the preview', () => {
    let items: Record<string, string[]> = board();
    for (const key of ['ArrowRight', 'ArrowRight'] as const) {
      const next = keyboardPlacement(items, order, '2', key)!;
      items = moveTo(items, '2', next);
    }
    expect(items).toEqual({ a: ['1', '3'], b: ['4'], c: ['2'] });
  });
});
