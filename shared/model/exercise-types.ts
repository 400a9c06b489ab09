import { z } from 'zod';
import { REALIGNMENT_STEPS } from '../templates/default-workshop';
import { EXERCISE_LIMITS } from '../exercises/limits';
import { base, day, departmentId, id, isoTime, line, orderKey, text } from './fields';

/**
 * Records of the structured exercises (role swap, agreements, shared metrics,
 * health check, 10-step plan, follow-up). Each kind is defined once, as a zod
 * schema; its type is inferred from it.
 */

/** One of the ten steps of the realignment plan. */
export type StepKey = (typeof REALIGNMENT_STEPS)[number];
const step = z.enum(REALIGNMENT_STEPS);
const short = line(EXERCISE_LIMITS.short);
const long = text(EXERCISE_LIMITS.long);
const count = z.number().int().min(0).max(100_000);
const score = z.number().int().min(1).max(5);

export const GOAL_HORIZONS = ['month', 'quarter', 'year', 'longer'] as const;
export type GoalHorizon = (typeof GOAL_HORIZONS)[number];

/** How far ahead a goal note on the Goals board looks. */
export const goalHorizonSchema = z.strictObject({ ...base, type: z.literal('goalHorizon'), noteId: id, horizon: z.enum(GOAL_HORIZONS) });
export type GoalHorizonRecord = z.infer<typeof goalHorizonSchema>;

/** Role swap: a guess note linked to the real item it matches, or judged a miss (`realNoteId: null`). */
export const guessMatchSchema = z.strictObject({ ...base, type: z.literal('guessMatch'), guessNoteId: id, realNoteId: id.nullable() });
export type GuessMatchRecord = z.infer<typeof guessMatchSchema>;

/** Shared language: one contested term and what each side means by it. */
export const glossaryTermSchema = z.strictObject({
  ...base,
  type: z.literal('glossaryTerm'),
  term: short.min(1),
  salesMeaning: long,
  marketingMeaning: long,
  agreed: long,
  order: orderKey,
});
export type GlossaryTermRecord = z.infer<typeof glossaryTermSchema>;

export const LEAD_STAGES = ['inquiry', 'mql', 'sal', 'sql', 'won'] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];
export const HANDOFF_OPTIONS = ['leadsOnly', 'researchFirst'] as const;
export type HandoffOption = (typeof HANDOFF_OPTIONS)[number];

const stage = z.strictObject({ criteria: long, owner: departmentId.nullable() });
export type StageAgreement = z.infer<typeof stage>;

/** Lead handoff: stage criteria and owners, the handoff decision and the service-level agreement. */
export const handoffSchema = z.strictObject({
  ...base,
  type: z.literal('handoff'),
  stages: z.strictObject({ inquiry: stage, mql: stage, sal: stage, sql: stage, won: stage } satisfies Record<LeadStage, typeof stage>),
  votes: z.strictObject({ leadsOnly: count, researchFirst: count } satisfies Record<HandoffOption, typeof count>),
  decision: z.enum(HANDOFF_OPTIONS).nullable(),
  rationale: long,
  slaDelivers: long,
  slaFollowUpHours: count.nullable(),
  slaAttempts: count.nullable(),
  slaRejected: long,
});
export type HandoffRecord = z.infer<typeof handoffSchema>;

/** The joint project's charter. */
export const charterSchema = z.strictObject({
  ...base,
  type: z.literal('charter'),
  goal: long,
  budget: short,
  salesOwner: short,
  marketingOwner: short,
  deadline: day.nullable(),
  successMetric: long,
});
export type CharterRecord = z.infer<typeof charterSchema>;

export const KPI_CADENCES = ['weekly', 'monthly', 'quarterly'] as const;
export type KpiCadence = (typeof KPI_CADENCES)[number];

/** A shared KPI and how it is reported. */
export const kpiSchema = z.strictObject({
  ...base,
  type: z.literal('kpi'),
  name: short.min(1),
  definition: long,
  formula: long,
  baseline: short,
  target: short,
  owner: short,
  cadence: z.enum(KPI_CADENCES),
  order: orderKey,
});
export type KpiRecord = z.infer<typeof kpiSchema>;

/** Health check: one department's (group) rating of one step, 1–5. */
export const healthRatingSchema = z.strictObject({ ...base, type: z.literal('healthRating'), department: departmentId, step, score });
export type HealthRatingRecord = z.infer<typeof healthRatingSchema>;

export const ACTION_STATUSES = ['open', 'inProgress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
const status = z.enum(ACTION_STATUSES);

/** Where an action has been: one entry per earlier session it came through. */
const historyEntry = z.strictObject({ workshopTitle: short, date: day, status });
export type ActionHistoryEntry = z.infer<typeof historyEntry>;

/** A commitment of the realignment plan. */
export const actionSchema = z.strictObject({
  ...base,
  type: z.literal('action'),
  /** The step's lane; null until someone places it. */
  step: step.nullable(),
  text: long.min(1),
  salesOwner: short,
  marketingOwner: short,
  due: day.nullable(),
  status,
  successMeasure: long,
  /** The note it was made from (kept as a link and as text, the note may be deleted). */
  sourceNoteId: id.nullable(),
  sourceText: long,
  history: z.array(historyEntry).max(100),
  order: orderKey,
  createdAt: isoTime,
});
export type ActionRecord = z.infer<typeof actionSchema>;

/** A department's score of a step: one typed rating, or the average of its people's (one decimal). */
const stepScore = z.number().min(1).max(5);
const stepScores = z.strictObject(
  Object.fromEntries(REALIGNMENT_STEPS.map((key) => [key, stepScore.nullable()])) as Record<StepKey, z.ZodNullable<typeof stepScore>>,
);
/** Step scores of one department: null where the step was not rated. */
export type StepScores = z.infer<typeof stepScores>;

/** Marks a workshop as the follow-up of an earlier one, with that session's health check. */
export const followUpSchema = z.strictObject({
  ...base,
  type: z.literal('followUp'),
  /** The earlier workshop; it may not exist on this machine, so it is not a reference. */
  previousWorkshopId: id,
  previousTitle: short,
  previousDate: day,
  previousScores: z.strictObject({ sales: stepScores, marketing: stepScores }),
});
export type FollowUpRecord = z.infer<typeof followUpSchema>;

export const EXERCISE_SCHEMAS = [
  goalHorizonSchema,
  guessMatchSchema,
  glossaryTermSchema,
  handoffSchema,
  charterSchema,
  kpiSchema,
  healthRatingSchema,
  actionSchema,
  followUpSchema,
] as const;

export type ExerciseRecord =
  | GoalHorizonRecord
  | GuessMatchRecord
  | GlossaryTermRecord
  | HandoffRecord
  | CharterRecord
  | KpiRecord
  | HealthRatingRecord
  | ActionRecord
  | FollowUpRecord;
