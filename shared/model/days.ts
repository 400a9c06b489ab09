/**
 * A calendar day (`YYYY-MM-DD`) as the user's own clock reads it: what a date
 * field offers first. Local time, not UTC, so after 23:00 in Warsaw it is
 * still today.
 * @example localDay(new Date(2026, 10, 29, 23, 30)) // '2026-11-29'
 */
export function localDay(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
