import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { columnsOf } from '@shared/model/queries';
import type { ActivityRecord, DepartmentId, RecordMap, WorkshopRecord } from '@shared/model/types';
import { boardItems } from '@shared/facilitation/stacks';
import { DepartmentMarker } from '../../components/DepartmentMarker';
import { useTitles } from '../../i18n/template-texts';

/** The smallest the text may shrink to fit a full board: below it a column is cut rather than unreadable. */
const MIN_FIT = 0.7;

/**
 * Large type while it fits: when a column's notes overflow, the board's type shrinks in
 * small steps (to MIN_FIT at most), measured after each change, again on every resize.
 */
function useFitText(board: React.RefObject<HTMLDivElement | null>, content: unknown) {
  useLayoutEffect(() => {
    const node = board.current;
    if (!node) return;
    const overflows = () =>
      Array.from(node.querySelectorAll<HTMLElement>('.projector-board__column > ul')).some((list) => list.scrollHeight > list.clientHeight + 1);
    const fit = () => {
      let scale = 1;
      node.style.setProperty('--fit', '1');
      while (scale > MIN_FIT && overflows()) {
        scale = Math.round((scale - 0.05) * 100) / 100;
        node.style.setProperty('--fit', String(scale));
      }
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(node);
    return () => observer.disconnect();
  }, [board, content]);
}

/** The board as the room reads it: columns of large notes; a stack shows as a pile of its notes, each readable. */
export function ProjectorBoard({ records, workshop, activity }: { records: RecordMap; workshop: WorkshopRecord; activity: ActivityRecord }) {
  const { t } = useTranslation();
  const titles = useTitles();
  const columns = useMemo(() => columnsOf(records, activity.id), [records, activity.id]);
  const items = useMemo(() => boardItems(records, activity.id), [records, activity.id]);
  const departments = Object.fromEntries(workshop.departments.map((d) => [d.id, d])) as Record<DepartmentId, WorkshopRecord['departments'][number]>;
  const board = useRef<HTMLDivElement>(null);
  useFitText(board, items);

  return (
    <div ref={board} className="projector-board">
      {columns.map((column) => {
        const inColumn = items.filter((item) => item.notes[0]?.columnId === column.id);
        const title = titles.column(column);
        return (
          <section key={column.id} className="projector-board__column" aria-label={title}>
            <h2>{title}</h2>
            {inColumn.length === 0 && <p className="projector-board__empty">{t('facilitation.projector.noNotes')}</p>}
            <ul>
              {inColumn.map((item) => {
                const first = item.notes[0]!;
                const color = (id: DepartmentId) => ({ '--department-color': departments[id].color }) as React.CSSProperties;
                if (item.kind === 'stack') {
                  return (
                    <li key={item.id} className="projector-stack" style={color(first.department)}>
                      <p className="projector-stack__title">
                        {item.title && <span>{item.title}</span>}
                        <span className="projector-stack__count">{t('facilitation.projector.stackOf', { count: item.notes.length })}</span>
                      </p>
                      <ul className="projector-stack__notes" aria-label={t('facilitation.projector.stackOf', { count: item.notes.length })}>
                        {item.notes.map((note) => (
                          <li key={note.id} className="projector-note projector-note--in-stack" style={color(note.department)}>
                            <p>{note.text}</p>
                            <span className="projector-note__footer">
                              <DepartmentMarker department={departments[note.department]} />
                            </span>
                          </li>
                        ))}
                      </ul>
                    </li>
                  );
                }
                return (
                  <li key={item.id} className="projector-note" style={color(first.department)}>
                    <p>{first.text}</p>
                    <span className="projector-note__footer">
                      <DepartmentMarker department={departments[first.department]} />
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
