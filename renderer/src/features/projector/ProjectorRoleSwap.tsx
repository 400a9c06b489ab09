import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesByGuess, revealPairs } from '@shared/exercises/role-swap';
import { DEPARTMENT_IDS, type Department, type DepartmentId, type RecordMap, type WorkshopRecord } from '@shared/model/types';
import { DepartmentMarker } from '../../components/DepartmentMarker';

/**
 * The role swap's reveal for the room: each side's guesses beside what the other side
 * wrote about itself, marked as they are matched in the control window.
 */
export function ProjectorRoleSwap({ records, workshop }: { records: RecordMap; workshop: WorkshopRecord }) {
  const { t } = useTranslation();
  const pairs = useMemo(() => revealPairs(records), [records]);
  const matches = useMemo(() => matchesByGuess(records), [records]);
  const departments = Object.fromEntries(workshop.departments.map((d) => [d.id, d])) as Record<DepartmentId, Department>;
  const color = (id: DepartmentId) => ({ '--department-color': departments[id].color }) as React.CSSProperties;

  return (
    <div className="projector-swap">
      {DEPARTMENT_IDS.map((guesser) => {
        const about: DepartmentId = guesser === 'sales' ? 'marketing' : 'sales';
        return (
          <section key={guesser} className="projector-swap__side" aria-label={t('exercises.roleSwap.revealTitle', { guesser: departments[guesser].name, about: departments[about].name })}>
            <h2>{t('exercises.roleSwap.revealTitle', { guesser: departments[guesser].name, about: departments[about].name })}</h2>
            {pairs
              .filter((pair) => pair.column.writtenBy === guesser)
              .map((pair) => {
                const found = new Set(pair.guesses.flatMap((guess) => matches.get(guess.id)?.realNoteId ?? []));
                const topic = t(`exercises.roleSwap.topic.${pair.column.topic}`);
                return (
                  <div key={pair.guessColumnKey} className="projector-swap__pair">
                    <h3>{topic}</h3>
                    <ul aria-label={t('exercises.roleSwap.guessesList', { department: departments[guesser].name, topic })} style={color(guesser)}>
                      {pair.guesses.map((guess) => {
                        const match = matches.get(guess.id);
                        const state = !match ? 'open' : match.realNoteId ? 'hit' : 'miss';
                        return (
                          <li key={guess.id} className={`projector-swap__item projector-swap__item--${state}`}>
                            <span aria-hidden="true">{state === 'hit' ? '✓' : state === 'miss' ? '✗' : '?'}</span> {guess.text}
                          </li>
                        );
                      })}
                    </ul>
                    <ul aria-label={t('exercises.roleSwap.realList', { department: departments[about].name, topic })} style={color(about)}>
                      {pair.real.map((real) => (
                        <li key={real.id} className={`projector-swap__item projector-swap__item--${found.has(real.id) ? 'hit' : 'blind'}`}>
                          {real.text}
                          {!found.has(real.id) && <em> — {t('exercises.roleSwap.blindSpot')}</em>}
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            <p className="projector-swap__legend">
              <DepartmentMarker department={departments[guesser]} /> → <DepartmentMarker department={departments[about]} />
            </p>
          </section>
        );
      })}
    </div>
  );
}
