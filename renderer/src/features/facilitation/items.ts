import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardItem } from '@shared/facilitation/stacks';
import { excerpt } from '@shared/model/excerpt';

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
 * Rows a panel shows until asked for all: more than any board of a workshop
 * of thirty, far fewer than a breakout of 200 writing ten notes each, where
 * every row rendered (four buttons and their names) slows the whole page.
 */
const ROW_WINDOW = 150;

/**
 * A panel's rows (one per note or stack): the first ROW_WINDOW until the
 * facilitator asks for all (`more`, for MoreRows), rendered in an
 * interruptible pass: entering a phase with 300 notes, or a burst of dots
 * from thirty phones, must not hold up the phones' confirmations and views.
 * The panel shows its frame at once and its rows a moment later.
 */
export function useRowWindow<T>(items: T[]): { rows: T[]; more: { shown: number; total: number; onShowAll: () => void } } {
  const [all, setAll] = useState(false);
  const shown = useMemo(() => (all || items.length <= ROW_WINDOW ? items : items.slice(0, ROW_WINDOW)), [all, items]);
  const rows = useDeferredValue(shown, NO_ROWS);
  return { rows, more: { shown: shown.length, total: items.length, onShowAll: () => setAll(true) } };
}
