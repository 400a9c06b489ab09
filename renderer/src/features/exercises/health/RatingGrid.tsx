import { useTranslation } from 'react-i18next';
import type { StepScores } from '@shared/model/exercise-types';
import { DEPARTMENT_IDS, type Department, type DepartmentId } from '@shared/model/types';
import { rateStep } from '@shared/ops/health';
import { REALIGNMENT_STEPS } from '@shared/templates/default-workshop';
import { DepartmentMarker } from '../../../components/DepartmentMarker';
import { useServices } from '../../../services-context';

const SCORES = [1, 2, 3, 4, 5] as const;

function formatScore(score: number, locale: string): string {
  return score.toLocaleString(locale, { maximumFractionDigits: 1 });
}

/**
 * Each department rates each step 1–5 as a group (or leaves it unrated); one radio
 * group per step and department. A department whose people rated on their own
 * devices shows their average instead, read-only: the room decides it.
 */
export function RatingGrid({
  scores,
  departments,
  raters,
}: {
  scores: Record<DepartmentId, StepScores>;
  departments: Record<DepartmentId, Department>;
  raters: Record<DepartmentId, number>;
}) {
  const { t, i18n } = useTranslation();
  const { app } = useServices();
  return (
    <table className="rating-grid">
      <thead>
        <tr>
          <th scope="col">{t('exercises.health.step')}</th>
          {DEPARTMENT_IDS.map((id) => (
            <th key={id} scope="col">
              <DepartmentMarker department={departments[id]} />
              {raters[id] > 0 && <span className="rating-grid__raters">{t('exercises.health.raters', { count: raters[id] })}</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {REALIGNMENT_STEPS.map((step) => {
          const stepTitle = t(`template.columns.${step}`);
          return (
            <tr key={step}>
              <th scope="row">{stepTitle}</th>
              {DEPARTMENT_IDS.map((department) => {
                const name = `${department}-${step}`;
                if (raters[department] > 0) {
                  const average = scores[department][step];
                  return (
                    <td key={department} className="rating-grid__average">
                      {average === null ? '–' : formatScore(average, i18n.language)}
                    </td>
                  );
                }
                return (
                  <td key={department}>
                    <div
                      role="radiogroup"
                      className={`rating rating--${department}`}
                      aria-label={t('exercises.health.ratingOf', { department: departments[department].name, step: stepTitle })}
                      style={{ '--department-color': departments[department].color } as React.CSSProperties}
                    >
                      {/* "Not rated" first: a rating given by mistake can be taken back. */}
                      {[null, ...SCORES].map((score) => (
                        <label key={score ?? 'none'} className={`rating__option${score === null ? ' rating__option--none' : ''}`}>
                          <input
                            type="radio"
                            name={name}
                            value={score ?? ''}
                            aria-label={score === null ? t('exercises.health.notRated') : undefined}
                            checked={(scores[department][step] ?? null) === score}
                            onChange={() => void app.run((current, ctx) => rateStep(current, department, step, score, ctx))}
                          />
                          <span aria-hidden={score === null ? true : undefined}>{score ?? '–'}</span>
                        </label>
                      ))}
                    </div>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
