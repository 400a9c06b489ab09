import { generateKeyBetween } from 'fractional-indexing';
import { z } from 'zod';

/**
 * The field schemas every record kind is built from. Each one validates a value
 * to what the screens and operations rely on, so nothing later has to distrust it:
 * a time `new Date()` can read, a day that exists in the calendar, an order key the
 * ordering library accepts, one of the two department ids.
 */

/** The two departments of the room. Names and colours are the workshop's. */
export const DEPARTMENT_IDS = ['sales', 'marketing'] as const;
export type DepartmentId = (typeof DEPARTMENT_IDS)[number];

export const id = z.string().min(1).max(100);

/** An ISO 8601 time with its offset, e.g. `2026-11-29T09:35:00.000Z` (what `toISOString()` writes). */
export const isoTime = z.iso.datetime({ offset: true });

/** A calendar day, `YYYY-MM-DD`, that exists (`2027-02-30` does not). */
export const day = z.iso.date();

function isOrderKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** A fractional order key (see ./order.ts); one the library cannot extend would break every later move. */
export const orderKey = z.string().min(1).max(200).refine(isOrderKey, { message: 'Not an order key' });

export const departmentId = z.enum(DEPARTMENT_IDS);

// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;

/** A one-line text (a title, a name) of at most `max` characters: no line breaks or control characters. */
export function line(max: number) {
  return z
    .string()
    .max(max)
    .refine((value) => !CONTROL.test(value), { message: 'Line breaks and control characters are not allowed' });
}

/** A free text of at most `max` characters; line breaks and tabs allowed, other control characters not. */
export function text(max: number) {
  return z
    .string()
    .max(max)
    // eslint-disable-next-line no-control-regex -- the point is to find control characters
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), {
      message: 'Control characters are not allowed',
    });
}

/** The fields every record has: its id and its workshop's id (a template's is its own id). */
export const base = { id, workshopId: id };
