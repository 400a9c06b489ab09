/** Formats a `YYYY-MM-DD` day in the UI language, without time-zone drift. */
export function formatDay(date: string, locale: string): string {
  const parsed = new Date(`${date}T12:00:00`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(parsed);
}
