import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import type { Department, DepartmentId, NoteRecord } from '@shared/model/types';
import { ColumnHeader } from './ColumnHeader';
import { NoteCard } from './NoteCard';
import { NoteComposer } from './NoteComposer';

interface BoardColumnProps {
  columnId: string;
  title: string;
  notes: NoteRecord[];
  departments: Record<DepartmentId, Department>;
  isFirst: boolean;
  isLast: boolean;
  onAddNote: (columnId: string, text: string) => Promise<boolean>;
  onEditNote: (noteId: string, text: string) => void;
  onDeleteNote: (noteId: string) => void;
  onRename: (columnId: string, title: string) => Promise<boolean>;
  onMove: (columnId: string, offset: -1 | 1) => void;
  onRemove: (columnId: string) => void;
}

export function BoardColumn(props: BoardColumnProps) {
  const { columnId, title, notes, departments } = props;
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: columnId });

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
      <SortableContext id={columnId} items={notes.map((note) => note.id)} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className="column__notes" aria-label={t('board.notesIn', { column: title })}>
          {notes.map((note) => (
            <NoteCard
              key={note.id}
              note={note}
              department={departments[note.department]}
              onEdit={props.onEditNote}
              onDelete={props.onDeleteNote}
            />
          ))}
          {notes.length === 0 && <li className="column__empty">{t('board.emptyColumn')}</li>}
        </ul>
      </SortableContext>
      <NoteComposer columnTitle={title} onAdd={(text) => props.onAddNote(columnId, text)} />
    </section>
  );
}
