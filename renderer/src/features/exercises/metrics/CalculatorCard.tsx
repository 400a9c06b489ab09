import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALCULATORS, calculate, type CalculatorKey } from '@shared/exercises/kpi';
import { addKpi } from '@shared/ops/agreements';
import { useServices } from '../../../services-context';
import { formatValue } from './format-value';
import { parseNumber } from './parse-number';

/** One built-in KPI calculator: type the inputs, see the value or what is wrong with them. */
export function CalculatorCard({ calculator }: { calculator: CalculatorKey }) {
  const { t, i18n } = useTranslation();
  const { app } = useServices();
  const id = useId();
  const spec = CALCULATORS[calculator];
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const touched = Object.values(inputs).some((value) => value.trim() !== '');
  const result = calculate(calculator, Object.fromEntries(spec.inputs.map((field) => [field, parseNumber(inputs[field] ?? '')])));
  const name = t(`exercises.metrics.calc.${calculator}.name`);
  const shown = result.ok ? formatValue(result.value, spec.unit, i18n.language, (count) => t('exercises.metrics.days', { count })) : '';

  return (
    <section className="calculator" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{name}</h3>
      <p className="calculator__formula">{t(`exercises.metrics.calc.${calculator}.formula`)}</p>
      {spec.inputs.map((field) => (
        <div key={field} className="commit-field">
          <label className="commit-field__label" htmlFor={`${id}-${field}`}>
            {t(`exercises.metrics.inputs.${field}`)}
          </label>
          <input
            id={`${id}-${field}`}
            inputMode="decimal"
            value={inputs[field] ?? ''}
            onChange={(event) => setInputs((current) => ({ ...current, [field]: event.target.value }))}
          />
        </div>
      ))}
      <output className={`calculator__result${!result.ok && touched ? ' calculator__result--error' : ''}${!result.ok && !touched ? ' calculator__result--hint' : ''}`} aria-live="polite" aria-label={t('exercises.metrics.resultOf', { name })}>
        {result.ok
          ? shown
          : touched
            ? t(`exercises.metrics.errors.${result.error}`, { field: t(`exercises.metrics.inputs.${result.field}`) })
            : t('exercises.metrics.enterInputs')}
      </output>
      {result.ok && (
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            void app.run((current, ctx) =>
              addKpi(current, name, ctx, { formula: t(`exercises.metrics.calc.${calculator}.formula`), baseline: shown }),
            )
          }
        >
          {t('exercises.metrics.addAsKpi')}
        </button>
      )}
    </section>
  );
}
