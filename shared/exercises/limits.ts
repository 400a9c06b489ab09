import { DomainError } from '../model/errors';

/** Text limits of the exercise forms: a short field (a name, an owner) and a long one (a definition). */
export const EXERCISE_LIMITS = { short: 120, long: 1000 } as const;

/** Trims a text and refuses one over its limit (nothing is silently cut); `required` refuses an empty one. */
export function exerciseText(raw: string, size: keyof typeof EXERCISE_LIMITS, required = false): string {
  const value = raw.trim();
  if (required && value.length === 0) throw new DomainError('textRequired');
  const max = EXERCISE_LIMITS[size];
  if (value.length > max) throw new DomainError('textTooLong', { max });
  return value;
}
