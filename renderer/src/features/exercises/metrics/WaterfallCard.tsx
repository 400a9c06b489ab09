import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stageConversions } from '@shared/exercises/kpi';
import { LEAD_STAGES } from '@shared/model/exercise-types';
import { formatValue } from './format-value';
import { parseNumber } from './parse-number';

/** Stage conversion rates down the lead waterfall: type how many leads reached each stage, see each step's rate. */
export function WaterfallCard() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [counts, setCounts] = useState<Record<string, string>>({});
  const results = stageConversions(LEAD_STAGES.map((stage) => parseNumber(counts[stage] ?? '')));
  const stageNames = LEAD_STAGES.map((stage) => t(`exercises.handoff.stages.${stage}`));

  return (
    <section className="calculator calculator--wide" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('exercises.metrics.waterfall.name')}</h3>
      <p className="calculator__formula">{t('exercises.metrics.calc.stageConversion.formula')}</p>
      <div className="waterfall">
        {LEAD_STAGES.map((stage, index) => (
          <div key={stage} className="commit-field">
            <label className="commit-field__label" htmlFor={`${id}-${stage}`}>
              {stageNames[index]}
            </label>
            <input
              id={`${id}-${stage}`}
              inputMode="decimal"
              value={counts[stage] ?? ''}
              onChange={(event) => setCounts((current) => ({ ...current, [stage]: event.target.value }))}
            />
          </div>
        ))}
      </div>
      <ol className="waterfall__rates" aria-label={t('exercises.metrics.waterfall.rates')}>
        {results.map((result, index) => (
          <li key={LEAD_STAGES[index]}>
            <span>{t('exercises.metrics.waterfall.step', { from: stageNames[index], to: stageNames[index + 1] })}</span>{' '}
            <strong className={result.ok || result.error === 'missing' ? '' : 'calculator__result--error'}>
              {result.ok
                ? formatValue(result.value, 'percent', i18n.language, String)
                : result.error === 'missing'
                  ? '—'
                  : t(`exercises.metrics.waterfall.errors.${result.error}`)}
            </strong>
          </li>
        ))}
      </ol>
    </section>
  );
}
