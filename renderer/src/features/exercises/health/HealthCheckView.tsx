import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { healthRaters, healthScores, maturityReading } from '@shared/exercises/health';
import { recordsOfType } from '@shared/model/queries';
import { Board } from '../../board/Board';
import type { ActivityViewProps } from '../../board/activity-view';
import { ExercisePanel } from '../common/ExercisePanel';
import { departmentsById } from '../common/departments';
import { HealthTrend } from './HealthTrend';
import { MaturityCard } from './MaturityCard';
import { RadarChart } from './RadarChart';
import { RatingGrid } from './RatingGrid';

/** Opening: the health check of the ten steps (ratings, radar, maturity, trend) above the hopes-and-concerns board. */
export function HealthCheckView({ records, workshop, activity }: ActivityViewProps) {
  const { t } = useTranslation();
  const departments = departmentsById(workshop);
  const scores = useMemo(() => healthScores(records), [records]);
  const raters = useMemo(() => healthRaters(records), [records]);
  const followUp = useMemo(() => recordsOfType(records, 'followUp')[0], [records]);
  const reading = maturityReading(scores);

  return (
    <div className="exercise">
      <div className="health">
        <ExercisePanel title={t('exercises.health.title')} intro={t('exercises.health.intro')} className="health__ratings">
          <RatingGrid scores={scores} departments={departments} raters={raters} />
        </ExercisePanel>
        <div className="health__results">
          <ExercisePanel title={t('exercises.health.radarTitleNamed', { sales: departments.sales.name, marketing: departments.marketing.name })}>
            <RadarChart scores={scores} departments={departments} />
          </ExercisePanel>
          <MaturityCard reading={reading} previous={followUp ? maturityReading(followUp.previousScores) : undefined} />
        </div>
      </div>
      {followUp && <HealthTrend followUp={followUp} scores={scores} departments={departments} />}
      <Board records={records} workshop={workshop} activityId={activity.id} />
    </div>
  );
}
