import { useTranslation } from 'react-i18next';
import { MATURITY_LEVELS, type MaturityReading } from '@shared/exercises/health';

/** The overall maturity reading on the four-level scale, with what it means (and the level before, at a follow-up). */
export function MaturityCard({ reading, previous }: { reading: MaturityReading | null; previous?: MaturityReading | null }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value);
  return (
    <section className="maturity" aria-labelledby="maturity-title">
      <h2 id="maturity-title" className="exercise-panel__title">
        {t('exercises.health.maturityTitle')}
      </h2>
      {reading ? (
        <>
          <ol className="maturity__scale" aria-label={t('exercises.health.maturityScale')}>
            {MATURITY_LEVELS.map((level) => (
              <li key={level} aria-current={level === reading.level ? 'true' : undefined} className="maturity__level">
                {t(`exercises.health.level.${level}`)}
              </li>
            ))}
          </ol>
          <p className="maturity__reading">
            <strong>{t('exercises.health.reading', { level: t(`exercises.health.level.${reading.level}`) })}</strong>{' '}
            {t('exercises.health.readingScore', { overall: number(reading.overall), gap: number(reading.gap) })}
          </p>
          <p>{t(`exercises.health.explain.${reading.level}`)}</p>
          {reading.loweredByGap && <p className="maturity__gap">{t('exercises.health.gapNote')}</p>}
          {previous && (
            <p className="maturity__previous">
              {t('exercises.health.previousReading', { level: t(`exercises.health.level.${previous.level}`), overall: number(previous.overall) })}
            </p>
          )}
        </>
      ) : (
        <p className="muted">{t('exercises.health.noReading')}</p>
      )}
      <p className="maturity__source">{t('exercises.health.source')}</p>
    </section>
  );
}
