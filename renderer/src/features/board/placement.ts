/** Note ids per column id, in display order: the board's shape while dragging. */
export type ColumnItems = Record<string, string[]>;

export function containerOf(items: ColumnItems, id: string): string | undefined {
  if (id in items) return id;
  return Object.keys(items).find((columnId) => items[columnId]?.includes(id));
}

export interface Placement {
  columnId: string;
  /** Index among the column's notes once the moved note is in place. */
  index: number;
  /** Number of notes in the column with the moved note in it. */
  count: number;
}

/**
 * Where a dragged note lands when released over `overId` (a note or a column):
 * over a note it takes that note's place (sortable semantics), over a column
 * it goes to the end.
 */
export function placementFor(items: ColumnItems, activeId: string, overId: string): Placement | null {
  const columnId = containerOf(items, overId);
  if (!columnId) return null;
  const list = items[columnId] ?? [];
  const others = list.filter((id) => id !== activeId);
  const overIndex = overId === columnId ? -1 : list.indexOf(overId);
  const index = overIndex < 0 ? others.length : Math.min(overIndex, others.length);
  return { columnId, index, count: others.length + 1 };
}

/** The board with `activeId` placed at `placement` (its column and index): the live preview. */
export function moveTo(items: ColumnItems, activeId: string, placement: Placement): ColumnItems {
  const next: ColumnItems = {};
  for (const [columnId, ids] of Object.entries(items)) next[columnId] = ids.filter((id) => id !== activeId);
  next[placement.columnId]?.splice(placement.index, 0, activeId);
  return next;
}

/** Where the note currently is. */
export function currentPlacement(items: ColumnItems, activeId: string): Placement | null {
  const columnId = containerOf(items, activeId);
  if (!columnId) return null;
  const list = items[columnId] ?? [];
  return { columnId, index: list.indexOf(activeId), count: list.length };
}

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/**
 * Where an arrow key moves a note held with the keyboard: up and down within
 * its column, left and right to the neighbouring column at the same height.
 * Null at an edge.
 */
export function keyboardPlacement(
  items: ColumnItems,
  columnOrder: readonly string[],
  activeId: string,
  key: ArrowKey,
): Placement | null {
  const current = currentPlacement(items, activeId);
  if (!current) return null;
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const index = current.index + (key === 'ArrowUp' ? -1 : 1);
    return index < 0 || index >= current.count ? null : { ...current, index };
  }
  const columnId = columnOrder[columnOrder.indexOf(current.columnId) + (key === 'ArrowRight' ? 1 : -1)];
  if (!columnId) return null;
  const others = (items[columnId] ?? []).length;
  return { columnId, index: Math.min(current.index, others), count: others + 1 };
}
