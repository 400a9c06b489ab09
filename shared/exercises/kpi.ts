/**
 * Built-in KPI calculators. Each takes plain numbers and
 * returns a value or a reason it cannot: the UI shows the reason in words.
 */
export type CalcError = 'missing' | 'negative' | 'zeroDivisor' | 'exceedsTotal';
/** The numbers the calculators take; each has a label, and an error names the one that is wrong. */
export type CalcInput =
  | 'attributedRevenue'
  | 'marketingCost'
  | 'salesSpend'
  | 'marketingSpend'
  | 'newCustomers'
  | 'enteredStage'
  | 'reachedNext'
  | 'dealsWon'
  | 'dealsClosed'
  | 'totalCycleDays'
  | 'openPipeline'
  | 'quota';
export type CalcResult = { ok: true; value: number } | { ok: false; error: CalcError; field: CalcInput };
export type ValueUnit = 'percent' | 'money' | 'days' | 'ratio';

export interface Calculator {
  inputs: readonly CalcInput[];
  unit: ValueUnit;
  compute: (values: Record<string, number>) => number;
  /** Inputs that divide; zero there is refused. */
  divisors: readonly CalcInput[];
  /** `[part, whole]`: the part cannot exceed the whole (e.g. won deals of closed deals). */
  partOf?: readonly [CalcInput, CalcInput];
}

export const CALCULATORS = {
  marketingRoi: {
    inputs: ['attributedRevenue', 'marketingCost'],
    unit: 'percent',
    divisors: ['marketingCost'],
    compute: (v) => ((v.attributedRevenue ?? 0) - (v.marketingCost ?? 0)) / (v.marketingCost ?? 1),
  },
  cac: {
    inputs: ['salesSpend', 'marketingSpend', 'newCustomers'],
    unit: 'money',
    divisors: ['newCustomers'],
    compute: (v) => ((v.salesSpend ?? 0) + (v.marketingSpend ?? 0)) / (v.newCustomers ?? 1),
  },
  stageConversion: {
    inputs: ['enteredStage', 'reachedNext'],
    unit: 'percent',
    divisors: ['enteredStage'],
    partOf: ['reachedNext', 'enteredStage'],
    compute: (v) => (v.reachedNext ?? 0) / (v.enteredStage ?? 1),
  },
  winRate: {
    inputs: ['dealsWon', 'dealsClosed'],
    unit: 'percent',
    divisors: ['dealsClosed'],
    partOf: ['dealsWon', 'dealsClosed'],
    compute: (v) => (v.dealsWon ?? 0) / (v.dealsClosed ?? 1),
  },
  salesCycle: {
    inputs: ['totalCycleDays', 'dealsWon'],
    unit: 'days',
    divisors: ['dealsWon'],
    compute: (v) => (v.totalCycleDays ?? 0) / (v.dealsWon ?? 1),
  },
  pipelineCoverage: {
    inputs: ['openPipeline', 'quota'],
    unit: 'ratio',
    divisors: ['quota'],
    compute: (v) => (v.openPipeline ?? 0) / (v.quota ?? 1),
  },
} as const satisfies Record<string, Calculator>;

export type CalculatorKey = keyof typeof CALCULATORS;
export const CALCULATOR_KEYS = Object.keys(CALCULATORS) as CalculatorKey[];

/**
 * Runs a calculator on the inputs as typed (undefined or NaN = not entered).
 * Checks, in order: every input entered, none negative, no zero divisor, a
 * part not larger than its whole.
 * @example calculate('marketingRoi', { attributedRevenue: 300, marketingCost: 100 }) // { ok: true, value: 2 }
 */
export function calculate(key: CalculatorKey, values: Record<string, number | undefined>): CalcResult {
  const calculator: Calculator = CALCULATORS[key];
  const entered: Record<string, number> = {};
  for (const field of calculator.inputs) {
    const value = values[field];
    if (value === undefined || !Number.isFinite(value)) return { ok: false, error: 'missing', field };
    entered[field] = value;
  }
  for (const field of calculator.inputs) {
    if ((entered[field] ?? 0) < 0) return { ok: false, error: 'negative', field };
  }
  for (const field of calculator.divisors) {
    if (entered[field] === 0) return { ok: false, error: 'zeroDivisor', field };
  }
  if (calculator.partOf) {
    const [part, whole] = calculator.partOf;
    if ((entered[part] ?? 0) > (entered[whole] ?? 0)) return { ok: false, error: 'exceedsTotal', field: part };
  }
  return { ok: true, value: calculator.compute(entered) };
}

/**
 * Conversion rate between each pair of consecutive stages of the lead
 * waterfall (e.g. inquiries → MQL → SAL → SQL → won).
 * @example stageConversions([200, 50, 40, 20, 5]).map((r) => r.ok && r.value) // [0.25, 0.8, 0.5, 0.25]
 */
export function stageConversions(counts: readonly (number | undefined)[]): CalcResult[] {
  return counts.slice(1).map((reached, index) =>
    calculate('stageConversion', { enteredStage: counts[index], reachedNext: reached }),
  );
}
