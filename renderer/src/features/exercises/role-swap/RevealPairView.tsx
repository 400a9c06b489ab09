import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevealPair } from '@shared/exercises/role-swap';
import type { GuessMatchRecord } from '@shared/model/exercise-types';
import type { Department, DepartmentId } from '@shared/model/types';
import { excerpt } from '@shared/model/excerpt';

interface RevealPairViewProps {
  pair: RevealPair;
  matches: Map<string, GuessMatchRecord>;
  departments: Record<DepartmentId, Department>;
  onMatch: (guessId: string, value: string) => void;
}

/** One topic (goals or pains): the guesses, each with a match picker, beside the real items. */
export function RevealPairView({ pair, matches, departments, onMatch }: RevealPairViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { writtenBy, about, topic } = pair.column;
  const found = new Set(
    pair.guesses.flatMap((guess) => {
      const realId = matches.get(guess.id)?.realNoteId;
      return realId ? [realId] : [];
    }),
  );
  const topicName = t(`exercises.roleSwap.topic.${topic}`);

  return (
    <section className="reveal-pair" aria-labelledby={headingId}>
      <h3 id={headingId} className="reveal-pair__title">
        {topicName}
      </h3>
      <div className="reveal-pair__sides">
        <div className="reveal-pair__side">
          <h4>{t('exercises.roleSwap.guessed', { department: departments[writtenBy].name })}</h4>
          {pair.guesses.length === 0 && <p className="muted">{t('exercises.roleSwap.noGuesses')}</p>}
          <ul className="reveal-list" aria-label={t('exercises.roleSwap.guessesList', { department: departments[writtenBy].name, topic: topicName })}>
            {pair.guesses.map((guess) => {
              const match = matches.get(guess.id);
              const value = match ? (match.realNoteId ?? 'miss') : '';
              return (
                <li key={guess.id} className={`reveal-item reveal-item--guess reveal-item--${value === '' ? 'open' : value === 'miss' ? 'miss' : 'hit'}`}>
                  <p className="reveal-item__text">{guess.text}</p>
                  <label className="reveal-item__match">
                    <span className="visually-hidden">{t('exercises.roleSwap.matchFor', { text: excerpt(guess.text) })}</span>
                    <select
                      value={value}
                      // The whole text of the chosen match, in case the picker is too narrow for it.
                      title={pair.real.find((real) => real.id === value)?.text}
                      onChange={(event) => onMatch(guess.id, event.target.value)}
                    >
                      <option value="">{t('exercises.roleSwap.notJudged')}</option>
                      <option value="miss">{t('exercises.roleSwap.miss')}</option>
                      {pair.real.map((real) => (
                        <option key={real.id} value={real.id}>
                          {t('exercises.roleSwap.matches', { text: excerpt(real.text, 50) })}
                        </option>
                      ))}
                    </select>
                  </label>
                </li>
              );
            })}
          </ul>
        </div>
        <div className="reveal-pair__side">
          <h4>{t('exercises.roleSwap.theySaid', { department: departments[about].name })}</h4>
          {pair.real.length === 0 && <p className="muted">{t('exercises.roleSwap.noReal', { topic: topicName })}</p>}
          <ul className="reveal-list" aria-label={t('exercises.roleSwap.realList', { department: departments[about].name, topic: topicName })}>
            {pair.real.map((real) => (
              <li key={real.id} className={`reveal-item ${found.has(real.id) ? 'reveal-item--hit' : 'reveal-item--blind'}`}>
                <p className="reveal-item__text">{real.text}</p>
                <span className="reveal-item__status">
                  {found.has(real.id) ? `✓ ${t('exercises.roleSwap.found')}` : `◌ ${t('exercises.roleSwap.blindSpot')}`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
