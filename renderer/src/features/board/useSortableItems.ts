import { useState } from 'react';

/** `next` is `held` with zero or more ids added at its end. */
export function isAppendOf(held: readonly string[], next: readonly string[]): boolean {
  return next.length >= held.length && held.every((id, index) => next[index] === id);
}

/**
 * The ids a column's SortableContext hears of. dnd-kit redraws every sortable
 * note in a column whenever that list changes, which made each quick add redraw
 * the whole column (2.7 of the ~9 ms React spent per add on a 50-note board).
 * While no note is dragged the order only matters to dnd-kit for a drag to come,
 * so notes added at the end are held back until a drag starts; any other change
 * (a move, a delete, a drag) goes through at once, so drops animate as before.
 */
export function useSortableItems(ids: string[], dragging: boolean): string[] {
  const [held, setHeld] = useState(ids);
  const next = dragging || !isAppendOf(held, ids) ? ids : held;
  // State derived while rendering: React renders the column again at once, before its notes.
  if (next !== held) setHeld(next);
  return next;
}
