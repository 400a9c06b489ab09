import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRecord, Department, DepartmentId, RecordMap, WorkshopRecord } from '@shared/model/types';
import { budgetsLeft, castVote, emptyTally, tallies } from '@shared/facilitation/votes';
import { updateSettings } from '@shared/ops/facilitation';
import { boardItems } from '@shared/facilitation/stacks';
import { DepartmentMarker } from '../../components/DepartmentMarker';
import { useItemLabel, useRowWindow } from './items';
import { MoreRows } from './MoreRows';
import { useFacilitation } from './useFacilitation';

/** Scribe mode: the facilitator records each department's dots per note or stack. */
export function VotingPanel({ records, workshop, activity }: { records: RecordMap; workshop: WorkshopRecord; activity: ActivityRecord }) {
  const { t } = useTranslation();
  const { settings, perform } = useFacilitation(records, activity);
  const label = useItemLabel();
  // Board order while voting, so items do not jump under the scribe's pointer.
  const items = useMemo(() => {
    const counts = tallies(records, activity.id);
    return boardItems(records, activity.id).map((item) => ({ ...item, tally: counts.get(item.id) ?? emptyTally() }));
  }, [records, activity.id]);
  const { rows, more } = useRowWindow(items);
  const left = budgetsLeft(records, activity.id, settings.votesPerPerson);
  const { votesPerPerson } = settings;
  const vote = useCallback(
    (targetId: string, department: DepartmentId, delta: 1 | -1) =>
      perform((current, ctx) => castVote(current, { activityId: activity.id, targetId, department, delta }, votesPerPerson, ctx)),
    [perform, activity.id, votesPerPerson],
  );

  return (
    <section className="phase-panel" aria-labelledby="voting-heading">
      <div className="phase-panel__header">
        <h2 id="voting-heading">{t('facilitation.voting.heading')}</h2>
        <label className="fac-inline">
          {t('facilitation.voting.votesPerPerson')}
          <input
            className="fac-input fac-input--number"
            type="number"
            min={1}
            max={50}
            value={settings.votesPerPerson}
            onChange={(event) => perform((current, ctx) => updateSettings(current, workshop.id, { votesPerPerson: Number(event.target.value) }, ctx))}
          />
        </label>
        <label className="fac-inline">
          <input
            type="checkbox"
            checked={settings.hideTally}
            onChange={(event) => perform((current, ctx) => updateSettings(current, workshop.id, { hideTally: event.target.checked }, ctx))}
          />
          {t('facilitation.voting.hideTally')}
        </label>
      </div>
      <ul className="voting__budgets">
        {workshop.departments.map((department) => (
          <li key={department.id}>
            {left[department.id] === null
              ? t('facilitation.voting.noCap', { department: department.name })
              : t('facilitation.voting.left', { department: department.name, count: left[department.id] ?? 0 })}
          </li>
        ))}
      </ul>
      {items.length === 0 && <p className="muted">{t('facilitation.voting.empty')}</p>}
      <ul className="voting__items">
        {rows.map((item) => (
          <VotingRow
            key={item.id}
            targetId={item.id}
            text={label(item)}
            longText={label(item, 120)}
            departments={workshop.departments}
            counts={item.tally}
            full={{ sales: left.sales === 0, marketing: left.marketing === 0 }}
            onVote={vote}
          />
        ))}
      </ul>
      <MoreRows {...more} />
    </section>
  );
}

interface VotingRowProps {
  targetId: string;
  text: string;
  longText: string;
  departments: readonly Department[];
  counts: Record<DepartmentId, number>;
  /** A department with no dots left. */
  full: Record<DepartmentId, boolean>;
  onVote: (targetId: string, department: DepartmentId, delta: 1 | -1) => void;
}

/**
 * One note or stack with each department's dots. Rows re-render only when
 * their own figures change: while thirty phones vote, a board of 300 notes
 * would otherwise redraw 1,200 buttons per dot.
 */
const VotingRow = memo(
  function VotingRow({ targetId, text, longText, departments, counts, full, onVote }: VotingRowProps) {
    const { t } = useTranslation();
    return (
      <li className="voting__item">
        <span className="voting__text">{longText}</span>
        {departments.map((department) => (
          <span key={department.id} className="voting__department">
            <DepartmentMarker department={department} hideName />
            <button
              type="button"
              className="icon-button voting__button"
              aria-label={t('facilitation.voting.remove', { department: department.name, text })}
              disabled={counts[department.id] === 0}
              onClick={() => onVote(targetId, department.id, -1)}
            >
              −
            </button>
            <span className="voting__count">{t('facilitation.voting.tally', { department: department.name, count: counts[department.id] })}</span>
            <button
              type="button"
              className="icon-button voting__button"
              aria-label={t('facilitation.voting.add', { department: department.name, text })}
              disabled={full[department.id]}
              onClick={() => onVote(targetId, department.id, 1)}
            >
              +
            </button>
          </span>
        ))}
      </li>
    );
  },
  (before, after) =>
    before.targetId === after.targetId &&
    before.text === after.text &&
    before.longText === after.longText &&
    before.departments === after.departments &&
    before.onVote === after.onVote &&
    before.counts.sales === after.counts.sales &&
    before.counts.marketing === after.counts.marketing &&
    before.full.sales === after.full.sales &&
    before.full.marketing === after.full.marketing,
);
