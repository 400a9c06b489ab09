import { composeDiffs, type Diff } from '../model/diff';
import type { NoteRecord, RecordMap } from '../model/types';
import { GUESS_COLUMNS } from '../exercises/role-swap';
import { isBoardItem } from '../facilitation/stacks';
import { DomainError } from '../model/errors';
import type { Phase } from '../model/facilitation-types';
import { DEFAULT_VOTES_PER_PERSON } from '../facilitation/runs';
import type { OpContext } from '../model/types';
import { addNote, deleteNote, editNote } from '../ops/notes';
import type { DeviceIntent, Refusal } from './protocol';
import { getRecord, recordsOfType } from '../model/queries';
import { settingsOf } from '../facilitation/runs';
import { currentActivityId, deviceVotesUsed, HEALTH_ACTIVITY_KEY, runFor } from './queries';
import { castDeviceVote, markApplied, rateAsParticipant, setDone, wasApplied } from './room-ops';

/**
 * Whether a participant's intent is allowed, decided from the records alone,
 * and the domain operation it becomes. The facilitator's app is the only
 * writer: it applies the operation through its write path and only then
 * confirms to the device.
 */

export type Operation = (records: RecordMap, ctx: OpContext) => Diff;
export type Decision = { ok: true; operation: Operation } | { ok: false; reason: Refusal };

const refuse = (reason: Refusal): Decision => ({ ok: false, reason });
const allow = (operation: Operation): Decision => ({ ok: true, operation });

/** Notes may be written, edited and deleted by their authors until the reveal. */
const WRITE: Phase = 'write';

export function authorise(records: RecordMap, participantId: string, intent: DeviceIntent): Decision {
  const me = getRecord(records, participantId, 'participant');
  const member = recordsOfType(records, 'roomMember').find((candidate) => candidate.participantId === participantId);
  if (!me || member?.removed) return refuse('notJoined');
  const activityId = currentActivityId(records);
  if (activityId === null || getRecord(records, activityId, 'activity')?.workshopId !== me.workshopId) return refuse('notCurrentActivity');
  const phase: Phase = runFor(records, activityId)?.phase ?? 'write';

  switch (intent.t) {
    case 'addNote': {
      const column = getRecord(records, intent.columnId, 'column');
      if (!column) return refuse('notFound');
      if (column.activityId !== activityId) return refuse('notCurrentActivity');
      if (phase !== WRITE) return refuse('wrongPhase');
      const writer = column.templateKey ? GUESS_COLUMNS[column.templateKey]?.writtenBy : undefined;
      if (writer !== undefined && writer !== me.department) return refuse('columnNotYours');
      return allow((current, ctx) => withAuthor(addNote(current, { columnId: column.id, text: intent.text, department: me.department }, ctx), me.id));
    }
    case 'editNote':
    case 'deleteNote': {
      const note = getRecord(records, intent.noteId, 'note') as NoteRecord | undefined;
      if (!note) return refuse('notFound');
      if (note.activityId !== activityId) return refuse('notCurrentActivity');
      if (note.author !== me.id) return refuse('notYours');
      if (phase !== WRITE) return refuse('wrongPhase');
      if (intent.t === 'deleteNote') return allow((current) => deleteNote(current, note.id));
      return allow((current, ctx) => editNote(current, note.id, { text: intent.text }, ctx));
    }
    case 'vote': {
      if (phase !== 'vote') return refuse('wrongPhase');
      if (!isBoardItem(records, activityId, intent.targetId)) return refuse('notFound');
      if (intent.delta > 0) {
        const budget = settingsOf(records)?.votesPerPerson ?? DEFAULT_VOTES_PER_PERSON;
        if (deviceVotesUsed(records, activityId, me.id) >= budget) return refuse('noVotesLeft');
      } else {
        const mine = recordsOfType(records, 'deviceVote').find((vote) => vote.participantId === me.id && vote.targetId === intent.targetId);
        if (!mine || mine.count <= 0) return refuse('nothingToTakeBack');
      }
      return allow((current, ctx) => castDeviceVote(current, { activityId, targetId: intent.targetId, participantId: me.id, delta: intent.delta }, ctx));
    }
    case 'rate': {
      if (getRecord(records, activityId, 'activity')?.templateKey !== HEALTH_ACTIVITY_KEY) return refuse('notHealthCheck');
      if (phase === 'done') return refuse('wrongPhase');
      return allow((current, ctx) => rateAsParticipant(current, me.id, intent.step, intent.score, ctx));
    }
    case 'done': {
      if (intent.activityId !== activityId) return refuse('notCurrentActivity');
      return allow((current, ctx) => setDone(current, me.id, activityId, intent.done, ctx));
    }
  }
}

function withAuthor(diff: Diff, author: string): Diff {
  return { ...diff, added: diff.added.map((record) => (record.type === 'note' ? { ...record, author } : record)) };
}

export type Outcome =
  | { status: 'applied'; diff: Diff }
  | { status: 'duplicate' }
  | { status: 'refused'; reason: Refusal };

/**
 * Authorises and runs an intent, once: the diff adds the intent's id to the
 * participant's applied intents, and an intent already there is a duplicate
 * (confirmed again, nothing changes). Never throws on a participant's input.
 */
export function applyIntent(records: RecordMap, participantId: string, intent: DeviceIntent, ctx: OpContext): Outcome {
  if (wasApplied(records, participantId, intent.id)) return { status: 'duplicate' };
  const decision = authorise(records, participantId, intent);
  if (!decision.ok) return { status: 'refused', reason: decision.reason };
  let diff: Diff;
  try {
    diff = decision.operation(records, ctx);
  } catch (error) {
    if (error instanceof DomainError && (error.code === 'textRequired' || error.code === 'textTooLong' || error.code === 'notFound' || error.code === 'tooManyNotes')) {
      return { status: 'refused', reason: error.code };
    }
    throw error;
  }
  const workshopId = getRecord(records, participantId, 'participant')?.workshopId ?? '';
  return { status: 'applied', diff: composeDiffs([diff, markApplied(records, workshopId, participantId, intent.id, ctx)]) };
}
