import { useMemo, type ReactNode } from 'react';
import { BoardExtensionsProvider, type BoardExtensions } from '../board/board-extensions';
import { useMakeActionNoteAction } from '../exercises/plan/MakeActionButton';
import { useStackOnDrop } from '../facilitation/useStackOnDrop';

/**
 * What the workshop adds to every board below it: on each note, the plan's "make it an
 * action" button; on a drop onto a note, facilitation's stacking in the group phase.
 */
export function WorkshopBoardExtensions({ children }: { children: ReactNode }) {
  const noteActions = useMakeActionNoteAction();
  const onDropOnNote = useStackOnDrop();
  const extensions = useMemo<BoardExtensions>(() => ({ noteActions, onDropOnNote }), [noteActions, onDropOnNote]);
  return <BoardExtensionsProvider value={extensions}>{children}</BoardExtensionsProvider>;
}
