import type { ExerciseRecord } from './exercise-types';
import type { FacilitationRecord } from './facilitation-types';

/**
 * The records a workshop is made of. Every record carries its workshop's id so
 * one indexed query loads a whole workshop, and every change is a diff of
 * records (see ./diff.ts).
 */

/** The two departments of the room. Names and colours are the workshop's. */
export const DEPARTMENT_IDS = ['sales', 'marketing'] as const;
export type DepartmentId = (typeof DEPARTMENT_IDS)[number];

export interface Department {
  id: DepartmentId;
  name: string;
  /** A CSS hex colour, e.g. `#0f766e`. */
  color: string;
}

export interface RecordBase {
  id: string;
  workshopId: string;
}

export interface WorkshopRecord extends RecordBase {
  type: 'workshop';
  title: string;
  organisation: string;
  /** Who runs the workshop; absent in data written before it existed. */
  facilitator?: string;
  /** The day of the workshop, `YYYY-MM-DD`. */
  date: string;
  departments: [Department, Department];
  createdAt: string;
  updatedAt: string;
}

export interface ActivityRecord extends RecordBase {
  type: 'activity';
  /** Key of the template activity it came from; null for a custom board. */
  templateKey: string | null;
  /** The title the facilitator typed; null shows the template's translated title. */
  title: string | null;
  order: string;
  timeboxMinutes: number;
}

export interface ColumnRecord extends RecordBase {
  type: 'column';
  activityId: string;
  templateKey: string | null;
  title: string | null;
  order: string;
}

export interface NoteRecord extends RecordBase {
  type: 'note';
  activityId: string;
  columnId: string;
  text: string;
  department: DepartmentId;
  order: string;
  createdAt: string;
  updatedAt: string;
}

export type CoreRecord = WorkshopRecord | ActivityRecord | ColumnRecord | NoteRecord;

/**
 * Every record kind. Feature areas declare their own records in their own
 * files (facilitation: votes, stacks, participants…; exercises: role-swap
 * matches, glossary, KPIs, ratings, actions…) and join them here.
 */
export type AnyRecord = CoreRecord | FacilitationRecord | ExerciseRecord;
export type RecordType = AnyRecord['type'];

/** A loaded workshop: its records by id. */
export type RecordMap = Readonly<Record<string, AnyRecord>>;

/** What an operation needs from outside to stay pure: the clock and id source. */
export interface OpContext {
  now: string;
  newId: () => string;
}
