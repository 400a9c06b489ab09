import { dateLocale } from '@shared/report/format';
import { DEFAULT_LOCALE, isLocale } from '@shared/i18n/locales';

/** The locale dates are written in for a UI language: the system's English, or Polish. */
export function dateLocaleOf(language: string): string {
  const system = typeof navigator === 'undefined' ? [] : navigator.languages.length ? navigator.languages : [navigator.language];
  return dateLocale(isLocale(language) ? language : DEFAULT_LOCALE, system);
}

/** An ISO time as a short day in the UI language (`29 Nov`, `29 lis`), in local time. */
export function formatShortDate(iso: string, language: string): string {
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocaleOf(language), { day: 'numeric', month: 'short' }).format(parsed);
}

/** Formats a `YYYY-MM-DD` day in the UI language, without time-zone drift. */
export function formatDay(date: string, language: string, style: 'long' | 'medium' = 'long'): string {
  const parsed = new Date(`${date}T12:00:00`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(dateLocaleOf(language), { dateStyle: style }).format(parsed);
}
