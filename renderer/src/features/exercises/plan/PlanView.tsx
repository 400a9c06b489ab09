import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRecord, StepKey } from '@shared/model/exercise-types';
import { byOrder } from '@shared/model/order';
import { recordsOfType } from '@shared/model/queries';
import { REALIGNMENT_STEPS } from '@shared/templates/default-workshop';
import type { ActivityViewProps } from '../../board/activity-view';
import { departmentsById } from '../common/departments';
import { FollowUpForm } from './FollowUpForm';
import { PlanLane } from './PlanLane';

/** The 10-step realignment plan: one lane per step of commitments, plus the actions not placed yet. */
export function PlanView({ records, workshop }: ActivityViewProps) {
  const { t } = useTranslation();
  const departments = departmentsById(workshop);
  const lanes = useMemo(() => {
    const byStep = new Map<StepKey | null, ActionRecord[]>();
    for (const action of recordsOfType(records, 'action').sort(byOrder)) {
      byStep.set(action.step, [...(byStep.get(action.step) ?? []), action]);
    }
    return byStep;
  }, [records]);
  const unplaced = lanes.get(null) ?? [];

  return (
    <div className="exercise plan">
      <div className="plan__header">
        <p className="exercise__intro">{t('exercises.plan.intro')}</p>
        <FollowUpForm load={() => Promise.resolve(records)} />
      </div>
      {unplaced.length > 0 && (
        <PlanLane step={null} title={t('exercises.plan.unplaced')} actions={unplaced} departments={departments} />
      )}
      {REALIGNMENT_STEPS.map((step) => (
        <PlanLane key={step} step={step} title={t(`template.columns.${step}`)} actions={lanes.get(step) ?? []} departments={departments} />
      ))}
    </div>
  );
}
