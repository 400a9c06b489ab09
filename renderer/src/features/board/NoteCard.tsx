import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { excerpt } from '@shared/model/excerpt';
import type { Department, NoteRecord } from '@shared/model/types';
import { DepartmentMarker } from '../../components/DepartmentMarker';
import { useBoardExtensions } from './board-extensions';
import { NoteEditor } from './NoteEditor';
import type { NoteSlot } from './useColumnWindow';
import { useNoteLabels } from './useNoteLabels';

interface NoteCardProps {
  note: NoteRecord;
  department: Department;
  /** Set when the column is windowed: where the note sits, and how to measure it. */
  slot?: NoteSlot | undefined;
  /** Resolves true once saved; the editor closes then (and stays open with the text if saving failed). */
  onEdit: (noteId: string, text: string) => Promise<boolean>;
  onDelete: (noteId: string) => void;
}

/**
 * A sticky note. The whole note drags with a pointer; the handle carries
 * keyboard dragging (Space), so Edit and Delete stay ordinary buttons.
 */
export const NoteCard = memo(function NoteCard({ note, department, slot, onEdit, onDelete }: NoteCardProps) {
  const labels = useNoteLabels();
  const { noteActions } = useBoardExtensions();
  const [editing, setEditing] = useState(false);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: note.id,
    disabled: editing,
  });
  // Pointer listeners go on the whole note, the keyboard one on the handle only.
  const { onKeyDown, ...pointerListeners } = listeners ?? {};
  const onHandleKeyDown = onKeyDown as React.KeyboardEventHandler | undefined;
  const short = excerpt(note.text);
  const measure = slot?.measure;
  const element = useRef<HTMLLIElement | null>(null);
  // A pointer press focuses the button under it: moving the note then would pull the
  // button away before the click lands. Only keyboard focus scrolls the note into view.
  const pressing = useRef(false);
  const ref = useCallback(
    (node: HTMLLIElement | null) => {
      element.current = node;
      setNodeRef(node);
      measure?.(node);
    },
    [setNodeRef, measure],
  );

  // In a windowed column a keyboard drag's scrolling follows dnd-kit's transformed
  // box, not where the note lands: after the drop, bring the focused note into view
  // so keyboard users see what they moved (long-column.e2e.ts caught it off screen).
  const index = slot?.index;
  useLayoutEffect(() => {
    const node = element.current;
    if (index === undefined || isDragging || !node?.contains(document.activeElement)) return;
    node.scrollIntoView({ block: 'nearest' });
  }, [index, isDragging]);

  return (
    <li
      ref={ref}
      data-note-id={note.id}
      data-index={slot?.index}
      aria-setsize={slot?.count}
      aria-posinset={slot && slot.index + 1}
      className={`note note--${department.id}${isDragging ? ' note--dragging' : ''}`}
      style={{ top: slot?.top, transform: CSS.Translate.toString(transform), transition, '--department-color': department.color } as React.CSSProperties}
      {...(editing ? {} : pointerListeners)}
      onPointerDownCapture={() => {
        pressing.current = true;
        const release = () => {
          pressing.current = false;
          window.removeEventListener('pointerup', release, true);
          window.removeEventListener('pointercancel', release, true);
        };
        window.addEventListener('pointerup', release, true);
        window.addEventListener('pointercancel', release, true);
      }}
      // Tab lands on a button in the footer: show the whole note, not only its last line.
      onFocus={(event) => {
        if (!pressing.current) event.currentTarget.scrollIntoView({ block: 'nearest' });
      }}
    >
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
              ref={setActivatorNodeRef}
              className="icon-button note__handle"
              {...attributes}
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
    </li>
  );
});
