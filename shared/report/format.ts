import type { Locale } from '../i18n/locales';

/**
 * The locale dates are written in: Polish for Polish; for English, the system's own
 * English (en-US writes November 29, 2026) or, when it has none, British English
 * (29 November 2026), which matches the app's spelling.
 * @example dateLocale('en', ['en-GB', 'pl-PL']) // 'en-GB'
 */
export function dateLocale(locale: Locale, system: readonly string[]): string {
  if (locale !== 'en') return locale;
  const english = system.find((tag) => /^en-[a-z]{2}\b/i.test(tag));
  if (!english) return 'en-GB';
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(english)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/** A `YYYY-MM-DD` day in the locale's long form, the same in every time zone. */
export function formatReportDay(date: string, locale: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}

/** A `YYYY-MM-DD` day, short (`Jan 31, 2027`, `31 sty 2027`): for table cells. */
export function formatShortDay(date: string, locale: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
}

/** An ISO timestamp as date and time in the locale. */
export function formatReportTime(iso: string, locale: string): string {
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
