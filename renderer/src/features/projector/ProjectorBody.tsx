import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRunRecord } from '@shared/model/facilitation-types';
import { recordsOfType } from '@shared/model/queries';
import type { ActivityRecord, RecordMap, WorkshopRecord } from '@shared/model/types';
import { balanceOf } from '@shared/facilitation/balance';
import { projectorShowsText, tallyVisible } from '@shared/facilitation/phases';
import { boardItems } from '@shared/facilitation/stacks';
import { rankedItems } from '@shared/facilitation/votes';
import { DepartmentMarker } from '../../components/DepartmentMarker';
import { ProjectorBoard } from './ProjectorBoard';
import { ProjectorItem } from './ProjectorItem';
import { ProjectorRoleSwap } from './ProjectorRoleSwap';

/** A hidden tally must not leak through the order either. */
function inBoardOrder<T extends { id: string }>(ranked: T[], board: Array<{ id: string }>): T[] {
  const position = new Map(board.map((item, index) => [item.id, index]));
  return ranked.slice().sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

interface ProjectorBodyProps {
  records: RecordMap;
  workshop: WorkshopRecord;
  activity: ActivityRecord;
  run: ActivityRunRecord;
  hideTally: boolean;
}

/** What the room sees under the title: counts while writing, the board, the tally, the spotlight, the decisions. */
export function ProjectorBody({ records, workshop, activity, run, hideTally }: ProjectorBodyProps) {
  const { t } = useTranslation();
  const ranked = useMemo(() => rankedItems(records, activity.id), [records, activity.id]);
  const showTally = tallyVisible(run.phase, hideTally);

  if (!projectorShowsText(run.phase)) {
    const { counts } = balanceOf(records, activity.id);
    return (
      <section className="projector-counts" aria-label={t('facilitation.projector.notesPosted')}>
        {workshop.departments.map((department) => (
          <div key={department.id} className="projector-counts__card" style={{ '--department-color': department.color } as React.CSSProperties}>
            <DepartmentMarker department={department} />
            <span className="projector-counts__number">{counts[department.id]}</span>
            <span className="projector-counts__label">{t('facilitation.projector.notesLabel', { count: counts[department.id] })}</span>
          </div>
        ))}
      </section>
    );
  }

  // The role swap's one sequence: after Write, the room sees guesses beside the truth.
  if (activity.templateKey === 'roleSwap' && (run.phase === 'reveal' || run.phase === 'group')) {
    return <ProjectorRoleSwap records={records} workshop={workshop} />;
  }

  const spotlit = ranked.find((item) => item.id === run.spotlightId);
  if (run.phase === 'discuss' && spotlit) {
    return (
      <section className="projector-spotlight" aria-label={t('facilitation.projector.spotlight')}>
        <ProjectorItem item={spotlit} workshop={workshop} showTally large />
      </section>
    );
  }

  if (run.phase === 'done') {
    const decisions = recordsOfType(records, 'activityDecision').filter((decision) => decision.activityId === activity.id);
    return (
      <section className="projector-decisions" aria-labelledby="projector-decisions">
        <h2 id="projector-decisions">{t('facilitation.projector.decisions')}</h2>
        <ul>
          {decisions.map((decision) => (
            <li key={decision.id}>{decision.text}</li>
          ))}
        </ul>
      </section>
    );
  }

  if (run.phase === 'vote' || run.phase === 'discuss') {
    return (
      <ol className="projector-ranking">
        {(showTally ? ranked : inBoardOrder(ranked, boardItems(records, activity.id))).map((item) => (
          <li key={item.id}>
            <ProjectorItem item={item} workshop={workshop} showTally={showTally} maxDots={ranked[0]?.tally.total ?? 0} />
          </li>
        ))}
      </ol>
    );
  }

  return <ProjectorBoard records={records} workshop={workshop} activity={activity} />;
}
