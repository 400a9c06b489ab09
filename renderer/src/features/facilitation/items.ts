import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardItem } from '@shared/facilitation/stacks';
import { excerpt } from '../board/NoteCard';

/** How a note or stack is named on screen and in accessible names. */
export function useItemLabel() {
  const { t } = useTranslation();
  return (item: BoardItem, max = 60): string => {
    if (item.kind === 'note') return excerpt(item.title, max);
    return excerpt(item.title || item.notes[0]?.text || t('facilitation.grouping.untitled', { count: item.notes.length }), max);
  };
}

const NO_ROWS: never[] = [];

/**
 * A panel's rows (one per note or stack), rendered in an interruptible pass:
 * entering a phase with 300 notes, or a burst of dots from thirty phones,
 * must not hold up the phones' confirmations and views. The panel shows its
 * frame at once and its rows a moment later.
 */
export function useDeferredRows<T>(items: T[]): T[] {
  return useDeferredValue(items, NO_ROWS);
}

/**
 * Rows a panel shows until asked for all: more than any board of a workshop
 * of thirty, far fewer than a breakout of 200 writing ten notes each, where
 * every row rendered (four buttons and their names) slows the whole page.
 */
export const ROW_WINDOW = 150;

/** A panel's rows: the first ROW_WINDOW until `showAll`, rendered interruptibly (see useDeferredRows). */
export function useRowWindow<T>(items: T[]): { rows: T[]; total: number; hidden: number; showAll: () => void } {
  const [all, setAll] = useState(false);
  const shown = useMemo(() => (all || items.length <= ROW_WINDOW ? items : items.slice(0, ROW_WINDOW)), [all, items]);
  return { rows: useDeferredRows(shown), total: items.length, hidden: items.length - shown.length, showAll: () => setAll(true) };
}
