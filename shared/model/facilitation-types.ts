import type { DepartmentId, RecordBase } from './types';

/**
 * Records of running the workshop: one run per activity (phase, timer,
 * spotlight), workshop-wide facilitation settings, dot votes, note stacks,
 * participants and decisions. Every change to them is a diff like any other,
 * so undo, persistence and the projector window need nothing special.
 */

/** The phases of an activity, in order (DESIGN.md §3). */
export const PHASES = ['write', 'reveal', 'group', 'vote', 'discuss', 'done'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * A timer stored as facts, not as a ticking number: when it was last started
 * (null while paused) and the time it ran before that. The remaining time is
 * computed from the clock, so a restart mid-activity loses nothing.
 */
export interface TimerState {
  startedAt: string | null;
  accumulatedMs: number;
  /** Minutes added with "+1 min" on top of the activity's timebox. */
  extraMinutes: number;
}

export interface ActivityRunRecord extends RecordBase {
  type: 'activityRun';
  activityId: string;
  phase: Phase;
  timer: TimerState;
  /** The note or stack shown big on the projector, if any. */
  spotlightId: string | null;
  skipped: boolean;
  /** The question for the room when the facilitator wrote their own; null uses the template's. */
  prompt: string | null;
}

/** One per workshop: what the projector follows and how voting works. */
export interface FacilitationSettingsRecord extends RecordBase {
  type: 'facilitation';
  currentActivityId: string | null;
  anonymous: boolean;
  votesPerPerson: number;
  /** Keep the tally off the projector until the vote ends. */
  hideTally: boolean;
  muted: boolean;
}

/** Dots a department gave one note or stack, as recorded by the scribe. */
export interface DotVoteRecord extends RecordBase {
  type: 'dotVote';
  activityId: string;
  targetId: string;
  department: DepartmentId;
  count: number;
}

/** Notes grouped as one; the first note is the anchor the stack sits at. */
export interface NoteStackRecord extends RecordBase {
  type: 'noteStack';
  activityId: string;
  title: string;
  noteIds: string[];
}

export interface ParticipantRecord extends RecordBase {
  type: 'participant';
  name: string;
  department: DepartmentId;
  order: string;
}

/** A decision or action captured while discussing a note or stack. */
export interface ActivityDecisionRecord extends RecordBase {
  type: 'activityDecision';
  activityId: string;
  sourceId: string | null;
  text: string;
  createdAt: string;
}

export type FacilitationRecord =
  | ActivityRunRecord
  | FacilitationSettingsRecord
  | DotVoteRecord
  | NoteStackRecord
  | ParticipantRecord
  | ActivityDecisionRecord
  | CustomTemplateRecord;

/** One activity of a saved template: its (custom or template) titles, timebox and columns. */
export interface TemplateActivityShape {
  templateKey: string | null;
  title: string | null;
  timeboxMinutes: number;
  columns: Array<{ templateKey: string | null; title: string | null }>;
}

/**
 * A workshop's agenda saved as a template to start new workshops from. It
 * belongs to no workshop: its `workshopId` is its own id.
 */
export interface CustomTemplateRecord extends RecordBase {
  type: 'customTemplate';
  title: string;
  activities: TemplateActivityShape[];
  createdAt: string;
}
