import { useTranslation } from 'react-i18next';
import { CALCULATOR_KEYS } from '@shared/exercises/kpi';
import { Board } from '../../board/Board';
import type { ActivityViewProps } from '../../board/activity-view';
import { ExercisePanel } from '../common/ExercisePanel';
import { CalculatorCard } from './CalculatorCard';
import { KpiTable } from './KpiTable';
import { WaterfallCard } from './WaterfallCard';

/** Shared metrics: the KPI agreement, the built-in calculators and the notes board. */
export function MetricsView({ records, workshop, activity }: ActivityViewProps) {
  const { t } = useTranslation();
  return (
    <div className="exercise">
      <ExercisePanel title={t('exercises.metrics.kpisTitle')} intro={t('exercises.metrics.kpisIntro')}>
        <KpiTable records={records} />
      </ExercisePanel>
      <ExercisePanel title={t('exercises.metrics.calculatorsTitle')} intro={t('exercises.metrics.calculatorsIntro')}>
        <div className="calculators">
          {CALCULATOR_KEYS.filter((key) => key !== 'stageConversion').map((key) => (
            <CalculatorCard key={key} calculator={key} />
          ))}
          <WaterfallCard />
        </div>
      </ExercisePanel>
      <Board records={records} workshop={workshop} activityId={activity.id} />
    </div>
  );
}
