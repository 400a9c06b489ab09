import type { REALIGNMENT_STEPS } from '../templates/default-workshop';
import type { DepartmentId, RecordBase } from './types';

/**
 * Records of the structured exercises (role swap, agreements, shared metrics,
 * health check, 10-step plan, follow-up). Each extends RecordBase with a
 * unique `type` and has a zod schema in ./exercise-schemas.ts.
 */

/** One of the ten steps of the realignment plan. */
export type StepKey = (typeof REALIGNMENT_STEPS)[number];

/** Role swap: a guess note linked to the real item it matches, or judged a miss (`realNoteId: null`). */
export interface GuessMatchRecord extends RecordBase {
  type: 'guessMatch';
  guessNoteId: string;
  realNoteId: string | null;
}

/** Shared language: one contested term and what each side means by it. */
export interface GlossaryTermRecord extends RecordBase {
  type: 'glossaryTerm';
  term: string;
  salesMeaning: string;
  marketingMeaning: string;
  agreed: string;
  order: string;
}

export const LEAD_STAGES = ['inquiry', 'mql', 'sal', 'sql', 'won'] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];
export const HANDOFF_OPTIONS = ['leadsOnly', 'researchFirst'] as const;
export type HandoffOption = (typeof HANDOFF_OPTIONS)[number];

export interface StageAgreement {
  criteria: string;
  owner: DepartmentId | null;
}

/** Lead handoff: stage criteria and owners, the handoff decision and the service-level agreement. */
export interface HandoffRecord extends RecordBase {
  type: 'handoff';
  stages: Record<LeadStage, StageAgreement>;
  votes: Record<HandoffOption, number>;
  decision: HandoffOption | null;
  rationale: string;
  slaDelivers: string;
  slaFollowUpHours: number | null;
  slaAttempts: number | null;
  slaRejected: string;
}

/** The joint project's charter. */
export interface CharterRecord extends RecordBase {
  type: 'charter';
  goal: string;
  budget: string;
  salesOwner: string;
  marketingOwner: string;
  deadline: string | null;
  successMetric: string;
}

export const KPI_CADENCES = ['weekly', 'monthly', 'quarterly'] as const;
export type KpiCadence = (typeof KPI_CADENCES)[number];

/** A shared KPI and how it is reported. */
export interface KpiRecord extends RecordBase {
  type: 'kpi';
  name: string;
  definition: string;
  formula: string;
  baseline: string;
  target: string;
  owner: string;
  cadence: KpiCadence;
  order: string;
}

/** Health check: one department's (group) rating of one step, 1–5. */
export interface HealthRatingRecord extends RecordBase {
  type: 'healthRating';
  department: DepartmentId;
  step: StepKey;
  score: number;
}

export const ACTION_STATUSES = ['open', 'inProgress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Where an action has been: one entry per earlier session it came through. */
export interface ActionHistoryEntry {
  workshopTitle: string;
  date: string;
  status: ActionStatus;
}

/** A commitment of the realignment plan. */
export interface ActionRecord extends RecordBase {
  type: 'action';
  /** The step's lane; null until someone places it. */
  step: StepKey | null;
  text: string;
  salesOwner: string;
  marketingOwner: string;
  due: string | null;
  status: ActionStatus;
  successMeasure: string;
  /** The note it was made from (kept as a link and as text, the note may be deleted). */
  sourceNoteId: string | null;
  sourceText: string;
  history: ActionHistoryEntry[];
  order: string;
  createdAt: string;
}

/** Step scores of one department: null where the step was not rated. */
export type StepScores = Record<StepKey, number | null>;

/** Marks a workshop as the follow-up of an earlier one, with that session's health check. */
export interface FollowUpRecord extends RecordBase {
  type: 'followUp';
  previousWorkshopId: string;
  previousTitle: string;
  previousDate: string;
  previousScores: Record<DepartmentId, StepScores>;
}

export const GOAL_HORIZONS = ['month', 'quarter', 'year', 'longer'] as const;
export type GoalHorizon = (typeof GOAL_HORIZONS)[number];

/** How far ahead a goal note on the Goals board looks. */
export interface GoalHorizonRecord extends RecordBase {
  type: 'goalHorizon';
  noteId: string;
  horizon: GoalHorizon;
}

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
