import { defaultRangeExtractor, measureElement, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';

/**
 * From this many notes a column renders only the notes in view plus a margin
 * (windowing). Below it every note is in the page: a workshop column rarely holds
 * more, and a plain list costs nothing there (npm run bench: a 1,000-note board
 * took ~1.8 s to render unwindowed, most of it style and layout of hidden notes).
 */
export const WINDOW_FROM = 40;

/** A little over a two-line note, so the first frame rarely needs a second pass. */
const ESTIMATED_NOTE_HEIGHT = 100;
const NOTE_GAP = 10;
/** The scroll area's own top and bottom padding, which windowing draws as offsets. */
const PADDING_TOP = 6;
const PADDING_BOTTOM = 10;
/** Notes kept rendered above and below the visible part: Tab and drag targets are ready before they scroll in. */
const OVERSCAN = 6;

/** Where a windowed note sits in its column: plain values, so a note whose place is unchanged is not redrawn. */
export interface NoteSlot {
  id: string;
  index: number;
  top: number;
}

export interface ColumnWindow {
  windowed: boolean;
  /** The column's scroll area. */
  scrollRef: (element: HTMLDivElement | null) => void;
  /** Height of the whole list when windowed. */
  totalHeight: number;
  /** The notes to render when windowed, in order, with their places. */
  slots: NoteSlot[];
  /** Gives the virtualizer a rendered note's element to measure (the same function on every render). */
  measure: (element: Element | null) => void;
  /** Shows the last note (after a quick add at the end). */
  scrollToEnd: () => void;
}

/**
 * A note's height as the virtualizer learns it. A note it has never measured gets the
 * estimate when it is attached, and its real height from the ResizeObserver in the
 * frame that draws it: measuring it on attach would force a layout in the middle of
 * React's commit (the quick add's, every time: a new note is a note never measured).
 */
function noteHeight(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>): number {
  if (entry) return measureElement(element, entry, instance);
  const key = instance.options.getItemKey(instance.indexFromElement(element));
  return instance.itemSizeCache.get(key) ?? ESTIMATED_NOTE_HEIGHT;
}

/**
 * Windowing for one column (TanStack Virtual). `keepId` (the note being dragged)
 * stays rendered wherever the column is scrolled, so dnd-kit never loses it.
 */
export function useColumnWindow(ids: readonly string[], keepId: string | null): ColumnWindow {
  const windowed = ids.length >= WINDOW_FROM;
  const element = useRef<HTMLDivElement | null>(null);
  const keepIndex = keepId === null ? -1 : ids.indexOf(keepId);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (keepIndex < 0 || indexes.includes(keepIndex)) return indexes;
      return [...indexes, keepIndex].sort((a, b) => a - b);
    },
    [keepIndex],
  );

  // No React Compiler in this project; the virtualizer re-renders this hook itself when it scrolls or measures.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    enabled: windowed,
    count: ids.length,
    getScrollElement: () => element.current,
    estimateSize: () => ESTIMATED_NOTE_HEIGHT,
    measureElement: noteHeight,
    getItemKey: useCallback((index: number) => ids[index] ?? index, [ids]),
    gap: NOTE_GAP,
    paddingStart: PADDING_TOP,
    paddingEnd: PADDING_BOTTOM,
    overscan: OVERSCAN,
    rangeExtractor,
  });

  const scrollRef = useCallback((node: HTMLDivElement | null) => {
    element.current = node;
  }, []);

  // In the next frame, where layout happens anyway: scrolling at once would force a
  // layout while the quick add's save is still waiting to be confirmed.
  // Windowed, the virtualizer scrolls: its height is partly estimated until the new
  // notes are measured, and its scrollToEnd keeps following the end until it settles
  // (a plain scrollTop = scrollHeight left the 40th note half hidden, see long-column.e2e.ts).
  const scrollToEnd = useCallback(() => {
    requestAnimationFrame(() => {
      const node = element.current;
      if (!node) return;
      if (virtualizer.options.enabled) virtualizer.scrollToEnd();
      else node.scrollTop = node.scrollHeight;
    });
  }, [virtualizer]);

  const slots = windowed ? virtualizer.getVirtualItems().map((item) => ({ id: ids[item.index]!, index: item.index, top: item.start })) : [];

  return {
    windowed,
    scrollRef,
    totalHeight: windowed ? virtualizer.getTotalSize() : 0,
    slots,
    measure: virtualizer.measureElement,
    scrollToEnd,
  };
}
