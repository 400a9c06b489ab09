import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { columnsOf } from '@shared/model/queries';
import type { ActivityRecord, DepartmentId, RecordMap, WorkshopRecord } from '@shared/model/types';
import { boardItems } from '@shared/facilitation/stacks';
import { DepartmentMarker } from '../../components/DepartmentMarker';
import { useTitles } from '../board/titles';

/** The board as the room reads it: columns of large notes; a stack shows as one card. */
export function ProjectorBoard({ records, workshop, activity }: { records: RecordMap; workshop: WorkshopRecord; activity: ActivityRecord }) {
  const { t } = useTranslation();
  const titles = useTitles();
  const columns = useMemo(() => columnsOf(records, activity.id), [records, activity.id]);
  const items = useMemo(() => boardItems(records, activity.id), [records, activity.id]);
  const departments = Object.fromEntries(workshop.departments.map((d) => [d.id, d])) as Record<DepartmentId, WorkshopRecord['departments'][number]>;

  return (
    <div className="projector-board">
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
                return (
                  <li key={item.id} className={`projector-note${item.kind === 'stack' ? ' projector-note--stack' : ''}`} style={{ '--department-color': departments[first.department].color } as React.CSSProperties}>
                    <p>{item.kind === 'stack' ? item.title || first.text : first.text}</p>
                    <span className="projector-note__footer">
                      <DepartmentMarker department={departments[first.department]} />
                      {item.kind === 'stack' && <span>{t('facilitation.projector.stackOf', { count: item.notes.length })}</span>}
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
