// @vitest-environment node
import type { NoteRecord } from '../../shared/model/types';
import { describe, expect, it } from 'vitest';
import { authorise } from '../../shared/room/authorise';
import { recordsOfType } from '../../shared/model/queries';
import { applyDiff } from '../../shared/model/diff';
import { legacyReceiptId, removeMember } from '../../shared/room/room-ops';
import { APPLIED_INTENTS_KEPT } from '../../shared/model/room-types';
import { roomView } from '../../shared/room/visibility';
import { makeRoom, nextId } from './fixture';

function boardRoom() {
  const room = makeRoom();
  const board = room.activities[1]!;
  room.follow(board.id);
  const column = room.columns(board.id)[0]!;
  const [ala, bartek, celina] = room.ids as [string, string, string];
  return { room, board, column, ala, bartek, celina };
}

const notes = (room: ReturnType<typeof makeRoom>) => recordsOfType(room.records, 'note') as NoteRecord[];

describe('authorise and applyIntent', () => {
  it('adds a note with its author and the author’s department, in the write phase only', () => {
    const { room, board, column, celina } = boardRoom();
    expect(room.send(celina, { t: 'addNote', id: nextId(), columnId: column.id, text: '  Leads go cold  ' })).toMatchObject({ status: 'applied' });
    expect(notes(room)).toMatchObject([{ text: 'Leads go cold', author: celina, department: 'marketing', columnId: column.id }]);
    room.phase(board.id, 'reveal');
    expect(room.send(celina, { t: 'addNote', id: nextId(), columnId: column.id, text: 'late' })).toEqual({ status: 'refused', reason: 'wrongPhase' });
  });

  it('refuses empty and over-long texts, columns of other activities and unknown columns', () => {
    const { room, column, ala } = boardRoom();
    expect(room.send(ala, { t: 'addNote', id: nextId(), columnId: column.id, text: '   ' })).toEqual({ status: 'refused', reason: 'textRequired' });
    expect(room.send(ala, { t: 'addNote', id: nextId(), columnId: column.id, text: 'x'.repeat(501) })).toEqual({ status: 'refused', reason: 'textTooLong' });
    const elsewhere = room.columns(room.activities[2]!.id)[0]!;
    expect(room.send(ala, { t: 'addNote', id: nextId(), columnId: elsewhere.id, text: 'x' })).toEqual({ status: 'refused', reason: 'notCurrentActivity' });
    expect(room.send(ala, { t: 'addNote', id: nextId(), columnId: 'no-such-column', text: 'x' })).toEqual({ status: 'refused', reason: 'notFound' });
    expect(notes(room)).toEqual([]);
  });

  it('lets only the author edit or delete a note, and only until the reveal', () => {
    const { room, board, column, ala, bartek } = boardRoom();
    room.send(ala, { t: 'addNote', id: nextId(), columnId: column.id, text: 'mine' });
    const noteId = notes(room)[0]!.id;
    expect(room.send(bartek, { t: 'editNote', id: nextId(), noteId, text: 'hijacked' })).toEqual({ status: 'refused', reason: 'notYours' });
    expect(room.send(bartek, { t: 'deleteNote', id: nextId(), noteId })).toEqual({ status: 'refused', reason: 'notYours' });
    expect(room.send(ala, { t: 'editNote', id: nextId(), noteId, text: 'mine, better' }).status).toBe('applied');
    expect(notes(room)[0]!.text).toBe('mine, better');
    room.phase(board.id, 'reveal');
    expect(room.send(ala, { t: 'editNote', id: nextId(), noteId, text: 'after' })).toEqual({ status: 'refused', reason: 'wrongPhase' });
    expect(room.send(ala, { t: 'deleteNote', id: nextId(), noteId })).toEqual({ status: 'refused', reason: 'wrongPhase' });
    room.phase(board.id, 'write');
    expect(room.send(ala, { t: 'deleteNote', id: nextId(), noteId }).status).toBe('applied');
    expect(notes(room)).toEqual([]);
  });

  it('applies a repeated intent id once and confirms it again', () => {
    const { room, column, ala, bartek } = boardRoom();
    const id = nextId();
    expect(room.send(ala, { t: 'addNote', id, columnId: column.id, text: 'once' }).status).toBe('applied');
    expect(room.send(ala, { t: 'addNote', id, columnId: column.id, text: 'once' })).toEqual({ status: 'duplicate' });
    expect(notes(room)).toHaveLength(1);
    // The same id from someone else is their own intent.
    expect(room.send(bartek, { t: 'addNote', id, columnId: column.id, text: 'once' }).status).toBe('applied');
    expect(notes(room)).toHaveLength(2);
  });

  it('keeps one record of applied intents per participant, the latest of them, and still honours receipts older versions wrote', () => {
    const { room, board, column, ala } = boardRoom();
    const ids = Array.from({ length: APPLIED_INTENTS_KEPT + 2 }, () => nextId());
    ids.forEach((id, i) => expect(room.send(ala, { t: 'done', id, activityId: board.id, done: i % 2 === 0 }).status).toBe('applied'));
    const applied = recordsOfType(room.records, 'appliedIntents');
    expect(applied).toHaveLength(1);
    expect(applied[0]!.intentIds).toEqual(ids.slice(-APPLIED_INTENTS_KEPT));
    expect(room.send(ala, { t: 'done', id: ids.at(-1)!, activityId: board.id, done: true })).toEqual({ status: 'duplicate' });
    // Past the kept ones, an id is new again (a device never has that many unanswered).
    expect(room.send(ala, { t: 'done', id: ids[0]!, activityId: board.id, done: true }).status).toBe('applied');

    const old = nextId();
    room.records = applyDiff(room.records, { added: [{ type: 'roomReceipt', id: legacyReceiptId(ala, old), workshopId: room.workshopId, participantId: ala, intentId: old, at: room.ctx.now }], updated: [], removed: [] });
    expect(room.send(ala, { t: 'addNote', id: old, columnId: column.id, text: 'written before the upgrade' })).toEqual({ status: 'duplicate' });
    expect(notes(room)).toHaveLength(0);
  });

  it('keeps each person within their dots, from however many devices, and never below zero', () => {
    const { room, board, column, ala, celina } = boardRoom();
    room.send(celina, { t: 'addNote', id: nextId(), columnId: column.id, text: 'a' });
    room.send(celina, { t: 'addNote', id: nextId(), columnId: column.id, text: 'b' });
    const [first, second] = notes(room).map((note) => note.id) as [string, string];
    expect(room.send(ala, { t: 'vote', id: nextId(), targetId: first, delta: 1 })).toEqual({ status: 'refused', reason: 'wrongPhase' });
    room.phase(board.id, 'vote');
    room.settings({ votesPerPerson: 2 });
    // Two "devices" of one participant: different intent ids, one budget.
    expect(room.send(ala, { t: 'vote', id: nextId(), targetId: first, delta: 1 }).status).toBe('applied');
    expect(room.send(ala, { t: 'vote', id: nextId(), targetId: second, delta: 1 }).status).toBe('applied');
    expect(room.send(ala, { t: 'vote', id: nextId(), targetId: first, delta: 1 })).toEqual({ status: 'refused', reason: 'noVotesLeft' });
    expect(roomView(room.records, ala)!.activity!.votes!.left).toBe(0);
    expect(room.send(celina, { t: 'vote', id: nextId(), targetId: first, delta: -1 })).toEqual({ status: 'refused', reason: 'nothingToTakeBack' });
    expect(room.send(ala, { t: 'vote', id: nextId(), targetId: first, delta: -1 }).status).toBe('applied');
    expect(room.send(ala, { t: 'vote', id: nextId(), targetId: first, delta: 1 }).status).toBe('applied');
    expect(room.send(ala, { t: 'vote', id: nextId(), targetId: 'not-on-board', delta: 1 })).toEqual({ status: 'refused', reason: 'notFound' });
    expect(recordsOfType(room.records, 'deviceVote').reduce((sum, vote) => sum + vote.count, 0)).toBe(2);
  });

  it('takes health-check ratings on the health check only, one per person and step', () => {
    const { room, ala } = boardRoom();
    expect(room.send(ala, { t: 'rate', id: nextId(), step: 'communication', score: 4 })).toEqual({ status: 'refused', reason: 'notHealthCheck' });
    room.follow(room.activities.find((activity) => activity.templateKey === 'opening')!.id);
    room.send(ala, { t: 'rate', id: nextId(), step: 'communication', score: 4 });
    room.send(ala, { t: 'rate', id: nextId(), step: 'communication', score: 2 });
    expect(recordsOfType(room.records, 'participantRating')).toMatchObject([{ participantId: ala, step: 'communication', score: 2 }]);
    expect(roomView(room.records, ala)!.activity!.health!.communication).toBe(2);
    room.send(ala, { t: 'rate', id: nextId(), step: 'communication', score: null });
    expect(recordsOfType(room.records, 'participantRating')).toEqual([]);
  });

  it('records "I’m done" for the current activity only', () => {
    const { room, board, ala } = boardRoom();
    expect(room.send(ala, { t: 'done', id: nextId(), activityId: room.activities[0]!.id, done: true })).toEqual({ status: 'refused', reason: 'notCurrentActivity' });
    room.send(ala, { t: 'done', id: nextId(), activityId: board.id, done: true });
    expect(roomView(room.records, ala)!.activity!.done).toBe(true);
    room.send(ala, { t: 'done', id: nextId(), activityId: board.id, done: false });
    expect(roomView(room.records, ala)!.activity!.done).toBe(false);
  });

  it('refuses everything from a removed or unknown participant, and when the room follows no activity', () => {
    const { room, column, ala, bartek } = boardRoom();
    room.records = applyDiff(room.records, removeMember(room.records, ala));
    const intent = { t: 'addNote', id: nextId(), columnId: column.id, text: 'x' } as const;
    expect(authorise(room.records, ala, intent)).toEqual({ ok: false, reason: 'notJoined' });
    expect(authorise(room.records, 'nobody', intent)).toEqual({ ok: false, reason: 'notJoined' });
    room.settings({ currentActivityId: null });
    expect(authorise(room.records, bartek, intent)).toEqual({ ok: false, reason: 'notCurrentActivity' });
  });

  it('keeps the role swap’s guess columns to the department that guesses', () => {
    const room = makeRoom();
    const swap = room.activities.find((activity) => activity.templateKey === 'roleSwap')!;
    room.follow(swap.id);
    const salesGuess = room.columns(swap.id).find((column) => column.templateKey === 'salesOnMarketingGoals')!;
    expect(room.send(room.ids[2]!, { t: 'addNote', id: nextId(), columnId: salesGuess.id, text: 'x' })).toEqual({ status: 'refused', reason: 'columnNotYours' });
    expect(room.send(room.ids[0]!, { t: 'addNote', id: nextId(), columnId: salesGuess.id, text: 'x' }).status).toBe('applied');
  });
});
