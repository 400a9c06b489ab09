import type { Diff } from '../model/diff';
import type { AnyRecord, RecordMap } from '../model/types';
import { EMPTY_DIFF } from '../model/diff';
import type { DepartmentId, OpContext } from '../model/types';
import { addParticipant } from '../ops/facilitation';
import type { REALIGNMENT_STEPS } from '../templates/default-workshop';
import { getRecord, recordsOfType } from '../model/queries';
import { APPLIED_INTENTS_KEPT } from '../model/room-types';

/**
 * Pure operations on the proposed room records, in the same shape as the
 * operations in shared/ops: `(records, …, ctx) => diff`.
 */

/** One dot more or less from a participant's device; never below zero (the budget is checked by authorise). */
export function castDeviceVote(
  records: RecordMap,
  vote: { activityId: string; targetId: string; participantId: string; delta: 1 | -1 },
  ctx: OpContext,
): Diff {
  const existing = recordsOfType(records, 'deviceVote').find(
    (candidate) => candidate.participantId === vote.participantId && candidate.targetId === vote.targetId && candidate.activityId === vote.activityId,
  );
  const count = (existing?.count ?? 0) + vote.delta;
  if (count < 0) return EMPTY_DIFF;
  if (!existing) {
    const workshopId = getRecord(records, vote.activityId, 'activity')?.workshopId ?? '';
    const { activityId, targetId, participantId } = vote;
    return { added: [{ type: 'deviceVote', id: ctx.newId(), workshopId, activityId, targetId, participantId, count }], updated: [], removed: [] };
  }
  if (count === 0) return { added: [], updated: [], removed: [existing] };
  return { added: [], updated: [[existing, { ...existing, count }]], removed: [] };
}

/** A participant's own rating of one step; `null` clears it. */
export function rateAsParticipant(
  records: RecordMap,
  participantId: string,
  step: (typeof REALIGNMENT_STEPS)[number],
  score: number | null,
  ctx: OpContext,
): Diff {
  const existing = recordsOfType(records, 'participantRating').find((rating) => rating.participantId === participantId && rating.step === step);
  if (existing && score === null) return { added: [], updated: [], removed: [existing] };
  if (existing && score !== null) return existing.score === score ? EMPTY_DIFF : { added: [], updated: [[existing, { ...existing, score }]], removed: [] };
  if (score === null) return EMPTY_DIFF;
  const workshopId = getRecord(records, participantId, 'participant')?.workshopId ?? '';
  return { added: [{ type: 'participantRating', id: ctx.newId(), workshopId, participantId, step, score }], updated: [], removed: [] };
}

/** "I'm done" for an activity, or taking it back. */
export function setDone(records: RecordMap, participantId: string, activityId: string, done: boolean, ctx: OpContext): Diff {
  const existing = recordsOfType(records, 'participantDone').find((record) => record.participantId === participantId && record.activityId === activityId);
  if (done === Boolean(existing)) return EMPTY_DIFF;
  if (existing) return { added: [], updated: [], removed: [existing] };
  const workshopId = getRecord(records, activityId, 'activity')?.workshopId ?? '';
  return { added: [{ type: 'participantDone', id: ctx.newId(), workshopId, activityId, participantId }], updated: [], removed: [] };
}

/**
 * Someone joined from a device: a participant (with the id the room made) and
 * the hash of their pass. Someone on the workshop's list who had not joined
 * yet (same name and department) takes that place on the list instead of
 * appearing twice. Joining again with a known id changes nothing.
 */
export function joinParticipant(
  records: RecordMap,
  workshopId: string,
  join: { participantId: string; name: string; department: DepartmentId; passHash: string },
  ctx: OpContext,
): Diff {
  if (records[join.participantId]) return EMPTY_DIFF;
  const member: AnyRecord = {
    type: 'roomMember',
    id: ctx.newId(),
    workshopId,
    participantId: join.participantId,
    passHash: join.passHash,
    removed: false,
    joinedAt: ctx.now,
  };
  const listed = listedNotJoined(records, join.name, join.department);
  if (listed) return { added: [{ ...listed, id: join.participantId }, member], updated: [], removed: [listed] };
  const person = addParticipant(records, workshopId, join.name, join.department, { now: ctx.now, newId: () => join.participantId });
  return { added: [...person.added, member], updated: [], removed: [] };
}

/** The listed participant of that name and department who has no device yet (nothing of theirs points at them). */
function listedNotJoined(records: RecordMap, name: string, department: DepartmentId) {
  const joined = new Set(recordsOfType(records, 'roomMember').map((member) => member.participantId));
  const key = name.trim().toLocaleLowerCase();
  return recordsOfType(records, 'participant').find(
    (person) => !joined.has(person.id) && person.department === department && person.name.trim().toLocaleLowerCase() === key,
  );
}

/** The facilitator removed a participant from the room: their pass no longer lets them in. Their notes stay. */
export function removeMember(records: RecordMap, participantId: string): Diff {
  const member = recordsOfType(records, 'roomMember').find((candidate) => candidate.participantId === participantId);
  if (!member || member.removed) return EMPTY_DIFF;
  return { added: [], updated: [[member, { ...member, removed: true }]], removed: [] };
}

/** The id of the record of the intents applied for `participantId`: one per participant. */
export function appliedIntentsId(participantId: string): string {
  return `applied:${participantId}`;
}

/** The id of a receipt of one intent, as versions before `appliedIntents` wrote them. */
export function legacyReceiptId(participantId: string, intentId: string): string {
  return `receipt:${participantId}:${intentId}`;
}

/** Whether the facilitator's app already applied `intentId` from `participantId`'s devices. */
export function wasApplied(records: RecordMap, participantId: string, intentId: string): boolean {
  const applied = getRecord(records, appliedIntentsId(participantId), 'appliedIntents');
  return applied?.intentIds.includes(intentId) === true || getRecord(records, legacyReceiptId(participantId, intentId), 'roomReceipt') !== undefined;
}

/** Adds `intentId` to the participant's applied intents, the oldest dropped past APPLIED_INTENTS_KEPT. */
export function markApplied(records: RecordMap, workshopId: string, participantId: string, intentId: string, ctx: OpContext): Diff {
  const id = appliedIntentsId(participantId);
  const before = getRecord(records, id, 'appliedIntents');
  if (!before) return { added: [{ type: 'appliedIntents', id, workshopId, participantId, intentIds: [intentId], at: ctx.now }], updated: [], removed: [] };
  const intentIds = [...before.intentIds, intentId].slice(-APPLIED_INTENTS_KEPT);
  return { added: [], updated: [[before, { ...before, intentIds, at: ctx.now }]], removed: [] };
}
