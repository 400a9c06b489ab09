import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Department, NoteRecord } from '@shared/model/types';
import { NoteBody } from './NoteBody';

interface NoteCardProps {
  note: NoteRecord;
  department: Department;
  /** Set when the column is windowed: the note's place in the column, its offset from the top, and how to measure it. */
  index?: number | undefined;
  top?: number | undefined;
  measure?: ((element: Element | null) => void) | undefined;
  /** Resolves true once saved; the editor closes then (and stays open with the text if saving failed). */
  onEdit: (noteId: string, text: string) => Promise<boolean>;
  onDelete: (noteId: string) => void;
}

/**
 * A sticky note. The whole note drags with a pointer; the handle carries
 * keyboard dragging (Space), so Edit and Delete stay ordinary buttons.
 */
export const NoteCard = memo(function NoteCard({ note, department, index, top, measure, onEdit, onDelete }: NoteCardProps) {
  const [editing, setEditing] = useState(false);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: note.id,
    disabled: editing,
  });
  // Pointer listeners go on the whole note, the keyboard one on the handle only.
  const { onKeyDown, ...pointerListeners } = listeners ?? {};
  // dnd-kit hands out new listeners whenever a note registers: the handle calls the
  // latest one through a function that stays the same, so NoteBody is not redrawn for it.
  const keyDown = useRef(onKeyDown as React.KeyboardEventHandler | undefined);
  useLayoutEffect(() => {
    keyDown.current = onKeyDown as React.KeyboardEventHandler | undefined;
  });
  const onHandleKeyDown = useCallback((event: React.KeyboardEvent) => keyDown.current?.(event), []);
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
  useLayoutEffect(() => {
    const node = element.current;
    if (index === undefined || isDragging || !node?.contains(document.activeElement)) return;
    node.scrollIntoView({ block: 'nearest' });
  }, [index, isDragging]);

  return (
    <li
      ref={ref}
      data-note-id={note.id}
      data-index={index}
      // Windowed, its column writes aria-setsize (a quick add would otherwise redraw every note in view).
      aria-posinset={index === undefined ? undefined : index + 1}
      className={`note note--${department.id}${isDragging ? ' note--dragging' : ''}`}
      style={{ top, transform: CSS.Translate.toString(transform), transition, '--department-color': department.color } as React.CSSProperties}
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
      <NoteBody
        note={note}
        department={department}
        editing={editing}
        setEditing={setEditing}
        onEdit={onEdit}
        onDelete={onDelete}
        handleRef={setActivatorNodeRef}
        handleAttributes={attributes}
        onHandleKeyDown={onHandleKeyDown}
      />
    </li>
  );
});
