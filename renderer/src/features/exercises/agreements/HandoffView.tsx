import { useTranslation } from 'react-i18next';
import { HANDOFF_OPTIONS, LEAD_STAGES, type HandoffRecord } from '@shared/model/exercise-types';
import { recordsOfType } from '@shared/model/queries';
import { DEPARTMENT_IDS, type DepartmentId } from '@shared/model/types';
import { emptyHandoff, saveHandoff, voteHandoff, type HandoffChanges } from '@shared/ops/agreements';
import { useServices } from '../../../services-context';
import { Board } from '../../board/Board';
import type { ActivityViewProps } from '../../board/activity-view';
import { CommitField } from '../common/CommitField';
import { ExercisePanel } from '../common/ExercisePanel';
import { departmentsById } from '../common/departments';
import { DecisionToAction } from './DecisionToAction';

/** Lead handoff: the stages with entry criteria and owners, the handoff decision, and the SLA. */
export function HandoffView({ records, workshop, activity }: ActivityViewProps) {
  const { t } = useTranslation();
  const { app } = useServices();
  const departments = departmentsById(workshop);
  const handoff: HandoffRecord = recordsOfType(records, 'handoff')[0] ?? emptyHandoff(workshop.id, '');
  const save = (changes: HandoffChanges) => void app.run((current, ctx) => saveHandoff(current, changes, ctx));
  const number = (raw: string) => (raw.trim() === '' ? null : Number(raw));

  return (
    <div className="exercise">
      <ExercisePanel title={t('exercises.handoff.stagesTitle')} intro={t('exercises.handoff.stagesIntro')}>
        <ol className="stages">
          {LEAD_STAGES.map((stage) => {
            const name = t(`exercises.handoff.stages.${stage}`);
            const current = handoff.stages[stage];
            return (
              <li key={stage} className="stage">
                <h3 className="stage__name">{name}</h3>
                <CommitField
                  label={t('exercises.handoff.criteria')}
                  multiline
                  value={current.criteria}
                  onCommit={(criteria) => save({ stages: { ...handoff.stages, [stage]: { ...current, criteria } } })}
                />
                <label className="commit-field">
                  <span className="commit-field__label">{t('exercises.handoff.owner')}</span>
                  <select
                    value={current.owner ?? ''}
                    aria-label={t('exercises.handoff.ownerOf', { stage: name })}
                    onChange={(event) =>
                      save({ stages: { ...handoff.stages, [stage]: { ...current, owner: (event.target.value || null) as DepartmentId | null } } })
                    }
                  >
                    <option value="">{t('exercises.handoff.noOwner')}</option>
                    {DEPARTMENT_IDS.map((id) => (
                      <option key={id} value={id}>
                        {departments[id].name}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            );
          })}
        </ol>
      </ExercisePanel>
      <ExercisePanel title={t('exercises.handoff.decisionTitle')} intro={t('exercises.handoff.decisionIntro')}>
        <div className="handoff-options">
          {HANDOFF_OPTIONS.map((option) => (
            <div key={option} className={`handoff-option${handoff.decision === option ? ' handoff-option--chosen' : ''}`}>
              <h3>{t(`exercises.handoff.options.${option}.title`)}</h3>
              <p className="muted">{t(`exercises.handoff.options.${option}.summary`)}</p>
              <p className="handoff-option__votes">{t('exercises.handoff.votes', { count: handoff.votes[option] })}</p>
              <div className="handoff-option__buttons">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('exercises.handoff.vote', { option: t(`exercises.handoff.options.${option}.title`) })}
                  onClick={() => void app.run((current, ctx) => voteHandoff(current, option, ctx))}
                >
                  {t('exercises.handoff.voteShort')}
                </button>
                <button type="button" className="button button--small button--primary" aria-pressed={handoff.decision === option} onClick={() => save({ decision: option })}>
                  {handoff.decision === option ? `✓ ${t('exercises.handoff.chosen')}` : t('exercises.handoff.choose')}
                </button>
              </div>
            </div>
          ))}
        </div>
        <CommitField label={t('exercises.handoff.rationale')} multiline value={handoff.rationale} onCommit={(rationale) => save({ rationale })} />
        {handoff.decision && <DecisionToAction decision={t(`exercises.handoff.options.${handoff.decision}.title`)} />}
        <p className="muted">{t('exercises.handoff.prosCons')}</p>
      </ExercisePanel>
      <Board records={records} workshop={workshop} activityId={activity.id} />
      <ExercisePanel title={t('exercises.handoff.slaTitle')} intro={t('exercises.handoff.slaIntro')}>
        <div className="form-grid">
          <CommitField label={t('exercises.handoff.slaDelivers')} multiline value={handoff.slaDelivers} onCommit={(slaDelivers) => save({ slaDelivers })} />
          <CommitField label={t('exercises.handoff.slaRejected')} multiline value={handoff.slaRejected} onCommit={(slaRejected) => save({ slaRejected })} />
          <CommitField label={t('exercises.handoff.slaFollowUpHours')} type="number" value={handoff.slaFollowUpHours?.toString() ?? ''} onCommit={(raw) => save({ slaFollowUpHours: number(raw) })} />
          <CommitField label={t('exercises.handoff.slaAttempts')} type="number" value={handoff.slaAttempts?.toString() ?? ''} onCommit={(raw) => save({ slaAttempts: number(raw) })} />
        </div>
      </ExercisePanel>
    </div>
  );
}
