import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesByGuess, perceptionAccuracy, revealPairs } from '@shared/exercises/role-swap';
import { DEPARTMENT_IDS, type RecordMap, type WorkshopRecord } from '@shared/model/types';
import { clearMatch, matchGuess } from '@shared/ops/role-swap';
import { DepartmentMarker } from '../../../components/DepartmentMarker';
import { useServices } from '../../../services-context';
import { ExercisePanel } from '../common/ExercisePanel';
import { departmentsById } from '../common/departments';
import { AccuracyChart } from './AccuracyChart';
import { BlindSpots } from './BlindSpots';
import { RevealPairView } from './RevealPairView';

/** The reveal: per guessing department, its guesses next to what the other side wrote, then the score. */
export function RevealView({ records, workshop }: { records: RecordMap; workshop: WorkshopRecord }) {
  const { t } = useTranslation();
  const { app } = useServices();
  const departments = departmentsById(workshop);
  const pairs = useMemo(() => revealPairs(records), [records]);
  const matches = useMemo(() => matchesByGuess(records), [records]);
  const accuracy = useMemo(() => DEPARTMENT_IDS.map((id) => perceptionAccuracy(records, id)), [records]);

  const onMatch = (guessId: string, value: string) =>
    void app.run((current, ctx) =>
      value === '' ? clearMatch(current, guessId) : matchGuess(current, guessId, value === 'miss' ? null : value, ctx),
    );

  return (
    <div className="reveal">
      {DEPARTMENT_IDS.map((guesser) => {
        const about = guesser === 'sales' ? 'marketing' : 'sales';
        return (
          <ExercisePanel
            key={guesser}
            title={t('exercises.roleSwap.revealTitle', { guesser: departments[guesser].name, about: departments[about].name })}
          >
            <p className="reveal__legend">
              <DepartmentMarker department={departments[guesser]} /> → <DepartmentMarker department={departments[about]} />
            </p>
            <div className="reveal__topics">
              {pairs
                .filter((pair) => pair.column.writtenBy === guesser)
                .map((pair) => (
                  <RevealPairView
                    key={pair.guessColumnKey}
                    pair={pair}
                    matches={matches}
                    departments={departments}
                    onMatch={onMatch}
                  />
                ))}
            </div>
          </ExercisePanel>
        );
      })}
      <div className="reveal__results">
        <ExercisePanel title={t('exercises.roleSwap.accuracyTitle')} intro={t('exercises.roleSwap.accuracyIntro')}>
          <AccuracyChart accuracy={accuracy} departments={departments} />
        </ExercisePanel>
        <ExercisePanel title={t('exercises.roleSwap.blindSpotsTitle')} intro={t('exercises.roleSwap.blindSpotsIntro')}>
          <BlindSpots accuracy={accuracy} departments={departments} />
        </ExercisePanel>
      </div>
    </div>
  );
}
