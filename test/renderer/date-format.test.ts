import { describe, expect, it, vi } from 'vitest';
import { dateLocaleOf, formatDay } from '../../renderer/src/i18n/format';
import { dateLocale, formatReportDay, formatShortDay } from '../../shared/report/format';
import { buildReport } from '../../shared/report/build';
import { seededWorkshop, translator } from '../shared/report.fixtures';

describe('dateLocale', () => {
  it('follows the system for English and stays Polish for Polish', () => {
    expect(dateLocale('en', ['en-GB', 'pl-PL'])).toBe('en-GB');
    expect(dateLocale('en', ['pl-PL', 'en-US'])).toBe('en-US');
    expect(dateLocale('pl', ['en-US'])).toBe('pl');
  });

  it('writes British dates for English when the system names no English region', () => {
    expect(dateLocale('en', ['en'])).toBe('en-GB');
    expect(dateLocale('en', ['de-DE'])).toBe('en-GB');
    expect(dateLocale('en', [])).toBe('en-GB');
  });

  it('writes the day in that locale', () => {
    expect(formatReportDay('2026-11-29', 'en-GB')).toBe('29 November 2026');
    expect(formatShortDay('2026-11-29', 'en-GB')).toBe('29 Nov 2026');
    expect(formatReportDay('2026-11-29', 'pl')).toBe('29 listopada 2026');
  });
});

describe('dates on screen and in the report', () => {
  it('shows an English day the way the system writes it (en-GB: 29 November 2026)', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB']);
    expect(dateLocaleOf('en')).toBe('en-GB');
    expect(formatDay('2026-11-29', 'en')).toBe('29 November 2026');
    expect(formatDay('2026-11-29', 'pl')).toBe('29 listopada 2026');
  });

  it('writes the report cover date in the date locale it is given', () => {
    const { records } = seededWorkshop();
    const model = buildReport({ records, locale: 'en', t: translator('en'), now: '2026-11-29T10:00:00.000Z', dateLocale: 'en-GB' });
    expect(model.generatedAt).toMatch(/^29 November 2026/);
  });
});
