import { z } from 'zod';
import { REALIGNMENT_STEPS } from '../templates/default-workshop';
import { base, id, isoTime } from './fields';

/**
 * The records of the room: participants writing from their own devices. The
 * facilitator's app is their only writer (see shared/room/); a device's
 * participant is an ordinary `participant` record, these hold what the room
 * adds to it.
 */

/** Links a participant to the device pass that lets them back in; only its SHA-256 is kept. */
export const roomMemberSchema = z.strictObject({
  ...base,
  type: z.literal('roomMember'),
  participantId: id,
  /** SHA-256 of the pass, hex; the pass itself never leaves the room server and the device. */
  passHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Removed by the facilitator: the pass no longer lets anyone in. */
  removed: z.boolean(),
  joinedAt: isoTime,
});
export type RoomMemberRecord = z.infer<typeof roomMemberSchema>;

/** One participant's own rating (1–5) of one step of the plan; department averages are computed from them. */
export const participantRatingSchema = z.strictObject({
  ...base,
  type: z.literal('participantRating'),
  participantId: id,
  step: z.enum(REALIGNMENT_STEPS),
  score: z.number().int().min(1).max(5),
});
export type ParticipantRatingRecord = z.infer<typeof participantRatingSchema>;

/** Dots one participant gave one note or stack from their device (dots typed at the laptop stay `dotVote`). */
export const deviceVoteSchema = z.strictObject({
  ...base,
  type: z.literal('deviceVote'),
  activityId: id,
  targetId: id,
  participantId: id,
  count: z.number().int().min(0).max(50),
});
export type DeviceVoteRecord = z.infer<typeof deviceVoteSchema>;

/** A participant said "I'm done" for an activity; removing the record takes that back. */
export const participantDoneSchema = z.strictObject({
  ...base,
  type: z.literal('participantDone'),
  activityId: id,
  participantId: id,
});
export type ParticipantDoneRecord = z.infer<typeof participantDoneSchema>;

/** How many of a participant's latest applied intent ids are kept (see appliedIntentsSchema). */
export const APPLIED_INTENTS_KEPT = 1000;

/**
 * The intents of one participant's devices the facilitator's app has applied,
 * latest last, written in the same diff as each one's effect: a resend with an
 * id on the list (after a dropped connection or a reload) is confirmed again
 * without a second effect. One record per participant keeps the open
 * workshop's records few (a room of 200 sends thousands of intents). Only the
 * latest APPLIED_INTENTS_KEPT are kept: a device resends only what it sent and
 * heard nothing for, and the room takes at most 40 messages at once and 10 a
 * second from a connection (it closes one that sends more).
 */
export const appliedIntentsSchema = z.strictObject({
  ...base,
  type: z.literal('appliedIntents'),
  participantId: id,
  intentIds: z.array(z.string().min(1).max(40)).max(APPLIED_INTENTS_KEPT),
  at: isoTime,
});
export type AppliedIntentsRecord = z.infer<typeof appliedIntentsSchema>;

/**
 * One applied intent, as versions before `appliedIntents` wrote them (a record
 * per intent). Still read and honoured, so a workshop whose room ran under an
 * older version opens as it was; no longer written.
 */
export const roomReceiptSchema = z.strictObject({
  ...base,
  type: z.literal('roomReceipt'),
  participantId: id,
  intentId: z.string().min(1).max(40),
  at: isoTime,
});
export type RoomReceiptRecord = z.infer<typeof roomReceiptSchema>;

export const ROOM_SCHEMAS = [roomMemberSchema, participantRatingSchema, deviceVoteSchema, participantDoneSchema, appliedIntentsSchema, roomReceiptSchema] as const;

export type RoomRecordKind = RoomMemberRecord | ParticipantRatingRecord | DeviceVoteRecord | ParticipantDoneRecord | AppliedIntentsRecord | RoomReceiptRecord;
