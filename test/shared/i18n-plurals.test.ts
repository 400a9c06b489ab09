import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { en } from '../../shared/i18n/resources/en';
import type { TranslationKey } from '../../shared/i18n/keys';
import type { Locale } from '../../shared/i18n/locales';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, path = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) => {
    const full = path ? `${path}.${key}` : key;
    return typeof value === 'string' ? [[full, value] as [string, string]] : flatten(value, full);
  });
}

const COUNTS = [0, 1, 2, 5, 22, 25];
const ENGLISH = flatten(en as unknown as Tree);
/** Every key that takes a count: plural keys by their base name, and plain ones that interpolate `count`. Read from English itself, so each is a key. */
const COUNT_KEYS = [
  ...new Set(
    ENGLISH.filter(([key, text]) => /_(one|other|zero)$/.test(key) || /\{\{count\b/.test(text)).map(([key]) => key.replace(/_(one|other|zero)$/, '') as TranslationKey),
  ),
];
const INSTANCES = { en: createI18n('en'), pl: createI18n('pl') };
/** Other parameters get visible stand-ins, so every string renders completely. */
const OTHER = ['department', 'sales', 'marketing', 'title', 'text', 'column', 'position', 'max', 'value', 'total'];

/** One string for one count; no-break spaces shown as spaces (they are tested on their own). */
function render(locale: Locale, key: TranslationKey, count: number): string {
  const params: Record<string, unknown> = Object.fromEntries(OTHER.map((name) => [name, `«${name}»`]));
  return (INSTANCES[locale].t(key, { ...params, count }) as string).replace(/\u00A0/g, ' ');
}

describe('every count-bearing string, for 0, 1, 2, 5, 22 and 25', () => {
  it('finds the count-bearing keys', () => {
    expect(COUNT_KEYS.length).toBeGreaterThan(25);
    expect(COUNT_KEYS).toContain('facilitation.voting.left');
    expect(COUNT_KEYS).toContain('home.deleteBody');
  });

  it('a count followed by a word has plural forms (no "1 dots left", no "its 1 notes")', () => {
    const units = /^(min|h|in|of)\b/; // units, and "position 2 of {{count}} in …"
    const missing = ENGLISH.filter(([key, text]) => {
      if (/_(one|other|zero)$/.test(key)) return false;
      const after = /\{\{count[^}]*\}\}\s+([a-z]+)/i.exec(text)?.[1];
      return after !== undefined && !units.test(after);
    });
    expect(missing).toEqual([]);
  });

  for (const locale of ['en', 'pl'] as const) {
    it(`renders completely in ${locale}, with the count written the language's way`, () => {
      const table: string[] = [];
      for (const key of COUNT_KEYS) {
        for (const count of COUNTS) {
          const text = render(locale, key, count);
          table.push(`${key} ${count}: ${text}`);
          expect(text, `${key} (${count})`).not.toMatch(/\{\{|\}\}|_one|_other|_few|_many/);
          expect(text, `${key} (${count})`).not.toBe(key);
        }
      }
      expect(table.length).toBe(COUNT_KEYS.length * COUNTS.length);
    });
  }

  it('English never says "1 <plural>" nor "<n> <singular>" where it has both forms', () => {
    const bad: string[] = [];
    for (const key of COUNT_KEYS) {
      const one = render('en', key, 1);
      if (/\b1 [a-z]+[^s]s\b/.test(one) && !/\b1 (of|pts)\b/.test(one)) bad.push(`${key}: ${one}`);
      const forms = ENGLISH.filter(([k]) => k === `${key}_one` || k === `${key}_other`).map(([, text]) => text);
      if (forms.length === 2 && forms[0] !== forms[1]) {
        for (const count of [0, 2, 5, 22, 25]) if (render('en', key, count) === one.replace(/\b1\b/, String(count))) bad.push(`${key}: ${render('en', key, count)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('Polish picks one / few / many by the number: 1 karteczka, 2 and 22 karteczki, 0, 5 and 25 karteczek', () => {
    expect(COUNTS.map((count) => render('pl', 'home.notes', count))).toEqual([
      '0 karteczek',
      '1 karteczka',
      '2 karteczki',
      '5 karteczek',
      '22 karteczki',
      '25 karteczek',
    ]);
    expect(COUNTS.map((count) => render('pl', 'facilitation.voting.left', count).replace('«department»: ', ''))).toEqual([
      'zostało 0 kropek',
      'została 1 kropka',
      'zostały 2 kropki',
      'zostało 5 kropek',
      'zostały 22 kropki',
      'zostało 25 kropek',
    ]);
    expect(render('pl', 'home.deleteBody', 1)).toContain('razem z 1 karteczką');
    expect(render('pl', 'home.deleteBody', 22)).toContain('razem z 22 karteczkami');
    expect(render('en', 'home.deleteBody', 1)).toContain('its 1 note will');
    expect(render('en', 'facilitation.voting.left', 1)).toBe('«department»: 1 dot left');
    expect(render('en', 'exercises.followUp.body', 0)).toContain('There are no open actions');
  });
});
