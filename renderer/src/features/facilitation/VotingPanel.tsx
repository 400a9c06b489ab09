import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRecord, RecordMap, WorkshopRecord } from '@shared/model/types';
import { budgetsLeft, castVote, rankedItems } from '@shared/facilitation/votes';
import { updateSettings } from '@shared/ops/facilitation';
import { boardItems } from '@shared/facilitation/stacks';
import { DepartmentMarker } from '../../components/DepartmentMarker';
import { useItemLabel } from './items';
import { useFacilitation } from './useFacilitation';

/** Scribe mode: the facilitator records each department's dots per note or stack. */
export function VotingPanel({ records, workshop, activity }: { records: RecordMap; workshop: WorkshopRecord; activity: ActivityRecord }) {
  const { t } = useTranslation();
  const { settings, perform } = useFacilitation(records, activity);
  const label = useItemLabel();
  // Board order while voting, so items do not jump under the scribe's pointer.
  const items = useMemo(() => {
    const tallies = new Map(rankedItems(records, activity.id).map((item) => [item.id, item.tally]));
    return boardItems(records, activity.id).map((item) => ({ ...item, tally: tallies.get(item.id)! }));
  }, [records, activity.id]);
  const left = budgetsLeft(records, activity.id, settings.votesPerPerson);

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
        {items.map((item) => (
          <li key={item.id} className="voting__item">
            <span className="voting__text">{label(item, 120)}</span>
            {workshop.departments.map((department) => {
              const vote = (delta: 1 | -1) =>
                perform((current, ctx) =>
                  castVote(current, { activityId: activity.id, targetId: item.id, department: department.id, delta }, settings.votesPerPerson, ctx),
                );
              const text = label(item);
              return (
                <span key={department.id} className="voting__department">
                  <DepartmentMarker department={department} hideName />
                  <button
                    type="button"
                    className="icon-button voting__button"
                    aria-label={t('facilitation.voting.remove', { department: department.name, text })}
                    disabled={item.tally[department.id] === 0}
                    onClick={() => vote(-1)}
                  >
                    −
                  </button>
                  <span className="voting__count">{t('facilitation.voting.tally', { department: department.name, count: item.tally[department.id] })}</span>
                  <button
                    type="button"
                    className="icon-button voting__button"
                    aria-label={t('facilitation.voting.add', { department: department.name, text })}
                    disabled={left[department.id] === 0}
                    onClick={() => vote(1)}
                  >
                    +
                  </button>
                </span>
              );
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
