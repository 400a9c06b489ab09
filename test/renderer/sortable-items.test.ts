import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isAppendOf, useSortableItems } from '../../renderer/src/features/board/useSortableItems';

describe('isAppendOf', () => {
  it('is true for the same list and for ids added at the end', () => {
    expect(isAppendOf([], [])).toBe(true);
    expect(isAppendOf([], ['a'])).toBe(true);
    expect(isAppendOf(['a', 'b'], ['a', 'b', 'c', 'd'])).toBe(true);
  });

  it('is false for a move, a removal or an insertion before the end', () => {
    expect(isAppendOf(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(isAppendOf(['a', 'b'], ['a'])).toBe(false);
    expect(isAppendOf(['a', 'b'], ['a', 'x', 'b'])).toBe(false);
  });
});

describe('useSortableItems', () => {
  const render = (ids: string[], dragging = false) =>
    renderHook((props: { ids: string[]; dragging: boolean }) => useSortableItems(props.ids, props.dragging), { initialProps: { ids, dragging } });

  it('holds back notes added at the end while nothing is dragged, and hands them over when a drag starts', () => {
    const first = ['a', 'b'];
    const hook = render(first);
    hook.rerender({ ids: ['a', 'b', 'c'], dragging: false });
    expect(hook.result.current).toBe(first);
    const now = ['a', 'b', 'c', 'd'];
    hook.rerender({ ids: now, dragging: true });
    expect(hook.result.current).toBe(now);
  });

  it('passes any other change at once, and every list while a note is dragged', () => {
    const hook = render(['a', 'b', 'c']);
    const moved = ['c', 'a', 'b'];
    hook.rerender({ ids: moved, dragging: false });
    expect(hook.result.current).toBe(moved);
    const removed = ['c', 'a'];
    hook.rerender({ ids: removed, dragging: false });
    expect(hook.result.current).toBe(removed);
    const added = ['c', 'a', 'n'];
    hook.rerender({ ids: added, dragging: true });
    expect(hook.result.current).toBe(added);
    // After the drop, the list of the drop stays until something other than an append comes.
    hook.rerender({ ids: ['c', 'a', 'n', 'm'], dragging: false });
    expect(hook.result.current).toBe(added);
  });
});
