import { describe, expect, it } from 'vitest';
import { MENU_LABELS } from '../../shared/i18n/menu';
import { pl } from '../../shared/i18n/resources/pl';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, path = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) => {
    const full = path ? `${path}.${key}` : key;
    return typeof value === 'string' ? [[full, value] as [string, string]] : flatten(value, full);
  });
}

/** Every Polish string the app shows: UI resources (report and exports included) and the native menu. */
const POLISH = [...flatten(pl as unknown as Tree), ...flatten(MENU_LABELS.pl as unknown as Tree, 'menu')];

/** The "not" column of the terms table: one word per concept. */
const NOT_USED: Array<{ concept: string; use: string; pattern: RegExp }> = [
  { concept: 'note', use: 'karteczka', pattern: /notat/i },
  { concept: 'health check', use: 'diagnoza współpracy', pattern: /kontrol\w*\s+(kondycji|zdrowia)/i },
  { concept: 'owner', use: 'osoba odpowiedzialna / Odpowiada', pattern: /właściciel/i },
  // "O programie Alignboard" is about the application, not the agenda.
  { concept: 'agenda', use: 'agenda', pattern: /\bprogram(u|em|y|ów)?\b/i },
  { concept: 'shared metrics', use: 'wskaźniki', pattern: /miernik/i },
  { concept: 'baseline', use: 'punkt wyjścia', pattern: /stan\w*\s+wyjściow/i },
  { concept: 'perception accuracy', use: 'trafność postrzegania', pattern: /trafno\w*\s+wyobrażeń/i },
  { concept: 'projector window', use: 'widok dla sali', pattern: /rzutnik/i },
  { concept: 'grudges (not injuries)', use: 'bez uraz', pattern: /urazów/i },
  // "nowe warsztaty" in a sentence is fine (many of them); as a name for one it reads plural.
  { concept: 'a workshop (singular)', use: 'Nowy warsztat', pattern: /(^|[.:]\s)Nowe warsztaty/ },
];

const value = (key: string) => POLISH.find(([k]) => k === key)?.[1];

describe('Polish terms: one word per concept', () => {
  for (const term of NOT_USED) {
    it(`${term.concept}: "${term.use}", never ${String(term.pattern)}`, () => {
      const offending = POLISH.filter(([, text]) => term.pattern.test(text)).map(([key, text]) => `${key}: ${text}`);
      expect(offending).toEqual([]);
    });
  }

  it('a KPI target is "Wartość docelowa", not "Cel" (which is the goals activity)', () => {
    expect(value('exercises.metrics.fields.target')).toBe('Wartość docelowa');
    expect(value('transfer.report.target')).toBe('Wartość docelowa');
  });

  it('an activity is "ćwiczenie"; "działanie" is an action of the plan', () => {
    const activityCounts = POLISH.filter(([key]) => /^facilitation\.templates\.(activities_|explain)/.test(key));
    expect(activityCounts.length).toBeGreaterThan(4);
    for (const [key, text] of activityCounts) expect(`${key}: ${text}`).not.toMatch(/działa/i);
  });

  it('the two handoff options read the same on the board and in the decision', () => {
    expect(value('template.columns.optionLeadsOnly')).toBe(value('exercises.handoff.options.leadsOnly.title'));
    expect(value('template.columns.optionResearchFirst')).toBe(value('exercises.handoff.options.researchFirst.title'));
    expect(value('template.columns.optionLeadsOnly')).toBe('Marketing tylko generuje leady');
    expect(value('template.columns.optionResearchFirst')).toBe('Marketing bada też potrzeby klienta');
  });

  it('the same field has the same name in the exercise and in the report', () => {
    expect(value('transfer.report.baseline')).toBe(value('exercises.metrics.fields.baseline'));
    expect(value('transfer.report.cadence')).toBe(value('exercises.metrics.fields.cadence'));
    expect(value('transfer.report.status')).toBe(value('exercises.plan.status'));
    expect(value('transfer.report.accuracyChart')).toMatch(new RegExp(`^${value('exercises.roleSwap.accuracyTitle')}`));
  });

  it('decimal numbers are never hard-coded with a point', () => {
    expect(POLISH.filter(([, text]) => /\d\.\d/.test(text))).toEqual([]);
  });
});
