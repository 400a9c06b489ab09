import { DomainError } from './errors';

/** Text limits, shared by the forms that show them and the operations that enforce them. */
export const LIMITS = {
  noteText: 500,
  columnTitle: 80,
  workshopTitle: 120,
  organisation: 120,
  facilitator: 80,
  departmentName: 40,
} as const;

export type TextField = keyof typeof LIMITS;

export type TextCheck =
  | { ok: true; value: string }
  | { ok: false; code: 'textRequired' | 'textTooLong'; max: number };

/** Trims and checks a required text; nothing is silently cut. */
export function checkText(field: TextField, raw: string, required = true): TextCheck {
  const value = raw.trim();
  const max = LIMITS[field];
  if (required && value.length === 0) return { ok: false, code: 'textRequired', max };
  if (value.length > max) return { ok: false, code: 'textTooLong', max };
  return { ok: true, value };
}

/** Like {@link checkText} but throws a {@link DomainError}; for operations. */
export function requireText(field: TextField, raw: string, required = true): string {
  const check = checkText(field, raw, required);
  if (!check.ok) throw new DomainError(check.code, { max: check.max });
  return check.value;
}
