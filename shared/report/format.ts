import type { Locale } from '../i18n/locales';

/** A `YYYY-MM-DD` day in the locale's long form, the same in every time zone. */
export function formatReportDay(date: string, locale: Locale): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}

/** A `YYYY-MM-DD` day, short (`Jan 31, 2027`, `31 sty 2027`): for table cells. */
export function formatShortDay(date: string, locale: Locale): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
}

/** An ISO timestamp as date and time in the locale. */
export function formatReportTime(iso: string, locale: Locale): string {
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(parsed);
}

/** Minutes from the start as `h:mm` (agenda times). */
export function formatOffset(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${hours}:${String(minutes % 60).padStart(2, '0')}`;
}

export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}
