import type { FormatterModule } from 'i18next';

/** `number(maximumFractionDigits: 1)` → `{ maximumFractionDigits: 1 }`. */
function parseFormat(format: string): { name: string; options: Intl.NumberFormatOptions } {
  const match = /^\s*(\w+)\s*(?:\((.*)\))?\s*$/.exec(format);
  if (!match) return { name: format.trim(), options: {} };
  const options: Record<string, string | number | boolean> = {};
  for (const pair of (match[2] ?? '').split(';').flatMap((part) => part.split(','))) {
    const [rawKey, rawValue] = pair.split(':').map((piece) => piece?.trim());
    if (!rawKey || rawValue === undefined) continue;
    const numeric = Number(rawValue);
    options[rawKey] = rawValue === 'true' ? true : rawValue === 'false' ? false : Number.isFinite(numeric) ? numeric : rawValue;
  }
  return { name: match[1]!.toLowerCase(), options: options as Intl.NumberFormatOptions };
}

function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

const formats = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per locale and options: making one costs far more than using it, and a board formats thousands of counts. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/**
 * i18next formatter used with `alwaysFormat`: every number interpolated into a
 * translation is written the language's way (`12,5` in Polish, `1,234` in
 * English) without each string asking for it. Named formats: `number(…)` and
 * `percent(…)` take Intl.NumberFormat options (a numeric string is accepted);
 * anything that is not a number passes through unchanged.
 */
export const localeFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format(value: unknown, format, lng) {
    const locale = lng ?? 'en';
    if (!format) {
      return typeof value === 'number' && Number.isFinite(value) ? numberFormat(locale).format(value) : (value as string);
    }
    const { name, options } = parseFormat(format);
    const number = asNumber(value);
    if (number === null || (name !== 'number' && name !== 'percent')) return value as string;
    return numberFormat(locale, { ...options, ...(name === 'percent' ? { style: 'percent' } : {}) }).format(number);
  },
};
