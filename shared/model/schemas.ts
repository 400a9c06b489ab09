import { z } from 'zod';
import { DEPARTMENT_IDS } from './types';
import { LIMITS } from './limits';
import { EXERCISE_SCHEMAS } from './exercise-schemas';
import { FACILITATION_SCHEMAS } from './facilitation-schemas';

/**
 * zod schemas of every record, for validating what comes from outside
 * (imports, IPC). Strict objects: unknown keys are refused, not carried.
 */
export const id = z.string().min(1).max(100);
export const isoTime = z.string().min(1).max(40);
export const orderKey = z.string().min(1).max(200);
export const departmentId = z.enum(DEPARTMENT_IDS);
const base = { id, workshopId: id };

const department = z.strictObject({
  id: departmentId,
  name: z.string().min(1).max(LIMITS.departmentName),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});

export const workshopSchema = z.strictObject({
  ...base,
  type: z.literal('workshop'),
  title: z.string().min(1).max(LIMITS.workshopTitle),
  organisation: z.string().max(LIMITS.organisation),
  facilitator: z.string().max(LIMITS.facilitator).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  departments: z.tuple([department, department]),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const activitySchema = z.strictObject({
  ...base,
  type: z.literal('activity'),
  templateKey: z.string().max(100).nullable(),
  title: z.string().min(1).max(LIMITS.columnTitle).nullable(),
  order: orderKey,
  timeboxMinutes: z.number().int().min(0).max(24 * 60),
});

export const columnSchema = z.strictObject({
  ...base,
  type: z.literal('column'),
  activityId: id,
  templateKey: z.string().max(100).nullable(),
  title: z.string().min(1).max(LIMITS.columnTitle).nullable(),
  order: orderKey,
});

export const noteSchema = z.strictObject({
  ...base,
  type: z.literal('note'),
  activityId: id,
  columnId: id,
  text: z.string().min(1).max(LIMITS.noteText),
  department: departmentId,
  order: orderKey,
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const CORE_SCHEMAS = [workshopSchema, activitySchema, columnSchema, noteSchema] as const;

/** Any record, by its `type`. */
export const recordSchema = z.discriminatedUnion('type', [...CORE_SCHEMAS, ...FACILITATION_SCHEMAS, ...EXERCISE_SCHEMAS]);
