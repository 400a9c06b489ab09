import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { excerpt } from '@shared/model/excerpt';
import { groupingOpen } from '@shared/facilitation/phases';
import { runOrDefault } from '@shared/facilitation/runs';
import { stackNotes } from '@shared/facilitation/stacks';
import { useServices } from '../../services-context';
import type { NoteDrop } from '../board/board-extensions';

/**
 * The board's drop-on-note extension (BoardExtensions.onDropOnNote): in the group
 * phase, a note dropped with the pointer onto another note joins it in a stack instead
 * of taking its place. Returns what to announce when it stacked (the board then skips
 * its own move), else null. (Keyboard users stack from the Stacks panel.)
 */
export function useStackOnDrop() {
  const { t } = useTranslation();
  const { app } = useServices();
  return useCallback(
    ({ records, activityId, note, target }: NoteDrop): string | null => {
      if (!groupingOpen(runOrDefault(records, activityId).phase)) return null;
      void app.run((current, ctx) => stackNotes(current, note.id, target.id, ctx));
      return t('facilitation.grouping.stackedWith', { text: excerpt(note.text), target: excerpt(target.text) });
    },
    [app, t],
  );
}
