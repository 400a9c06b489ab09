export { departmentsById } from '@shared/model/queries';

/** Formats a 0–1 share as a percentage in the UI language. */
export function percent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}
