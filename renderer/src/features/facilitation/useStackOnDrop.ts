import type { DragEndEvent } from '@dnd-kit/core';
import { useCallback } from 'react';
import type { RecordMap } from '@shared/model/types';
import { groupingOpen } from '@shared/facilitation/phases';
import { runOrDefault } from '@shared/facilitation/runs';
import { stackNotes } from '@shared/facilitation/stacks';
import { useServices } from '../../services-context';

/**
 * In the group phase, a note dropped with the pointer onto another note joins
 * it in a stack instead of taking its place. Returns true when it stacked, so
 * the board skips its own move. (Keyboard users stack from the Stacks panel.)
 */
export function useStackOnDrop(records: RecordMap, activityId: string) {
  const { app } = useServices();
  return useCallback(
    ({ active, over }: DragEndEvent): boolean => {
      if (!over || !groupingOpen(runOrDefault(records, activityId).phase)) return false;
      const noteId = String(active.id);
      const targetId = String(over.id);
      if (noteId === targetId || records[targetId]?.type !== 'note') return false;
      void app.run((current, ctx) => stackNotes(current, noteId, targetId, ctx));
      return true;
    },
    [app, records, activityId],
  );
}
