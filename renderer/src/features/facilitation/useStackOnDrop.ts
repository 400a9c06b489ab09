import type { DragEndEvent } from '@dnd-kit/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordMap } from '@shared/model/types';
import { groupingOpen } from '@shared/facilitation/phases';
import { runOrDefault } from '@shared/facilitation/runs';
import { stackNotes } from '@shared/facilitation/stacks';
import { useServices } from '../../services-context';
import { excerpt } from '@shared/model/excerpt';

/**
 * In the group phase, a note dropped with the pointer onto another note joins
 * it in a stack instead of taking its place. Returns what to announce when it
 * stacked (the board then skips its own move), else null. (Keyboard users
 * stack from the Stacks panel.)
 */
export function useStackOnDrop(records: RecordMap, activityId: string) {
  const { t } = useTranslation();
  const { app } = useServices();
  return useCallback(
    ({ active, over }: DragEndEvent): string | null => {
      if (!over || !groupingOpen(runOrDefault(records, activityId).phase)) return null;
      const note = records[String(active.id)];
      const target = records[String(over.id)];
      if (note?.type !== 'note' || target?.type !== 'note' || note.id === target.id) return null;
      void app.run((current, ctx) => stackNotes(current, note.id, target.id, ctx));
      return t('facilitation.grouping.stackedWith', { text: excerpt(note.text), target: excerpt(target.text) });
    },
    [app, records, activityId, t],
  );
}
