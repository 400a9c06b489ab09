import { DEPARTMENT_IDS, type DepartmentId, type RecordMap } from '../model/types';
import type { StepKey, StepScores } from '../model/exercise-types';
import { getRecord, recordsOfType } from '../model/queries';
import { REALIGNMENT_STEPS } from '../templates/default-workshop';

/** Relationship types of Kotler, Rackham & Krishnaswamy (HBR 2006), from least to most aligned. */
export const MATURITY_LEVELS = ['undefined', 'defined', 'aligned', 'integrated'] as const;
export type Maturity = (typeof MATURITY_LEVELS)[number];

/** A clear gap between the two departments' averages, in points, that costs one maturity level. */
export const PERCEPTION_GAP = 1;

export interface MaturityReading {
  level: Maturity;
  /** Mean of both departments' means, 1–5. */
  overall: number;
  /** |sales mean − marketing mean|. */
  gap: number;
  /** True when the gap lowered the level. */
  loweredByGap: boolean;
}

export function emptyScores(): StepScores {
  return Object.fromEntries(REALIGNMENT_STEPS.map((step) => [step, null])) as StepScores;
}

/**
 * Each department's rating of each step (null where not rated yet): the average
 * of its people's own ratings from their devices where there are any, else the
 * one rating the facilitator typed for the department.
 */
export function healthScores(records: RecordMap): Record<DepartmentId, StepScores> {
  const scores = { sales: emptyScores(), marketing: emptyScores() };
  for (const rating of recordsOfType(records, 'healthRating')) scores[rating.department][rating.step] = rating.score;
  const sums = new Map<string, { sum: number; count: number }>();
  for (const rating of recordsOfType(records, 'participantRating')) {
    const person = getRecord(records, rating.participantId, 'participant');
    if (!person) continue;
    const key = `${person.department}:${rating.step}`;
    const sum = sums.get(key) ?? { sum: 0, count: 0 };
    sums.set(key, { sum: sum.sum + rating.score, count: sum.count + 1 });
  }
  for (const [key, { sum, count }] of sums) {
    const [department, step] = key.split(':') as [DepartmentId, StepKey];
    scores[department][step] = Math.round((sum / count) * 10) / 10;
  }
  return scores;
}

/** How many people of each department rated at least one step from their own device. */
export function healthRaters(records: RecordMap): Record<DepartmentId, number> {
  const raters = { sales: new Set<string>(), marketing: new Set<string>() };
  for (const rating of recordsOfType(records, 'participantRating')) {
    const person = getRecord(records, rating.participantId, 'participant');
    if (person) raters[person.department].add(person.id);
  }
  return { sales: raters.sales.size, marketing: raters.marketing.size };
}

/** Mean of the rated steps; null when nothing is rated. */
export function meanScore(scores: StepScores): number | null {
  const rated = REALIGNMENT_STEPS.map((step) => scores[step]).filter((score): score is number => score !== null);
  return rated.length === 0 ? null : rated.reduce((sum, score) => sum + score, 0) / rated.length;
}

/**
 * The overall maturity reading: the mean of both sides on the 1–5 scale
 * (below 2 undefined, below 3 defined, below 4 aligned, else integrated).
 * Alignment is something both sides must see, so when their means differ by
 * {@link PERCEPTION_GAP} or more the reading drops one level. Null until
 * both departments have rated at least one step.
 * @example maturityReading({ sales: allThrees, marketing: allThrees }).level // 'aligned'
 */
export function maturityReading(scores: Record<DepartmentId, StepScores>): MaturityReading | null {
  const [sales, marketing] = DEPARTMENT_IDS.map((department) => meanScore(scores[department]));
  if (sales == null || marketing == null) return null;
  const overall = (sales + marketing) / 2;
  const gap = Math.abs(sales - marketing);
  const byMean = overall < 2 ? 0 : overall < 3 ? 1 : overall < 4 ? 2 : 3;
  const loweredByGap = gap >= PERCEPTION_GAP && byMean > 0;
  const level = MATURITY_LEVELS[loweredByGap ? byMean - 1 : byMean] ?? 'undefined';
  return { level, overall, gap, loweredByGap };
}

export interface StepProgress {
  step: StepKey;
  department: DepartmentId;
  before: number | null;
  now: number | null;
  /** now − before, null unless both are rated. */
  change: number | null;
}

/** Progress per step and department between an earlier health check and this one. */
export function healthProgress(
  before: Record<DepartmentId, StepScores>,
  now: Record<DepartmentId, StepScores>,
): StepProgress[] {
  return REALIGNMENT_STEPS.flatMap((step) =>
    DEPARTMENT_IDS.map((department) => {
      const was = before[department][step];
      const is = now[department][step];
      return { step, department, before: was, now: is, change: was !== null && is !== null ? is - was : null };
    }),
  );
}

/**
 * The points of a radar outline: the rated steps only, in order. An unrated
 * step is left out of the outline (not drawn at 0, which would read as "rated
 * badly"); fewer than two rated steps make no outline, only markers. Both the
 * board's and the report's radar draw by this rule.
 */
export function radarOutline(values: ReadonlyArray<number | null>): Array<{ index: number; score: number }> {
  return values.flatMap((score, index) => (score === null ? [] : [{ index, score }]));
}
