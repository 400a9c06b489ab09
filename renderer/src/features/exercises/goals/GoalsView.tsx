import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { goalsByHorizon, type HorizonLanes } from '@shared/exercises/goals';
import { GOAL_HORIZONS, type GoalHorizon } from '@shared/model/exercise-types';
import { setGoalHorizon } from '@shared/ops/goals';
import { DepartmentMarker } from '../../../components/DepartmentMarker';
import { useServices } from '../../../services-context';
import { Board } from '../../board/Board';
import { excerpt } from '@shared/model/excerpt';
import type { ActivityViewProps } from '../../board/activity-view';
import { ExercisePanel } from '../common/ExercisePanel';
import { departmentsById } from '../common/departments';

const LANES = ['none', ...GOAL_HORIZONS] as const satisfies readonly (keyof HorizonLanes)[];

/** Goals: the notes board, and every goal on a timeline by its horizon (month, quarter, year, longer). */
export function GoalsView({ records, workshop, activity }: ActivityViewProps) {
  const { t } = useTranslation();
  const { app } = useServices();
  const departments = departmentsById(workshop);
  const lanes = useMemo(() => goalsByHorizon(records, activity.id), [records, activity.id]);
  const total = LANES.reduce((sum, lane) => sum + lanes[lane].length, 0);
  const place = (noteId: string, value: string) =>
    void app.run((current, ctx) => setGoalHorizon(current, noteId, (value || null) as GoalHorizon | null, ctx));

  return (
    <div className="exercise">
      <Board records={records} workshop={workshop} activityId={activity.id} />
      <ExercisePanel title={t('exercises.goals.timelineTitle')} intro={t('exercises.goals.timelineIntro')}>
        {total === 0 ? (
          <p className="muted">{t('exercises.goals.empty')}</p>
        ) : (
          <div className="horizon-timeline">
            {LANES.map((lane) => (
              <section key={lane} className={`horizon-lane horizon-lane--${lane}`} aria-label={t(`exercises.goals.horizons.${lane}`)}>
                <h3 className="horizon-lane__title">{t(`exercises.goals.horizons.${lane}`)}</h3>
                <ul className="horizon-lane__goals">
                  {lanes[lane].map((note) => (
                    <li key={note.id} className={`horizon-goal horizon-goal--${note.department}`}>
                      <p className="horizon-goal__text">{note.text}</p>
                      <div className="horizon-goal__footer">
                        <DepartmentMarker department={departments[note.department]} />
                        <select
                          aria-label={t('exercises.goals.horizonOf', { text: excerpt(note.text) })}
                          value={lane === 'none' ? '' : lane}
                          onChange={(event) => place(note.id, event.target.value)}
                        >
                          <option value="">{t('exercises.goals.horizons.none')}</option>
                          {GOAL_HORIZONS.map((horizon) => (
                            <option key={horizon} value={horizon}>
                              {t(`exercises.goals.horizons.${horizon}`)}
                            </option>
                          ))}
                        </select>
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </ExercisePanel>
    </div>
  );
}
