import { describe, expect, it } from 'vitest';
import { calculate, stageConversions } from '../../shared/exercises/kpi';

describe('KPI calculators', () => {
  it('computes marketing ROI as (revenue − cost) / cost', () => {
    expect(calculate('marketingRoi', { attributedRevenue: 300_000, marketingCost: 100_000 })).toEqual({ ok: true, value: 2 });
    expect(calculate('marketingRoi', { attributedRevenue: 50, marketingCost: 100 })).toEqual({ ok: true, value: -0.5 });
  });

  it('computes CAC from sales and marketing spend per new customer', () => {
    expect(calculate('cac', { salesSpend: 60_000, marketingSpend: 40_000, newCustomers: 50 })).toEqual({ ok: true, value: 2000 });
  });

  it('computes win rate, sales cycle and pipeline coverage', () => {
    expect(calculate('winRate', { dealsWon: 12, dealsClosed: 40 })).toEqual({ ok: true, value: 0.3 });
    expect(calculate('salesCycle', { totalCycleDays: 900, dealsWon: 20 })).toEqual({ ok: true, value: 45 });
    expect(calculate('pipelineCoverage', { openPipeline: 1_500_000, quota: 500_000 })).toEqual({ ok: true, value: 3 });
  });

  it('refuses a zero divisor and names the field', () => {
    expect(calculate('marketingRoi', { attributedRevenue: 10, marketingCost: 0 })).toEqual({ ok: false, error: 'zeroDivisor', field: 'marketingCost' });
    expect(calculate('cac', { salesSpend: 1, marketingSpend: 1, newCustomers: 0 })).toMatchObject({ error: 'zeroDivisor', field: 'newCustomers' });
    expect(calculate('pipelineCoverage', { openPipeline: 1, quota: 0 })).toMatchObject({ error: 'zeroDivisor', field: 'quota' });
  });

  it('refuses negative inputs before anything else is checked', () => {
    expect(calculate('cac', { salesSpend: -1, marketingSpend: 5, newCustomers: 0 })).toEqual({ ok: false, error: 'negative', field: 'salesSpend' });
  });

  it('asks for missing or non-numeric inputs', () => {
    expect(calculate('winRate', { dealsWon: 3 })).toEqual({ ok: false, error: 'missing', field: 'dealsClosed' });
    expect(calculate('winRate', { dealsWon: Number.NaN, dealsClosed: 3 })).toMatchObject({ error: 'missing', field: 'dealsWon' });
  });

  it('refuses more won deals than closed ones', () => {
    expect(calculate('winRate', { dealsWon: 5, dealsClosed: 4 })).toEqual({ ok: false, error: 'exceedsTotal', field: 'dealsWon' });
  });

  it('gives the conversion between each pair of lead stages', () => {
    const results = stageConversions([200, 50, 40, 20, 5]);
    expect(results.map((result) => (result.ok ? result.value : result.error))).toEqual([0.25, 0.8, 0.5, 0.25]);
    expect(stageConversions([0, 0])[0]).toMatchObject({ ok: false, error: 'zeroDivisor' });
  });
});
