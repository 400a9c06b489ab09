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

/**
 * An intent the facilitator's app has applied, written in the same diff as its
 * effect: a resend with the same id (after a dropped connection or a reload)
 * finds it and is confirmed again without a second effect.
 */
export const roomReceiptSchema = z.strictObject({
  ...base,
  type: z.literal('roomReceipt'),
  participantId: id,
  intentId: z.string().min(1).max(40),
  at: isoTime,
});
export type RoomReceiptRecord = z.infer<typeof roomReceiptSchema>;

export const ROOM_SCHEMAS = [roomMemberSchema, participantRatingSchema, deviceVoteSchema, participantDoneSchema, roomReceiptSchema] as const;

export type RoomRecordKind = RoomMemberRecord | ParticipantRatingRecord | DeviceVoteRecord | ParticipantDoneRecord | RoomReceiptRecord;
