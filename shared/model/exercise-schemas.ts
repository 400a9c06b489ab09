import { z } from 'zod';
import { REALIGNMENT_STEPS } from '../templates/default-workshop';
import { ACTION_STATUSES, GOAL_HORIZONS, HANDOFF_OPTIONS, KPI_CADENCES, LEAD_STAGES } from './exercise-types';
import { EXERCISE_LIMITS } from '../exercises/limits';
import { DEPARTMENT_IDS } from './types';

/**
 * zod schemas of the records in ./exercise-types.ts, one per record type.
 * The primitives are declared here, not imported from ./schemas.ts, because
 * that module imports this one (a cycle would leave them undefined).
 */
const id = z.string().min(1).max(100);
const base = { id, workshopId: id };
const department = z.enum(DEPARTMENT_IDS);
const step = z.enum(REALIGNMENT_STEPS);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const short = z.string().max(EXERCISE_LIMITS.short);
const long = z.string().max(EXERCISE_LIMITS.long);
const order = z.string().min(1).max(200);
const count = z.number().int().min(0).max(100_000);
const score = z.number().int().min(1).max(5);

const goalHorizonSchema = z.strictObject({ ...base, type: z.literal('goalHorizon'), noteId: id, horizon: z.enum(GOAL_HORIZONS) });

const guessMatchSchema = z.strictObject({ ...base, type: z.literal('guessMatch'), guessNoteId: id, realNoteId: id.nullable() });

const glossaryTermSchema = z.strictObject({
  ...base,
  type: z.literal('glossaryTerm'),
  term: short.min(1),
  salesMeaning: long,
  marketingMeaning: long,
  agreed: long,
  order,
});

const stage = z.strictObject({ criteria: long, owner: department.nullable() });
const handoffSchema = z.strictObject({
  ...base,
  type: z.literal('handoff'),
  stages: z.strictObject(Object.fromEntries(LEAD_STAGES.map((key) => [key, stage])) as Record<(typeof LEAD_STAGES)[number], typeof stage>),
  votes: z.strictObject({ leadsOnly: count, researchFirst: count }),
  decision: z.enum(HANDOFF_OPTIONS).nullable(),
  rationale: long,
  slaDelivers: long,
  slaFollowUpHours: count.nullable(),
  slaAttempts: count.nullable(),
  slaRejected: long,
});

const charterSchema = z.strictObject({
  ...base,
  type: z.literal('charter'),
  goal: long,
  budget: short,
  salesOwner: short,
  marketingOwner: short,
  deadline: day.nullable(),
  successMetric: long,
});

const kpiSchema = z.strictObject({
  ...base,
  type: z.literal('kpi'),
  name: short.min(1),
  definition: long,
  formula: long,
  baseline: short,
  target: short,
  owner: short,
  cadence: z.enum(KPI_CADENCES),
  order,
});

const healthRatingSchema = z.strictObject({ ...base, type: z.literal('healthRating'), department, step, score });

const status = z.enum(ACTION_STATUSES);
const actionSchema = z.strictObject({
  ...base,
  type: z.literal('action'),
  step: step.nullable(),
  text: long.min(1),
  salesOwner: short,
  marketingOwner: short,
  due: day.nullable(),
  status,
  successMeasure: long,
  sourceNoteId: id.nullable(),
  sourceText: long,
  history: z.array(z.strictObject({ workshopTitle: short, date: day, status })).max(100),
  order,
  createdAt: z.string().min(1).max(40),
});

const stepScores = z.strictObject(
  Object.fromEntries(REALIGNMENT_STEPS.map((key) => [key, score.nullable()])) as Record<
    (typeof REALIGNMENT_STEPS)[number],
    z.ZodNullable<typeof score>
  >,
);
const followUpSchema = z.strictObject({
  ...base,
  type: z.literal('followUp'),
  previousWorkshopId: id,
  previousTitle: short,
  previousDate: day,
  previousScores: z.strictObject({ sales: stepScores, marketing: stepScores }),
});

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
