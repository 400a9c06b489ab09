import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/model/diff';
import type { StepScores } from '../../shared/model/exercise-types';
import { recordsOfType } from '../../shared/model/queries';
import { emptyScores, healthProgress, healthScores, maturityReading, radarOutline } from '../../shared/exercises/health';
import { localDay } from '../../shared/model/days';
import { rateStep } from '../../shared/ops/health';
import { REALIGNMENT_STEPS } from '../../shared/templates/default-workshop';
import { makeWorkshop } from '../support/workshop';

const all = (score: number): StepScores => Object.fromEntries(REALIGNMENT_STEPS.map((s) => [s, score])) as StepScores;

describe('maturity reading', () => {
  it('reads the four relationship types from the mean of both sides', () => {
    expect(maturityReading({ sales: all(1), marketing: all(1) })?.level).toBe('undefined');
    expect(maturityReading({ sales: all(2), marketing: all(2) })?.level).toBe('defined');
    expect(maturityReading({ sales: all(3), marketing: all(3) })?.level).toBe('aligned');
    expect(maturityReading({ sales: all(5), marketing: all(4) })?.level).toBe('aligned'); // a full point apart
    expect(maturityReading({ sales: all(4), marketing: all(4) })?.level).toBe('integrated');
  });

  it('drops one level when the two sides see it a point or more apart', () => {
    const reading = maturityReading({ sales: all(4), marketing: all(3) });
    expect(reading).toMatchObject({ level: 'defined', overall: 3.5, gap: 1, loweredByGap: true });
  });

  it('never drops below undefined and waits for both sides', () => {
    expect(maturityReading({ sales: all(1), marketing: all(2) })).toMatchObject({ level: 'undefined', loweredByGap: false });
    expect(maturityReading({ sales: all(3), marketing: emptyScores() })).toBeNull();
  });

  it('averages only the steps that were rated', () => {
    const partial = { ...emptyScores(), communication: 4 };
    expect(maturityReading({ sales: partial, marketing: partial })?.overall).toBe(4);
  });
});

describe('rateStep', () => {
  it('records, replaces and clears a department’s rating', () => {
    const { ctx, records: start } = makeWorkshop();
    let records = applyDiff(start, rateStep(start, 'sales', 'communication', 2, ctx));
    records = applyDiff(records, rateStep(records, 'sales', 'communication', 4, ctx));
    expect(recordsOfType(records, 'healthRating')).toHaveLength(1);
    expect(healthScores(records).sales.communication).toBe(4);
    expect(healthScores(records).marketing.communication).toBeNull();
    records = applyDiff(records, rateStep(records, 'sales', 'communication', null, ctx));
    expect(recordsOfType(records, 'healthRating')).toEqual([]);
  });

  it('refuses a score outside 1–5', () => {
    const { ctx, records } = makeWorkshop();
    expect(() => rateStep(records, 'sales', 'communication', 6, ctx)).toThrow();
    expect(() => rateStep(records, 'sales', 'communication', 0, ctx)).toThrow();
  });
});

describe('healthProgress', () => {
  it('gives the change per step and department where both checks rated it', () => {
    const before = { sales: { ...emptyScores(), communication: 2 }, marketing: emptyScores() };
    const now = { sales: { ...emptyScores(), communication: 4 }, marketing: { ...emptyScores(), communication: 3 } };
    const progress = healthProgress(before, now).filter((p) => p.step === 'communication');
    expect(progress).toEqual([
      { step: 'communication', department: 'sales', before: 2, now: 4, change: 2 },
      { step: 'communication', department: 'marketing', before: null, now: 3, change: null },
    ]);
  });
});

describe('radarOutline', () => {
  it('leaves unrated steps out of the outline instead of drawing them at zero', () => {
    expect(radarOutline([3, null, 4.5, null])).toEqual([
      { index: 0, score: 3 },
      { index: 2, score: 4.5 },
    ]);
  });
});

describe('localDay', () => {
  it('reads the day on the local clock, late in the evening too', () => {
    expect(localDay(new Date(2026, 10, 29, 23, 30))).toBe('2026-11-29');
    expect(localDay(new Date(2027, 0, 1, 0, 5))).toBe('2027-01-01');
  });
});
