import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/resources/en';
import { pl } from '../../shared/i18n/resources/pl';
import { GUIDE_PARTS } from '../../shared/i18n/template-texts';
import { DEFAULT_TEMPLATE } from '../../shared/templates/default-workshop';


describe('default template integrity', () => {
  it.each(DEFAULT_TEMPLATE.activities.map((activity) => [activity.key, activity] as const))(
    '%s has a timebox, columns and complete English and Polish text',
    (key, activity) => {
      expect(activity.timeboxMinutes).toBeGreaterThan(0);
      expect(activity.columns.length).toBeGreaterThan(0);
      for (const locale of [en, pl]) {
        const text = (locale.template.activities as Record<string, { title: string; prompt: string; guide: Record<string, string> }>)[key];
        expect(text?.title.trim()).toBeTruthy();
        expect(text?.prompt.trim()).toMatch(/\?$/);
        for (const part of GUIDE_PARTS) expect(text?.guide[part]?.trim().length).toBeGreaterThan(40);
        for (const column of activity.columns) expect((locale.template.columns as Record<string, string>)[column]?.trim()).toBeTruthy();
      }
    },
  );

  it('Polish is a translation, not a copy of the English', () => {
    for (const activity of DEFAULT_TEMPLATE.activities) {
      const english = en.template.activities[activity.key as keyof typeof en.template.activities];
      const polish = pl.template.activities[activity.key as keyof typeof pl.template.activities];
      expect(polish.prompt).not.toBe(english.prompt);
      expect(polish.guide.steps).not.toBe(english.guide.steps);
    }
  });

  it('fits a half-day workshop (3–4 hours)', () => {
    const minutes = DEFAULT_TEMPLATE.activities.reduce((sum, activity) => sum + activity.timeboxMinutes, 0);
    expect(minutes).toBeGreaterThanOrEqual(180);
    expect(minutes).toBeLessThanOrEqual(240);
  });
});
