import { z } from 'zod';
import { activitySchema, columnSchema, CORE_SCHEMAS, noteSchema, workshopSchema, type AnyRecord, type RecordType } from './types';
import {
  activityDecisionSchema,
  activityRunSchema,
  customTemplateSchema,
  dotVoteSchema,
  FACILITATION_SCHEMAS,
  facilitationSettingsSchema,
  noteStackSchema,
  participantSchema,
} from './facilitation-types';
import {
  actionSchema,
  charterSchema,
  EXERCISE_SCHEMAS,
  followUpSchema,
  glossaryTermSchema,
  goalHorizonSchema,
  guessMatchSchema,
  handoffSchema,
  healthRatingSchema,
  kpiSchema,
} from './exercise-types';
import {
  deviceVoteSchema,
  participantDoneSchema,
  participantRatingSchema,
  ROOM_SCHEMAS,
  roomMemberSchema,
  appliedIntentsSchema,
  roomReceiptSchema,
} from './room-types';

/**
 * The registry of record kinds: for each `type`, its schema (the one definition of
 * the record, see ./types.ts, ./facilitation-types.ts and ./exercise-types.ts) and
 * its reference fields — the fields holding other records' ids, which duplicate,
 * import and follow-up re-key. Schemas are strict: unknown keys are refused.
 */
export { id, isoTime, day, orderKey, departmentId } from './fields';

interface RecordKind<Schema extends z.ZodType> {
  schema: Schema;
  /** Fields holding the id (or ids) of another record of the same workshop. */
  references: ReadonlyArray<keyof z.infer<Schema> & string>;
}

const kind = <Schema extends z.ZodType>(schema: Schema, references: RecordKind<Schema>['references'] = []): RecordKind<Schema> => ({
  schema,
  references,
});

export const RECORD_KINDS = {
  workshop: kind(workshopSchema),
  activity: kind(activitySchema),
  column: kind(columnSchema, ['activityId']),
  note: kind(noteSchema, ['activityId', 'columnId', 'author']),
  activityRun: kind(activityRunSchema, ['activityId', 'spotlightId']),
  facilitation: kind(facilitationSettingsSchema, ['currentActivityId']),
  dotVote: kind(dotVoteSchema, ['activityId', 'targetId']),
  noteStack: kind(noteStackSchema, ['activityId', 'noteIds']),
  participant: kind(participantSchema),
  activityDecision: kind(activityDecisionSchema, ['activityId', 'sourceId']),
  customTemplate: kind(customTemplateSchema),
  goalHorizon: kind(goalHorizonSchema, ['noteId']),
  guessMatch: kind(guessMatchSchema, ['guessNoteId', 'realNoteId']),
  glossaryTerm: kind(glossaryTermSchema),
  handoff: kind(handoffSchema),
  charter: kind(charterSchema),
  kpi: kind(kpiSchema),
  healthRating: kind(healthRatingSchema),
  action: kind(actionSchema, ['sourceNoteId']),
  followUp: kind(followUpSchema),
  roomMember: kind(roomMemberSchema, ['participantId']),
  participantRating: kind(participantRatingSchema, ['participantId']),
  deviceVote: kind(deviceVoteSchema, ['activityId', 'targetId', 'participantId']),
  participantDone: kind(participantDoneSchema, ['activityId', 'participantId']),
  appliedIntents: kind(appliedIntentsSchema, ['participantId']),
  roomReceipt: kind(roomReceiptSchema, ['participantId']),
} as const satisfies { [T in RecordType]: RecordKind<z.ZodType<Extract<AnyRecord, { type: T }>>> };

/** Any record, by its `type`. */
export const recordSchema = z.discriminatedUnion('type', [...CORE_SCHEMAS, ...FACILITATION_SCHEMAS, ...EXERCISE_SCHEMAS, ...ROOM_SCHEMAS]);

/**
 * Records of this laptop's room, not of the workshop's content: the hashes of
 * device passes and the receipts of applied intents. They never leave the
 * laptop (exports leave them out) and a copy of the workshop does not take
 * them (its room has its own members).
 */
export const ROOM_SESSION_KINDS: ReadonlySet<RecordType> = new Set(['roomMember', 'appliedIntents', 'roomReceipt']);

/** The kinds a workshop file may hold: every kind but a saved template (it belongs to no workshop) and the room's session records. */
export const WORKSHOP_FILE_KINDS: ReadonlySet<RecordType> = new Set(
  (Object.keys(RECORD_KINDS) as RecordType[]).filter((type) => type !== 'customTemplate' && !ROOM_SESSION_KINDS.has(type)),
);

/** The records a copy or an export of a workshop carries: all but the room's session records. */
export function portableRecords(records: Iterable<AnyRecord>): AnyRecord[] {
  return [...records].filter((record) => !ROOM_SESSION_KINDS.has(record.type));
}

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compile-time probe: the record union and the schema union describe the same records. */
const probe: Equals<AnyRecord, z.infer<typeof recordSchema>> = true;
void probe;

/** The record ids a record points at, by its kind's declared reference fields. */
export function referencesOf(record: AnyRecord): Array<{ field: string; id: string }> {
  const found: Array<{ field: string; id: string }> = [];
  const fields = record as unknown as Record<string, unknown>;
  for (const field of RECORD_KINDS[record.type].references) {
    const value = fields[field];
    if (typeof value === 'string') found.push({ field, id: value });
    if (Array.isArray(value)) for (const id of value) if (typeof id === 'string') found.push({ field, id });
  }
  return found;
}
