import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRecord, StepKey } from '@shared/model/exercise-types';
import type { Department, DepartmentId } from '@shared/model/types';
import { addAction } from '@shared/ops/actions';
import { useServices } from '../../../services-context';
import { InlineAdd } from '../common/InlineAdd';
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
        <InlineAdd
          label={t('exercises.plan.addTo', { step: title })}
          placeholder={t('exercises.plan.addPlaceholder')}
          buttonLabel={t('exercises.plan.add')}
          onAdd={(text) => app.run((current, ctx) => addAction(current, step, text, ctx))}
        />
      )}
    </section>
  );
}
