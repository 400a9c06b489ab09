import { z } from 'zod';
import { base, departmentId, id, isoTime, line, orderKey, text } from './fields';
import { LIMITS } from './limits';

/**
 * Records of running the workshop: one run per activity (phase, timer,
 * spotlight), workshop-wide facilitation settings, dot votes, note stacks,
 * participants and decisions, and the templates saved from a workshop's agenda.
 * Each kind is defined once, as a zod schema; its type is inferred from it.
 * Every change to them is a diff like any other, so undo, persistence and the
 * projector window need nothing special.
 */

/** The phases of an activity, in order. */
export const PHASES = ['write', 'reveal', 'group', 'vote', 'discuss', 'done'] as const;
export type Phase = (typeof PHASES)[number];

/** A week: no timer runs longer; it keeps the remaining time a number a clock can show. */
const MAX_TIMER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A timer stored as facts, not as a ticking number: when it was last started
 * (null while paused) and the time it ran before that. The remaining time is
 * computed from the clock, so a restart mid-activity loses nothing.
 */
const timer = z.strictObject({
  startedAt: isoTime.nullable(),
  accumulatedMs: z.number().int().min(0).max(MAX_TIMER_MS),
  /** Minutes added with "+1 min" on top of the activity's timebox. */
  extraMinutes: z.number().int().min(0).max(24 * 60),
});
export type TimerState = z.infer<typeof timer>;

export const activityRunSchema = z.strictObject({
  ...base,
  type: z.literal('activityRun'),
  activityId: id,
  phase: z.enum(PHASES),
  timer,
  /** The note or stack shown big on the projector, if any. */
  spotlightId: id.nullable(),
  skipped: z.boolean(),
  /** The question for the room when the facilitator wrote their own; null uses the template's. */
  prompt: text(LIMITS.noteText).min(1).nullable(),
});
export type ActivityRunRecord = z.infer<typeof activityRunSchema>;

/** One per workshop: what the projector follows and how voting works. */
export const facilitationSettingsSchema = z.strictObject({
  ...base,
  type: z.literal('facilitation'),
  currentActivityId: id.nullable(),
  anonymous: z.boolean(),
  votesPerPerson: z.number().int().min(1).max(50),
  /** Keep the tally off the projector until the vote ends. */
  hideTally: z.boolean(),
  muted: z.boolean(),
});
export type FacilitationSettingsRecord = z.infer<typeof facilitationSettingsSchema>;

/** Dots a department gave one note or stack, as recorded by the scribe. */
export const dotVoteSchema = z.strictObject({
  ...base,
  type: z.literal('dotVote'),
  activityId: id,
  targetId: id,
  department: departmentId,
  count: z.number().int().min(0).max(10_000),
});
export type DotVoteRecord = z.infer<typeof dotVoteSchema>;

/** Notes grouped as one; the first note is the anchor the stack sits at. */
export const noteStackSchema = z.strictObject({
  ...base,
  type: z.literal('noteStack'),
  activityId: id,
  title: line(LIMITS.columnTitle),
  noteIds: z.array(id).min(2).max(1000),
});
export type NoteStackRecord = z.infer<typeof noteStackSchema>;

export const participantSchema = z.strictObject({
  ...base,
  type: z.literal('participant'),
  name: line(LIMITS.departmentName).min(1),
  department: departmentId,
  order: orderKey,
});
export type ParticipantRecord = z.infer<typeof participantSchema>;

/** A decision or action captured while discussing a note or stack. */
export const activityDecisionSchema = z.strictObject({
  ...base,
  type: z.literal('activityDecision'),
  activityId: id,
  sourceId: id.nullable(),
  text: text(LIMITS.noteText).min(1),
  createdAt: isoTime,
});
export type ActivityDecisionRecord = z.infer<typeof activityDecisionSchema>;

const templateTitle = line(LIMITS.columnTitle).min(1).nullable();

/** One activity of a saved template: its (custom or template) titles, timebox and columns. */
const templateActivity = z.strictObject({
  templateKey: z.string().max(100).nullable(),
  title: templateTitle,
  timeboxMinutes: z.number().int().min(0).max(24 * 60),
  columns: z.array(z.strictObject({ templateKey: z.string().max(100).nullable(), title: templateTitle })).min(1).max(50),
});
export type TemplateActivityShape = z.infer<typeof templateActivity>;

/**
 * A workshop's agenda saved as a template to start new workshops from. It
 * belongs to no workshop: its `workshopId` is its own id.
 */
export const customTemplateSchema = z.strictObject({
  ...base,
  type: z.literal('customTemplate'),
  title: line(LIMITS.workshopTitle).min(1),
  activities: z.array(templateActivity).min(1).max(100),
  createdAt: isoTime,
});
export type CustomTemplateRecord = z.infer<typeof customTemplateSchema>;

export const FACILITATION_SCHEMAS = [
  activityRunSchema,
  facilitationSettingsSchema,
  dotVoteSchema,
  noteStackSchema,
  participantSchema,
  activityDecisionSchema,
  customTemplateSchema,
] as const;

export type FacilitationRecord =
  | ActivityRunRecord
  | FacilitationSettingsRecord
  | DotVoteRecord
  | NoteStackRecord
  | ParticipantRecord
  | ActivityDecisionRecord
  | CustomTemplateRecord;
