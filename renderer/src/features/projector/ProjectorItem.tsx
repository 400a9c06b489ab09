import { useTranslation } from 'react-i18next';
import type { BoardItem } from '@shared/facilitation/stacks';
import type { Tally } from '@shared/facilitation/votes';
import type { WorkshopRecord } from '@shared/model/types';
import { DepartmentMarker } from '../../components/DepartmentMarker';
import { TallyBar } from './TallyBar';

interface ProjectorItemProps {
  item: BoardItem & { tally: Tally };
  workshop: WorkshopRecord;
  showTally: boolean;
  large?: boolean;
  /** Dots of the most-voted item, to scale the bar; no bar when absent. */
  maxDots?: number;
}

/** A note or stack for the room, with its dots per department when the tally is visible. */
export function ProjectorItem({ item, workshop, showTally, large = false, maxDots }: ProjectorItemProps) {
  const { t } = useTranslation();
  const stackTitle = item.kind === 'stack' ? item.title || item.notes[0]?.text || '' : '';
  return (
    <article className={`projector-item${large ? ' projector-item--large' : ''}`}>
      {item.kind === 'note' ? (
        <p className="projector-item__text">{item.title}</p>
      ) : (
        <>
          <p className="projector-item__text">{stackTitle}</p>
          <p className="projector-item__meta">{t('facilitation.projector.stackOf', { count: item.notes.length })}</p>
          {large && (
            <ul className="projector-item__members">
              {item.notes.map((note) => (
                <li key={note.id}>{note.text}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {showTally && maxDots !== undefined && <TallyBar tally={item.tally} max={maxDots} workshop={workshop} />}
      {showTally && (
        <p className="projector-item__tally">
          {workshop.departments.map((department) => (
            <span key={department.id} className="projector-item__dots">
              <DepartmentMarker department={department} />
              <strong>{item.tally[department.id]}</strong>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
