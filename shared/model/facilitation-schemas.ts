import { z } from 'zod';
import { PHASES } from './facilitation-types';
import { LIMITS } from './limits';
import { DEPARTMENT_IDS } from './types';

/** zod schemas of the records in ./facilitation-types.ts, one per record type. */
const id = z.string().min(1).max(100);
const base = { id, workshopId: id };
const department = z.enum(DEPARTMENT_IDS);

const activityRunSchema = z.strictObject({
  ...base,
  type: z.literal('activityRun'),
  activityId: id,
  phase: z.enum(PHASES),
  timer: z.strictObject({
    startedAt: z.string().min(1).max(40).nullable(),
    accumulatedMs: z.number().int().min(0),
    extraMinutes: z.number().int().min(0).max(24 * 60),
  }),
  spotlightId: id.nullable(),
  skipped: z.boolean(),
  prompt: z.string().min(1).max(LIMITS.noteText).nullable(),
});

const settingsSchema = z.strictObject({
  ...base,
  type: z.literal('facilitation'),
  currentActivityId: id.nullable(),
  anonymous: z.boolean(),
  votesPerPerson: z.number().int().min(1).max(50),
  hideTally: z.boolean(),
  muted: z.boolean(),
});

const dotVoteSchema = z.strictObject({
  ...base,
  type: z.literal('dotVote'),
  activityId: id,
  targetId: id,
  department,
  count: z.number().int().min(0).max(10_000),
});

const noteStackSchema = z.strictObject({
  ...base,
  type: z.literal('noteStack'),
  activityId: id,
  title: z.string().max(LIMITS.columnTitle),
  noteIds: z.array(id).min(2).max(1000),
});

const participantSchema = z.strictObject({
  ...base,
  type: z.literal('participant'),
  name: z.string().min(1).max(LIMITS.departmentName),
  department,
  order: z.string().min(1).max(200),
});

const decisionSchema = z.strictObject({
  ...base,
  type: z.literal('activityDecision'),
  activityId: id,
  sourceId: id.nullable(),
  text: z.string().min(1).max(LIMITS.noteText),
  createdAt: z.string().min(1).max(40),
});

const templateTitle = z.string().min(1).max(LIMITS.columnTitle).nullable();
const customTemplateSchema = z.strictObject({
  id,
  workshopId: id,
  type: z.literal('customTemplate'),
  title: z.string().min(1).max(LIMITS.workshopTitle),
  activities: z
    .array(
      z.strictObject({
        templateKey: z.string().max(100).nullable(),
        title: templateTitle,
        timeboxMinutes: z.number().int().min(0).max(24 * 60),
        columns: z.array(z.strictObject({ templateKey: z.string().max(100).nullable(), title: templateTitle })).min(1).max(50),
      }),
    )
    .min(1)
    .max(100),
  createdAt: z.string().min(1).max(40),
});

export const FACILITATION_SCHEMAS = [
  activityRunSchema,
  settingsSchema,
  dotVoteSchema,
  noteStackSchema,
  participantSchema,
  decisionSchema,
  customTemplateSchema,
] as const;
