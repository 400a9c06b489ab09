import { z } from 'zod';
import { base, day, departmentId, id, isoTime, line, orderKey, text } from './fields';
import { LIMITS } from './limits';
import type { ExerciseRecord } from './exercise-types';
import type { FacilitationRecord } from './facilitation-types';
import type { RoomRecordKind } from './room-types';

/**
 * The core records of a workshop: the workshop, its activities, their columns and
 * the notes on them. Each kind is defined once, as a zod schema; its TypeScript type
 * is inferred from it. Every record carries its workshop's id so one indexed query
 * loads a whole workshop, and every change is a diff of records (see ./diff.ts).
 * The registry of all kinds, with their reference fields, is ./schemas.ts.
 */

export { DEPARTMENT_IDS, type DepartmentId } from './fields';

const department = z.strictObject({
  id: departmentId,
  name: line(LIMITS.departmentName).min(1),
  /** A CSS hex colour, e.g. `#0f766e`. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type Department = z.infer<typeof department>;

export const workshopSchema = z.strictObject({
  ...base,
  type: z.literal('workshop'),
  title: line(LIMITS.workshopTitle).min(1),
  organisation: line(LIMITS.organisation),
  /** Who runs the workshop; absent in data written before it existed. */
  facilitator: line(LIMITS.facilitator).optional(),
  /** The day of the workshop. */
  date: day,
  /** Both departments, each once: every screen looks a department up by its id. */
  departments: z
    .tuple([department, department])
    .refine(([first, second]) => first.id !== second.id, { message: 'The two departments need different ids' }),
  createdAt: isoTime,
  updatedAt: isoTime,
  /** When it came in from a file, until it is renamed: tells it from its original on the home list. */
  importedAt: isoTime.optional(),
});
export type WorkshopRecord = z.infer<typeof workshopSchema>;

export const activitySchema = z.strictObject({
  ...base,
  type: z.literal('activity'),
  /** Key of the template activity it came from; null for a custom board. */
  templateKey: z.string().max(100).nullable(),
  /** The title the facilitator typed; null shows the template's translated title. */
  title: line(LIMITS.columnTitle).min(1).nullable(),
  order: orderKey,
  timeboxMinutes: z.number().int().min(0).max(24 * 60),
});
export type ActivityRecord = z.infer<typeof activitySchema>;

export const columnSchema = z.strictObject({
  ...base,
  type: z.literal('column'),
  activityId: id,
  templateKey: z.string().max(100).nullable(),
  title: line(LIMITS.columnTitle).min(1).nullable(),
  order: orderKey,
});
export type ColumnRecord = z.infer<typeof columnSchema>;

export const noteSchema = z.strictObject({
  ...base,
  type: z.literal('note'),
  activityId: id,
  columnId: id,
  text: text(LIMITS.noteText).min(1),
  department: departmentId,
  /** The participant who wrote it from their own device; null for a note typed at the facilitator's laptop. Since schema version 2. */
  author: id.nullable(),
  order: orderKey,
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type NoteRecord = z.infer<typeof noteSchema>;

export const CORE_SCHEMAS = [workshopSchema, activitySchema, columnSchema, noteSchema] as const;

export type CoreRecord = WorkshopRecord | ActivityRecord | ColumnRecord | NoteRecord;

/** Every record kind: the core ones here, and those of facilitation, the exercises and the room. */
export type AnyRecord = CoreRecord | FacilitationRecord | ExerciseRecord | RoomRecordKind;
export type RecordType = AnyRecord['type'];

/** The fields every record has. */
export interface RecordBase {
  id: string;
  workshopId: string;
}

/** A loaded workshop: its records by id. */
export type RecordMap = Readonly<Record<string, AnyRecord>>;

/** What an operation needs from outside to stay pure: the clock and id source. */
export interface OpContext {
  now: string;
  newId: () => string;
}

