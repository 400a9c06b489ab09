import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/model/diff';
import { DomainError } from '../../shared/model/errors';
import { recordsOfType } from '../../shared/model/queries';
import type { RecordMap } from '../../shared/model/types';
import type { DepartmentId } from '../../shared/model/types';
import { perceptionAccuracy, revealPairs } from '../../shared/exercises/role-swap';
import { addNote } from '../../shared/ops/notes';
import { clearMatch, matchGuess } from '../../shared/ops/role-swap';
import { makeWorkshop } from '../support/workshop';

function columnId(records: RecordMap, key: string): string {
  return recordsOfType(records, 'column').find((column) => column.templateKey === key)!.id;
}

function setup() {
  const { records: start, ctx } = makeWorkshop();
  let records = start;
  const add = (key: string, text: string, department: DepartmentId) => {
    const diff = addNote(records, { columnId: columnId(records, key), text, department }, ctx);
    records = applyDiff(records, diff);
    return diff.added[0]!.id;
  };
  const ids = {
    realBrand: add('marketingGoals', 'Build the brand in CEE', 'marketing'),
    realLeads: add('marketingGoals', 'More qualified leads', 'marketing'),
    realBudget: add('marketingPains', 'Budget cut every quarter', 'marketing'),
    guessLeads: add('salesOnMarketingGoals', 'They want lead volume', 'sales'),
    guessAwards: add('salesOnMarketingGoals', 'They want design awards', 'sales'),
    guessPain: add('salesOnMarketingPains', 'Nobody reads their reports', 'sales'),
  };
  const run = (op: (r: RecordMap) => ReturnType<typeof matchGuess>) => {
    records = applyDiff(records, op(records));
  };
  return { get records() { return records; }, ctx, ids, run };
}

describe('role swap', () => {
  it('pairs each guess column with what the other side wrote about itself', () => {
    const { records, ids } = setup();
    const pair = revealPairs(records).find((p) => p.guessColumnKey === 'salesOnMarketingGoals')!;
    expect(pair.guesses.map((n) => n.id)).toEqual([ids.guessLeads, ids.guessAwards]);
    expect(pair.real.map((n) => n.id)).toEqual([ids.realBrand, ids.realLeads]);
  });

  it('counts matched real items, misses, unjudged guesses and blind spots', () => {
    const s = setup();
    s.run((r) => matchGuess(r, s.ids.guessLeads, s.ids.realLeads, s.ctx));
    s.run((r) => matchGuess(r, s.ids.guessAwards, null, s.ctx));
    const sales = perceptionAccuracy(s.records, 'sales');
    expect(sales).toMatchObject({ realCount: 3, matchedCount: 1, misses: 1, unjudged: 1 });
    expect(sales.accuracy).toBeCloseTo(1 / 3);
    expect(sales.blindSpots.map((n) => n.text)).toEqual(['Build the brand in CEE', 'Budget cut every quarter']);
  });

  it('has no accuracy while the other side has written nothing', () => {
    const s = setup();
    expect(perceptionAccuracy(s.records, 'marketing')).toMatchObject({ realCount: 0, accuracy: null });
  });

  it('counts a real item once even when two guesses found it', () => {
    const s = setup();
    s.run((r) => matchGuess(r, s.ids.guessLeads, s.ids.realLeads, s.ctx));
    s.run((r) => matchGuess(r, s.ids.guessAwards, s.ids.realLeads, s.ctx));
    expect(perceptionAccuracy(s.records, 'sales').matchedCount).toBe(1);
  });

  it('re-judging updates the match; clearing takes it back', () => {
    const s = setup();
    s.run((r) => matchGuess(r, s.ids.guessLeads, null, s.ctx));
    const diff = matchGuess(s.records, s.ids.guessLeads, s.ids.realLeads, s.ctx);
    expect(diff.added).toEqual([]);
    expect(diff.updated).toHaveLength(1);
    s.run(() => diff);
    s.run((r) => clearMatch(r, s.ids.guessLeads));
    expect(recordsOfType(s.records, 'guessMatch')).toEqual([]);
  });

  it('refuses to match a guess to an item from the wrong board', () => {
    const s = setup();
    expect(() => matchGuess(s.records, s.ids.guessLeads, s.ids.realBudget, s.ctx)).toThrow(DomainError);
    expect(() => matchGuess(s.records, s.ids.realBrand, null, s.ctx)).toThrow(DomainError);
  });
});
