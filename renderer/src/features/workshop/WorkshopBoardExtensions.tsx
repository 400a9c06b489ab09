import { useMemo, type ReactNode } from 'react';
import { BoardExtensionsProvider, type BoardExtensions } from '../board/board-extensions';
import { useMakeActionNoteAction } from '../exercises/plan/MakeActionButton';
import { useStackOnDrop } from '../facilitation/useStackOnDrop';

/**
 * What the workshop adds to every board below it: on each note, the plan's "make it an
 * action" button; on a drop onto a note, facilitation's stacking in the group phase;
 * and the screen's hold while a note is dragged (`onDragging`, see WorkshopScreen).
 */
export function WorkshopBoardExtensions({ children, onDragging }: { children: ReactNode; onDragging: (dragging: boolean) => void }) {
  const noteActions = useMakeActionNoteAction();
  const onDropOnNote = useStackOnDrop();
  const extensions = useMemo<BoardExtensions>(() => ({ noteActions, onDropOnNote, onDragging }), [noteActions, onDropOnNote, onDragging]);
  return <BoardExtensionsProvider value={extensions}>{children}</BoardExtensionsProvider>;
}
