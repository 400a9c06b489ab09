import { useTranslation } from 'react-i18next';
import type { CharterRecord } from '@shared/model/exercise-types';
import { recordsOfType } from '@shared/model/queries';
import { saveCharter, type CharterChanges } from '@shared/ops/agreements';
import { useServices } from '../../../services-context';
import { Board } from '../../board/Board';
import type { ActivityViewProps } from '../../board/activity-view';
import { CommitField } from '../common/CommitField';
import { ExercisePanel } from '../common/ExercisePanel';
import { departmentsById } from '../common/departments';

type TextKey = Exclude<keyof CharterChanges, 'deadline'>;

/** Joint project: the charter (goal, shared budget, an owner on each side, deadline, success metric) and the ideas board. */
export function CharterView({ records, workshop, activity }: ActivityViewProps) {
  const { t } = useTranslation();
  const { app } = useServices();
  const departments = departmentsById(workshop);
  const charter: Partial<CharterRecord> = recordsOfType(records, 'charter')[0] ?? {};
  const save = (changes: CharterChanges) => void app.run((current, ctx) => saveCharter(current, changes, ctx));
  const text = (key: TextKey, label: string, multiline = false) => (
    <CommitField label={label} value={charter[key] ?? ''} multiline={multiline} onCommit={(value) => save({ [key]: value })} />
  );

  return (
    <div className="exercise">
      <ExercisePanel title={t('exercises.charter.title')} intro={t('exercises.charter.intro')}>
        <div className="form-grid">
          {text('goal', t('exercises.charter.goal'), true)}
          {text('successMetric', t('exercises.charter.successMetric'), true)}
          {text('budget', t('exercises.charter.budget'))}
          <CommitField label={t('exercises.charter.deadline')} type="date" value={charter.deadline ?? ''} onCommit={(value) => save({ deadline: value || null })} />
          {text('salesOwner', t('exercises.charter.owner', { department: departments.sales.name }))}
          {text('marketingOwner', t('exercises.charter.owner', { department: departments.marketing.name }))}
        </div>
      </ExercisePanel>
      <Board records={records} workshop={workshop} activityId={activity.id} />
    </div>
  );
}
