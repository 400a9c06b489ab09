import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { activityTitle, columnTitle, templatePrompt } from '../../shared/i18n/template-texts';

const t = createI18n('pl').t;

describe('template texts', () => {
  it('names a template activity and column in the UI language', () => {
    expect(activityTitle({ title: null, templateKey: 'goals' }, t)).toBe('Cele');
    expect(columnTitle({ title: null, templateKey: 'hopes' }, t)).toBe('Czego oczekujemy od dzisiejszego dnia');
  });

  it('prefers the title the facilitator typed', () => {
    expect(activityTitle({ title: 'Nasze cele', templateKey: 'goals' }, t)).toBe('Nasze cele');
  });

  it('calls what has a template key the resources do not know untitled, never by the raw key', () => {
    expect(activityTitle({ title: null, templateKey: 'fromANewerApp' }, t)).toBe('Aktywność bez nazwy');
    expect(columnTitle({ title: null, templateKey: 'constructor' }, t)).toBe('Kolumna bez nazwy');
    expect(templatePrompt('fromANewerApp', t)).toBe('');
    expect(templatePrompt(null, t)).toBe('');
  });

  it('asks the template question of a known activity', () => {
    expect(templatePrompt('opening', t)).toMatch(/^Co sprawi, że dzisiejszy dzień będzie dla Ciebie wart zachodu/);
  });
});
