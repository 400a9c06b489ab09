import type { Locale } from '../i18n/locales';

/**
 * Dates as a spreadsheet in the workshop's language reads them on opening:
 * `31.01.2027` in Polish, ISO `2027-01-31` in English (the app's English does not
 * say whether the reader is in the US or the UK, and every Excel reads ISO).
 */
export function spreadsheetDay(day: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [, year, month, date] = match;
  return locale === 'pl' ? `${date}.${month}.${year}` : day;
}

/** An ISO timestamp as a local date and time (`26.11.2026 11:00` / `2026-11-26 11:00`), not raw UTC. */
export function spreadsheetTime(iso: string, locale: Locale, timeZone?: string): string {
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(parsed);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${spreadsheetDay(`${part('year')}-${part('month')}-${part('day')}`, locale)} ${part('hour')}:${part('minute')}`;
}

/** A `YYYY-MM-DD` day as a Date at midnight UTC: what a workbook stores as that calendar day. */
export function dayAsDate(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/**
 * An ISO timestamp as the local wall-clock time, stored as that time in UTC:
 * workbooks have no time zones, so 10:00Z written in Warsaw shows as 11:00.
 */
export function wallClockAsDate(iso: string, timeZone?: string): Date | null {
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(parsed);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value ?? 0);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')));
}
