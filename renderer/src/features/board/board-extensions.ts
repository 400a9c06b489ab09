import type { DragEndEvent } from '@dnd-kit/core';
import { createContext, useContext, type ReactNode } from 'react';
import { getRecord } from '@shared/model/queries';
import type { NoteRecord, RecordMap } from '@shared/model/types';

/** A note dropped with the pointer onto another note of the same board. */
export interface NoteDrop {
  records: RecordMap;
  activityId: string;
  note: NoteRecord;
  target: NoteRecord;
}

/**
 * What other features add to every board. The composition root (workshop/) provides
 * them, so the board imports none of those features.
 */
export interface BoardExtensions {
  /** Extra buttons in each note's tools, after the move handle; `short` is the note's excerpt, for their names. */
  noteActions?: (note: NoteRecord, short: string) => ReactNode;
  /** A note dropped onto another: returns what to announce if it took the drop (the board then does not move the note), else null. */
  onDropOnNote?: (drop: NoteDrop) => string | null;
  /** A drag started (true) or ended (false): the screen may hold its records still meanwhile. */
  onDragging?: (dragging: boolean) => void;
}

const BoardExtensionsContext = createContext<BoardExtensions>({});

/** Give the boards below these extensions; keep the value stable (memoised), every note reads it. */
export const BoardExtensionsProvider = BoardExtensionsContext.Provider;

export function useBoardExtensions(): BoardExtensions {
  return useContext(BoardExtensionsContext);
}

/** The drop of a drag that ended on another note, else null. */
export function noteDropOf({ active, over }: DragEndEvent, records: RecordMap, activityId: string): NoteDrop | null {
  if (!over) return null;
  const note = getRecord(records, String(active.id), 'note');
  const target = getRecord(records, String(over.id), 'note');
  return note && target && note.id !== target.id ? { records, activityId, note, target } : null;
}
