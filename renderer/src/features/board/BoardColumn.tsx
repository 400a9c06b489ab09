import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, DepartmentId, NoteRecord } from '@shared/model/types';
import { ColumnHeader } from './ColumnHeader';
import { NoteCard } from './NoteCard';
import { NoteComposer } from './NoteComposer';
import { useColumnWindow, type NoteSlot } from './useColumnWindow';
import { useSortableItems } from './useSortableItems';

interface BoardColumnProps {
  columnId: string;
  title: string;
  notes: NoteRecord[];
  departments: Record<DepartmentId, Department>;
  /** The department the column is named for, if any: its notes are written as that one by default. */
  namedFor: DepartmentId | null;
  /** The last choice made in any column: the default where the name says nothing. */
  lastDepartment: DepartmentId;
  onChooseDepartment: (department: DepartmentId) => void;
  /** The note being dragged, if any: it stays rendered however the column scrolls. */
  activeId: string | null;
  /** A note is being dragged somewhere on the board. */
  dragging: boolean;
  isFirst: boolean;
  isLast: boolean;
  onAddNote: (columnId: string, text: string, department: DepartmentId) => Promise<boolean>;
  onEditNote: (noteId: string, text: string) => Promise<boolean>;
  onDeleteNote: (noteId: string) => void;
  onRename: (columnId: string, title: string) => Promise<boolean>;
  onMove: (columnId: string, offset: -1 | 1) => void;
  onRemove: (columnId: string) => void;
}

/** The same notes, in the same order, as the same records: nothing to redraw. */
function sameNotes(a: readonly NoteRecord[], b: readonly NoteRecord[]): boolean {
  return a.length === b.length && a.every((note, index) => note === b[index]);
}

/**
 * One column. Memoised: the board builds each column's note list afresh on every
 * change, so the lists are compared note by note and an untouched column is skipped.
 */
export const BoardColumn = memo(function BoardColumn(props: BoardColumnProps) {
  const { columnId, title, notes, departments } = props;
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: columnId });
  const ids = useMemo(() => notes.map((note) => note.id), [notes]);
  const sortableItems = useSortableItems(ids, props.dragging);
  // A choice made in this column sticks to it; until then the column's name decides.
  const [chosen, setChosen] = useState<DepartmentId | null>(null);
  const writer = chosen ?? props.namedFor ?? props.lastDepartment;
  const view = useColumnWindow(ids, props.activeId);
  const { scrollRef } = view;
  const setScrollNode = useCallback(
    (node: HTMLDivElement | null) => {
      setNodeRef(node);
      scrollRef(node);
    },
    [setNodeRef, scrollRef],
  );

  // A note added with the composer goes to the end of the column: bring it into view.
  const followAdded = useRef(false);
  const { scrollToEnd } = view;
  useLayoutEffect(() => {
    if (!followAdded.current) return;
    followAdded.current = false;
    scrollToEnd();
  }, [ids.length, scrollToEnd]);

  // Windowed, not every note is in the page: each one in it tells its set's size. Written
  // here, so a note added at the end does not redraw every note in view to say so.
  const windowedList = useRef<HTMLUListElement | null>(null);
  useLayoutEffect(() => {
    const size = String(ids.length);
    for (const item of windowedList.current?.children ?? []) {
      if (item.getAttribute('aria-setsize') !== size) item.setAttribute('aria-setsize', size);
    }
  });

  const card = (note: NoteRecord, slot?: NoteSlot) => (
    <NoteCard
      key={note.id}
      note={note}
      department={departments[note.department]}
      index={slot?.index}
      top={slot?.top}
      measure={slot && view.measure}
      onEdit={props.onEditNote}
      onDelete={props.onDeleteNote}
    />
  );
  const byId = view.windowed ? new Map(notes.map((note) => [note.id, note])) : null;

  return (
    <section className={`column${isOver ? ' column--over' : ''}`} aria-label={title}>
      <ColumnHeader
        title={title}
        noteCount={notes.length}
        isFirst={props.isFirst}
        isLast={props.isLast}
        onRename={(next) => props.onRename(columnId, next)}
        onMove={(offset) => props.onMove(columnId, offset)}
        onRemove={() => props.onRemove(columnId)}
      />
      <SortableContext id={columnId} items={sortableItems} strategy={verticalListSortingStrategy}>
        <div ref={setScrollNode} className={`column__scroll${view.windowed ? ' column__scroll--windowed' : ''}`}>
          {view.windowed ? (
            <ul ref={windowedList} className="column__notes column__notes--windowed" style={{ height: view.totalHeight }} aria-label={t('board.notesIn', { column: title })}>
              {view.slots.map((slot) => card(byId!.get(slot.id)!, slot))}
            </ul>
          ) : (
            <ul className="column__notes" aria-label={t('board.notesIn', { column: title })}>
              {notes.map((note) => card(note))}
              {notes.length === 0 && <li className="column__empty">{t('board.emptyColumn')}</li>}
            </ul>
          )}
        </div>
      </SortableContext>
      <NoteComposer
        columnTitle={title}
        departments={Object.values(departments)}
        department={writer}
        onDepartment={(department) => {
          setChosen(department);
          props.onChooseDepartment(department);
        }}
        onAdd={async (text) => {
          followAdded.current = true;
          try {
            return await props.onAddNote(columnId, text, writer);
          } finally {
            followAdded.current = false;
          }
        }}
      />
    </section>
  );
}, (before, after) =>
  (Object.keys(after) as Array<keyof BoardColumnProps>).every((key) =>
    key === 'notes' ? sameNotes(before.notes, after.notes) : before[key] === after[key],
  ),
);
