import { dateLocale } from '@shared/report/format';
import { DEFAULT_LOCALE, isLocale } from '@shared/i18n/locales';

/** The locale dates are written in for a UI language: the system's English, or Polish. */
export function dateLocaleOf(language: string): string {
  const system = typeof navigator === 'undefined' ? [] : navigator.languages.length ? navigator.languages : [navigator.language];
  return dateLocale(isLocale(language) ? language : DEFAULT_LOCALE, system);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and style: building one costs far more than using it (a home list formats a day per card). */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** An ISO time as a short day in the UI language (`29 Nov`, `29 lis`), in local time. */
export function formatShortDate(iso: string, language: string): string {
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) return iso;
  return dateFormat(dateLocaleOf(language), { day: 'numeric', month: 'short' }).format(parsed);
}

/** Formats a `YYYY-MM-DD` day in the UI language, without time-zone drift. */
export function formatDay(date: string, language: string, style: 'long' | 'medium' = 'long'): string {
  const parsed = new Date(`${date}T12:00:00`);
  if (Number.isNaN(parsed.getTime())) return date;
  return dateFormat(dateLocaleOf(language), { dateStyle: style }).format(parsed);
}
