import type { ValueUnit } from '@shared/exercises/kpi';

/** A calculator's value in the UI language, in its unit. */
export function formatValue(value: number, unit: ValueUnit, locale: string, days: (count: number) => string): string {
  if (unit === 'percent') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  if (unit === 'days') return days(Math.round(value * 10) / 10);
  if (unit === 'ratio') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}×`;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
