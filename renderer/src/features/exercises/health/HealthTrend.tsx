import { useTranslation } from 'react-i18next';
import { healthProgress } from '@shared/exercises/health';
import type { FollowUpRecord, StepScores } from '@shared/model/exercise-types';
import { DEPARTMENT_IDS, type Department, type DepartmentId } from '@shared/model/types';
import { REALIGNMENT_STEPS } from '@shared/templates/default-workshop';
import { DepartmentMarker } from '../../../components/DepartmentMarker';
import { formatDay } from '../../../i18n/format';
import { ExercisePanel } from '../common/ExercisePanel';

interface HealthTrendProps {
  followUp: FollowUpRecord;
  scores: Record<DepartmentId, StepScores>;
  departments: Record<DepartmentId, Department>;
}

/** At a follow-up: each step's rating then and now, per department, with the change in words and arrows. */
export function HealthTrend({ followUp, scores, departments }: HealthTrendProps) {
  const { t, i18n } = useTranslation();
  const progress = healthProgress(followUp.previousScores, scores);
  const cell = (step: string, department: DepartmentId) => progress.find((p) => p.step === step && p.department === department);
  const change = (value: number | null) => {
    if (value === null) return '';
    if (value > 0) return `▲ ${t('exercises.health.up', { count: value })}`;
    if (value < 0) return `▼ ${t('exercises.health.down', { count: -value })}`;
    return `= ${t('exercises.health.same')}`;
  };
  return (
    <ExercisePanel
      title={t('exercises.health.trendTitle')}
      intro={t('exercises.health.trendIntro', { title: followUp.previousTitle, date: formatDay(followUp.previousDate, i18n.language) })}
    >
      <table className="trend-table">
        <thead>
          <tr>
            <th scope="col">{t('exercises.health.step')}</th>
            {DEPARTMENT_IDS.map((id) => (
              <th key={id} scope="col">
                <DepartmentMarker department={departments[id]} /> {t('exercises.health.thenNow')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {REALIGNMENT_STEPS.map((step) => (
            <tr key={step}>
              <th scope="row">{t(`template.columns.${step}`)}</th>
              {DEPARTMENT_IDS.map((department) => {
                const p = cell(step, department);
                const trend = p?.change ?? null;
                return (
                  <td key={department} className={trend === null ? '' : trend > 0 ? 'trend--up' : trend < 0 ? 'trend--down' : 'trend--same'}>
                    {`${p?.before ?? '—'} → ${p?.now ?? '—'}`} <span className="trend__change">{change(trend)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ExercisePanel>
  );
}
