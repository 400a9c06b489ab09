import { z } from 'zod';
import { LIMITS } from '../model/limits';
import { REALIGNMENT_STEPS } from '../templates/default-workshop';
import type { AnyRecord, NoteRecord } from '../model/types';
import { id } from '../model/schemas';

/**
 * Records the room needs that the data model does not have yet. They are a
 * proposal for the model (schema version 2): until they are folded into
 * shared/model, the room works on {@link RoomRecordMap}, a record map that may
 * also hold these kinds, and passes it to the existing pure operations, which
 * only look at the kinds they know.
 */

/** A note written from a device remembers its author (the participant record's id; null when typed at the laptop). */
export type AuthoredNote = NoteRecord;

/** Links a participant to the device pass that lets them back in; only its SHA-256 is kept. */
export interface RoomMemberRecord {
  type: 'roomMember';
  id: string;
  workshopId: string;
  participantId: string;
  /** SHA-256 of the pass, hex; the pass itself never leaves the room server and the device. */
  passHash: string;
  /** Removed by the facilitator: the pass no longer lets anyone in. */
  removed: boolean;
  joinedAt: string;
}

/** One participant's own rating (1–5) of one step of the plan, from their device. */
export interface ParticipantRatingRecord {
  type: 'participantRating';
  id: string;
  workshopId: string;
  participantId: string;
  step: (typeof REALIGNMENT_STEPS)[number];
  score: number;
}

/** Dots one participant gave one note or stack from their device (scribe votes stay `dotVote`). */
export interface DeviceVoteRecord {
  type: 'deviceVote';
  id: string;
  workshopId: string;
  activityId: string;
  targetId: string;
  participantId: string;
  count: number;
}

/** A participant said "I'm done" for an activity; removing it takes that back. */
export interface ParticipantDoneRecord {
  type: 'participantDone';
  id: string;
  workshopId: string;
  activityId: string;
  participantId: string;
}

/**
 * An intent the facilitator's app has applied, written in the same diff as
 * its effect: a resend with the same id (after a dropped connection or a
 * reload) finds it and is confirmed again without a second effect.
 */
export interface RoomReceiptRecord {
  type: 'roomReceipt';
  id: string;
  workshopId: string;
  participantId: string;
  intentId: string;
  at: string;
}

export type ProposedRecord =
  | RoomMemberRecord
  | ParticipantRatingRecord
  | DeviceVoteRecord
  | ParticipantDoneRecord
  | RoomReceiptRecord;

/** What the room reads and writes: today's records (notes possibly with an author) and the proposed ones. */
export type RoomRecord = Exclude<AnyRecord, NoteRecord> | AuthoredNote | ProposedRecord;
export type RoomRecordMap = Readonly<Record<string, RoomRecord>>;

export interface RoomDiff {
  added: RoomRecord[];
  updated: Array<[RoomRecord, RoomRecord]>;
  removed: RoomRecord[];
}

/** The id of the receipt of `intentId` from `participantId`: one per participant and intent. */
export function receiptId(participantId: string, intentId: string): string {
  return `receipt:${participantId}:${intentId}`;
}

const base = { id, workshopId: id };
const score = z.number().int().min(1).max(5);

export const roomMemberSchema = z.strictObject({
  ...base,
  type: z.literal('roomMember'),
  participantId: id,
  passHash: z.string().regex(/^[0-9a-f]{64}$/),
  removed: z.boolean(),
  joinedAt: z.string().min(1).max(40),
});

export const participantRatingSchema = z.strictObject({
  ...base,
  type: z.literal('participantRating'),
  participantId: id,
  step: z.enum(REALIGNMENT_STEPS),
  score,
});

export const deviceVoteSchema = z.strictObject({
  ...base,
  type: z.literal('deviceVote'),
  activityId: id,
  targetId: id,
  participantId: id,
  count: z.number().int().min(0).max(50),
});

export const participantDoneSchema = z.strictObject({
  ...base,
  type: z.literal('participantDone'),
  activityId: id,
  participantId: id,
});

export const roomReceiptSchema = z.strictObject({
  ...base,
  type: z.literal('roomReceipt'),
  participantId: id,
  intentId: z.string().min(1).max(40),
  at: z.string().min(1).max(40),
});

export const PROPOSED_SCHEMAS = [
  roomMemberSchema,
  participantRatingSchema,
  deviceVoteSchema,
  participantDoneSchema,
  roomReceiptSchema,
] as const;

/** A participant's display name: as long as the participants list allows. */
export const PARTICIPANT_NAME_MAX = LIMITS.departmentName;
