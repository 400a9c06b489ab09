import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionRecord, type StepKey } from '@shared/model/exercise-types';
import type { Department, DepartmentId } from '@shared/model/types';
import { deleteAction, updateAction, type ActionChanges } from '@shared/ops/actions';
import { REALIGNMENT_STEPS } from '@shared/templates/default-workshop';
import { DepartmentMarker } from '../../../components/DepartmentMarker';
import { formatDay } from '../../../i18n/format';
import { useServices } from '../../../services-context';
import { excerpt } from '@shared/model/excerpt';
import { CommitField } from '../common/CommitField';
import { RemoveButton } from '../common/RemoveButton';

/** One commitment: what, who on each side, by when, how we know it worked, and where it has been. */
export function ActionCard({ action, departments }: { action: ActionRecord; departments: Record<DepartmentId, Department> }) {
  const { t, i18n } = useTranslation();
  const { app } = useServices();
  const short = excerpt(action.text, 40);
  const save = (changes: ActionChanges) => void app.run((current) => updateAction(current, action.id, changes));

  return (
    <li className={`action-card action-card--${action.status}`} aria-label={t('exercises.plan.action', { text: short })}>
      <CommitField label={t('exercises.plan.text')} value={action.text} multiline onCommit={(text) => save({ text })} />
      <div className="action-card__owners">
        {(['sales', 'marketing'] as const).map((id) => (
          <div key={id} className="action-card__owner">
            <DepartmentMarker department={departments[id]} hideName />
            <CommitField
              label={t('exercises.plan.owner', { department: departments[id].name })}
              value={id === 'sales' ? action.salesOwner : action.marketingOwner}
              onCommit={(value) => save(id === 'sales' ? { salesOwner: value } : { marketingOwner: value })}
            />
          </div>
        ))}
      </div>
      <div className="action-card__row">
        <CommitField label={t('exercises.plan.due')} type="date" value={action.due ?? ''} onCommit={(value) => save({ due: value || null })} />
        <label className="commit-field">
          <span className="commit-field__label">{t('exercises.plan.status')}</span>
          <select value={action.status} onChange={(event) => save({ status: event.target.value as ActionRecord['status'] })}>
            {ACTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`exercises.plan.statuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <CommitField label={t('exercises.plan.success')} value={action.successMeasure} onCommit={(successMeasure) => save({ successMeasure })} />
      <div className="action-card__row">
        <label className="commit-field">
          <span className="commit-field__label">{t('exercises.plan.step')}</span>
          <select value={action.step ?? ''} onChange={(event) => save({ step: (event.target.value || null) as StepKey | null })}>
            <option value="">{t('exercises.plan.unplaced')}</option>
            {REALIGNMENT_STEPS.map((step) => (
              <option key={step} value={step}>
                {t(`template.columns.${step}`)}
              </option>
            ))}
          </select>
        </label>
        <RemoveButton label={t('exercises.plan.delete', { text: short })} onRemove={() => void app.run((current) => deleteAction(current, action.id))} />
      </div>
      {action.sourceText && <p className="action-card__source">{t('exercises.plan.fromNote', { text: excerpt(action.sourceText, 80) })}</p>}
      {action.history.length > 0 && (
        <ul className="action-card__history" aria-label={t('exercises.plan.history')}>
          {action.history.map((entry, index) => (
            <li key={index}>
              {t('exercises.plan.carried', {
                title: entry.workshopTitle,
                date: formatDay(entry.date, i18n.language),
                status: t(`exercises.plan.statuses.${entry.status}`),
              })}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
