import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRecord, StepKey } from '@shared/model/exercise-types';
import type { Department, DepartmentId } from '@shared/model/types';
import { addAction } from '@shared/ops/actions';
import { useServices } from '../../../services-context';
import { ActionCard } from './ActionCard';

interface PlanLaneProps {
  step: StepKey | null;
  title: string;
  actions: ActionRecord[];
  departments: Record<DepartmentId, Department>;
}

/** One step's lane: its actions and a quick way to add one. */
export function PlanLane({ step, title, actions, departments }: PlanLaneProps) {
  const { t } = useTranslation();
  const { app } = useServices();
  const headingId = useId();
  const [text, setText] = useState('');
  const add = async () => {
    if (await app.run((current, ctx) => addAction(current, step, text, ctx))) setText('');
  };
  return (
    <section className="plan-lane" aria-labelledby={headingId}>
      <h2 id={headingId} className="plan-lane__title">
        {title} <span className="plan-lane__count">{t('exercises.plan.actions', { count: actions.length })}</span>
      </h2>
      <ul className="plan-lane__actions" aria-label={t('exercises.plan.actionsIn', { step: title })}>
        {actions.map((action) => (
          <ActionCard key={action.id} action={action} departments={departments} />
        ))}
      </ul>
      {step !== null && (
        <form
          className="plan-lane__add"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <input
            aria-label={t('exercises.plan.addTo', { step: title })}
            placeholder={t('exercises.plan.addPlaceholder')}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button button--small">
            {t('exercises.plan.add')}
          </button>
        </form>
      )}
    </section>
  );
}
