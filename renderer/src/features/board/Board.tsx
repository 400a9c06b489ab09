import { DndContext } from '@dnd-kit/core';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { excerpt } from '@shared/model/excerpt';
import { columnsOf, getRecord, notesByColumn, notesOf } from '@shared/model/queries';
import type { Department, DepartmentId, RecordMap, WorkshopRecord } from '@shared/model/types';
import { addColumn, moveColumn, removeColumn, renameColumn } from '@shared/ops/columns';
import { addNote, deleteNote, editNote } from '@shared/ops/notes';
import { moveNoteWithStack } from '@shared/facilitation/stacks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { usePreferences, useServices } from '../../services-context';
import { AddColumnForm } from './AddColumnForm';
import { noteDropOf, useBoardExtensions } from './board-extensions';
import { BoardColumn } from './BoardColumn';
import { departmentOfColumn } from './column-department';
import type { ColumnItems } from './placement';
import { useTitles } from '../../i18n/template-texts';
import { useBoardDnd } from './useBoardDnd';
import { useScrollEdges } from './useScrollEdges';

interface BoardProps {
  records: RecordMap;
  workshop: WorkshopRecord;
  activityId: string;
}

/** One activity's board: columns of sticky notes, quick add, drag and drop, by mouse, touch or keyboard. */
export function Board({ records, workshop, activityId }: BoardProps) {
  const { t } = useTranslation();
  const { app } = useServices();
  const titles = useTitles();
  const department = usePreferences((state) => state.department);
  const setDepartment = usePreferences((state) => state.setDepartment);
  const [announcement, setAnnouncement] = useState('');
  const [removing, setRemoving] = useState<string | null>(null);
  const { setNode: setScroller, edges, scrollBy } = useScrollEdges<HTMLDivElement>();

  const columns = useMemo(() => columnsOf(records, activityId), [records, activityId]);
  const lists = useMemo(() => notesByColumn(records, activityId), [records, activityId]);
  const base = useMemo<ColumnItems>(
    () => Object.fromEntries(Object.entries(lists).map(([columnId, notes]) => [columnId, notes.map((note) => note.id)])),
    [lists],
  );
  const columnOrder = useMemo(() => columns.map((column) => column.id), [columns]);
  const departments = useMemo(
    () => Object.fromEntries(workshop.departments.map((d) => [d.id, d])) as Record<DepartmentId, Department>,
    [workshop.departments],
  );

  const columnTitle = (columnId: string) => {
    const column = getRecord(records, columnId, 'column');
    return column ? titles.column(column) : '';
  };

  const { onDropOnNote, onDragging } = useBoardExtensions();
  const dnd = useBoardDnd(base, columnOrder, {
    // A stacked note brings its stack along: the stack moves as one.
    onMove: (noteId, placement) => void app.run((current, ctx) => moveNoteWithStack(current, noteId, placement.columnId, placement.index, ctx)),
    onAnnounce: (event, noteId, placement) => {
      const note = getRecord(records, noteId, 'note');
      setAnnouncement(
        t(`dnd.${event}`, {
          text: excerpt(note?.text ?? ''),
          position: placement.index + 1,
          count: placement.count,
          column: columnTitle(placement.columnId),
        }),
      );
    },
  });

  // A board that goes away mid-drag lets the screen go on too.
  const dragging = dnd.activeId !== null;
  useEffect(() => (dragging ? () => onDragging?.(false) : undefined), [dragging, onDragging]);

  // The latest values for callbacks that stay the same function across renders, so a
  // commit re-renders only the columns whose notes changed (BoardColumn is memoised).
  const latest = useRef({ columnOrder });
  useLayoutEffect(() => {
    latest.current = { columnOrder };
  });
  const callbacks = useMemo(
    () => ({
      // Shown once saved (a few ms): the composer is already clear and the editor stays open meanwhile.
      onAddNote: (columnId: string, text: string, department: DepartmentId) =>
        app.run((current, ctx) => addNote(current, { columnId, text, department }, ctx)),
      onChooseDepartment: setDepartment,
      onEditNote: (noteId: string, text: string) => app.run((current, ctx) => editNote(current, noteId, { text }, ctx)),
      onDeleteNote: (noteId: string) => void app.run((current) => deleteNote(current, noteId)),
      onRename: (columnId: string, title: string) => app.run((current) => renameColumn(current, columnId, title)),
      onMove: (columnId: string, offset: -1 | 1) =>
        void app.run((current) => moveColumn(current, columnId, latest.current.columnOrder.indexOf(columnId) + offset)),
      // Counted in the store, not on screen: a note added a moment ago may not be drawn yet.
      onRemove: (columnId: string) =>
        notesOf(app.store.getState().records ?? {}, columnId).length > 0
          ? setRemoving(columnId)
          : void app.run((current) => removeColumn(current, columnId)),
    }),
    [app, setDepartment],
  );

  const removingCount = removing ? (lists[removing]?.length ?? 0) : 0;

  return (
    <div className={`board${dnd.keyboard ? ' board--keyboard-drag' : ''}`}>
      <DndContext
        sensors={dnd.sensors}
        collisionDetection={dnd.collisionDetection}
        onDragStart={(event) => {
          onDragging?.(true);
          dnd.onDragStart(event);
        }}
        onDragOver={dnd.onDragOver}
        // A drop onto a note may be taken by an extension (the group phase stacks the two):
        // then the local drag state is reset without a move.
        onDragEnd={(event) => {
          onDragging?.(false);
          const drop = onDropOnNote && noteDropOf(event, records, activityId);
          const taken = drop ? onDropOnNote(drop) : null;
          if (!taken) return dnd.onDragEnd(event);
          dnd.onDragCancel();
          setAnnouncement(taken);
        }}
        onDragCancel={() => {
          onDragging?.(false);
          dnd.onDragCancel();
        }}
        accessibility={{
          screenReaderInstructions: { draggable: t('dnd.instructions') },
          // We announce ourselves (below), with note text, position and column.
          announcements: { onDragStart: () => undefined, onDragOver: () => undefined, onDragEnd: () => undefined, onDragCancel: () => undefined },
        }}
      >
        <div
          ref={setScroller}
          className={`board__columns${edges.before ? ' board__columns--more-before' : ''}${edges.after ? ' board__columns--more-after' : ''}`}
        >
          {columns.map((column, index) => (
            <BoardColumn
              key={column.id}
              columnId={column.id}
              title={titles.column(column)}
              notes={(dnd.items[column.id] ?? []).flatMap((id) => getRecord(records, id, 'note') ?? [])}
              departments={departments}
              namedFor={departmentOfColumn(column, titles.column(column), workshop.departments)}
              lastDepartment={department}
              // Only the column holding the dragged note hears of it: the others need not redraw.
              activeId={dnd.activeId !== null && dnd.items[column.id]?.includes(dnd.activeId) ? dnd.activeId : null}
              dragging={dragging}
              isFirst={index === 0}
              isLast={index === columns.length - 1}
              {...callbacks}
            />
          ))}
          <AddColumnForm onAdd={(title) => app.run((current, ctx) => addColumn(current, activityId, title, ctx))} />
        </div>
      </DndContext>
      {/* Out of the tab order: keyboard users reach every column by Tab, which scrolls it into view. */}
      {edges.before && (
        <button type="button" tabIndex={-1} className="board__more board__more--before" aria-label={t('board.scrollBefore')} onClick={() => scrollBy(-1)}>
          ‹
        </button>
      )}
      {edges.after && (
        <button type="button" tabIndex={-1} className="board__more board__more--after" aria-label={t('board.scrollAfter')} onClick={() => scrollBy(1)}>
          ›
        </button>
      )}
      <div className="visually-hidden" role="status" aria-live="assertive" aria-atomic="true">
        {announcement}
      </div>
      {removing && (
        <ConfirmDialog
          title={t('board.removeColumnTitle', { title: columnTitle(removing) })}
          body={t('board.removeColumnBody', { count: removingCount })}
          confirmLabel={t('board.remove')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            void app.run((current) => removeColumn(current, removing));
            setRemoving(null);
          }}
        />
      )}
    </div>
  );
}
