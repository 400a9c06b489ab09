import type { DraggableAttributes } from '@dnd-kit/core';
import { memo } from 'react';
import { excerpt } from '@shared/model/excerpt';
import type { Department, NoteRecord } from '@shared/model/types';
import { DepartmentMarker } from '../../components/DepartmentMarker';
import { useBoardExtensions } from './board-extensions';
import { NoteEditor } from './NoteEditor';
import { useNoteLabels } from './useNoteLabels';

interface NoteBodyProps {
  note: NoteRecord;
  department: Department;
  editing: boolean;
  setEditing: (editing: boolean) => void;
  /** Resolves true once saved; the editor closes then (and stays open with the text if saving failed). */
  onEdit: (noteId: string, text: string) => Promise<boolean>;
  onDelete: (noteId: string) => void;
  /** The keyboard drag handle's ref, attributes and key listener (dnd-kit keeps them the same between renders). */
  handleRef: (element: HTMLElement | null) => void;
  handleAttributes: DraggableAttributes;
  onHandleKeyDown: React.KeyboardEventHandler | undefined;
}

/**
 * What a note shows: its text (or the editor) and its tools. Memoised apart from the
 * drag shell (NoteCard): dnd-kit re-renders every draggable whenever one registers or a
 * column's order changes, so adding a note re-rendered every note of the board; the
 * shell still does, its contents only when their note changes.
 */
export const NoteBody = memo(function NoteBody({ note, department, editing, setEditing, onEdit, onDelete, handleRef, handleAttributes, onHandleKeyDown }: NoteBodyProps) {
  const labels = useNoteLabels();
  const { noteActions } = useBoardExtensions();
  const short = excerpt(note.text);
  return (
    <>
      {editing ? (
        <NoteEditor
          initial={note.text}
          onCancel={() => setEditing(false)}
          onSave={async (text) => {
            if (await onEdit(note.id, text)) setEditing(false);
          }}
        />
      ) : (
        <p className="note__text" onDoubleClick={() => setEditing(true)}>
          {note.text}
        </p>
      )}
      <div className="note__footer">
        <span className="note__author" title={labels.writtenBy(department.name)}>
          <DepartmentMarker department={department} />
        </span>
        {!editing && (
          <span className="note__tools">
            <button
              type="button"
              ref={handleRef}
              className="icon-button note__handle"
              {...handleAttributes}
              aria-label={labels.move(short)}
              onKeyDown={onHandleKeyDown}
            >
              <svg viewBox="0 0 12 16" aria-hidden="true">
                <circle cx="3" cy="3" r="1.4" /> <circle cx="9" cy="3" r="1.4" />
                <circle cx="3" cy="8" r="1.4" /> <circle cx="9" cy="8" r="1.4" />
                <circle cx="3" cy="13" r="1.4" /> <circle cx="9" cy="13" r="1.4" />
              </svg>
            </button>
            {noteActions?.(note, short)}
            <button type="button" className="icon-button" aria-label={labels.edit(short)} onClick={() => setEditing(true)}>
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M11.5 2.5l2 2L5 13H3v-2z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
              </svg>
            </button>
            <button type="button" className="icon-button" aria-label={labels.remove(short)} onClick={() => onDelete(note.id)}>
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
              </svg>
            </button>
          </span>
        )}
      </div>
    </>
  );
});
