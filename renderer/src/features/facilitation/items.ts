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
