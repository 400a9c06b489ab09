// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { changedViews, hostMessageText, lobbyMessage, nothingSent, onRoomMessage, splitViews } from '../../shared/room/host';
import { HOST_MAX_BYTES, hostMessageSchema, parseFrame } from '../../shared/room/protocol';
import { applyViewUpdate, expandView, partsOf, updateOf } from '../../shared/room/view-parts';
import { roomView } from '../../shared/room/visibility';
import { findWorkshop, recordsOfType } from '../../shared/model/queries';
import { updateWorkshop } from '../../shared/ops/workshops';
import { addParticipant } from '../../shared/ops/facilitation';
import { joinParticipant } from '../../shared/room/room-ops';
import { applyDiff } from '../../shared/model/diff';
import { removeMember } from '../../shared/room/room-ops';
import { changeRun } from '../../shared/facilitation/runs';
import { makeRoom } from './fixture';

/** A room on its first board, with one note its first participant wrote there. */
function boardWithNote(text = 'x') {
  const room = makeRoom();
  const board = room.activities[1]!;
  room.follow(board.id);
  room.send(room.ids[0]!, { t: 'addNote', id: 'intent-first-note', columnId: room.columns(board.id)[0]!.id, text });
  return { room, board };
}

describe('host steps', () => {
  it('answers a (re)started room with the passes it knows, removed ones marked', () => {
    const room = makeRoom();
    room.records = applyDiff(room.records, removeMember(room.records, room.ids[1]!));
    const step = onRoomMessage(room.records, room.workshopId, { t: 'room', joinUrl: 'http://x', locked: false, online: [] }, room.ctx);
    expect(step.diff).toBeNull();
    expect(step.replies).toEqual([
      {
        t: 'members',
        members: room.ids.map((participantId, index) => ({ participantId, passHash: 'a'.repeat(64), removed: index === 1 })),
      },
    ]);
  });

  it('confirms a duplicate intent without a diff and refuses a forbidden one', () => {
    const room = makeRoom();
    const board = room.activities[1]!;
    room.follow(board.id);
    const intent = { t: 'addNote' as const, id: 'intent-dup-1', columnId: room.columns(board.id)[0]!.id, text: 'x' };
    const first = onRoomMessage(room.records, room.workshopId, { t: 'intent', participantId: room.ids[0]!, intent }, room.ctx);
    expect(first.diff).not.toBeNull();
    room.records = applyDiff(room.records, first.diff!);
    const second = onRoomMessage(room.records, room.workshopId, { t: 'intent', participantId: room.ids[0]!, intent }, room.ctx);
    expect(second).toEqual({ diff: null, replies: [{ t: 'ack', participantId: room.ids[0], id: 'intent-dup-1' }] });
    room.phase(board.id, 'reveal');
    const late = onRoomMessage(room.records, room.workshopId, { t: 'intent', participantId: room.ids[0]!, intent: { ...intent, id: 'intent-dup-2' } }, room.ctx);
    expect(late).toEqual({ diff: null, replies: [{ t: 'refused', participantId: room.ids[0], id: 'intent-dup-2', reason: 'wrongPhase' }] });
  });

  it('offers the listed people who have no device yet, and a join with that name takes their place', () => {
    const room = makeRoom([{ name: 'Ala', department: 'sales' }]);
    room.records = applyDiff(room.records, addParticipant(room.records, room.workshopId, 'Dorota', 'marketing', room.ctx));
    room.records = applyDiff(room.records, addParticipant(room.records, room.workshopId, 'Edek', 'sales', room.ctx));
    expect(lobbyMessage(room.records)).toEqual({ t: 'lobby', people: [{ name: 'Dorota', department: 'marketing' }, { name: 'Edek', department: 'sales' }] });

    const join = { participantId: 'device-dorota-1', name: 'dorota ', department: 'marketing' as const, passHash: 'f'.repeat(64) };
    room.records = applyDiff(room.records, joinParticipant(room.records, room.workshopId, join, room.ctx));
    const people = recordsOfType(room.records, 'participant').map((person) => [person.name, person.id]);
    expect(people).toContainEqual(['Dorota', 'device-dorota-1']); // the listed name kept, once
    expect(people.filter(([name]) => name === 'Dorota')).toHaveLength(1);
    expect(lobbyMessage(room.records).people).toEqual([{ name: 'Edek', department: 'sales' }]);
    // Same name in the other department is someone else.
    room.records = applyDiff(room.records, joinParticipant(room.records, room.workshopId, { ...join, participantId: 'device-edek-2', name: 'Edek', department: 'marketing' }, room.ctx));
    expect(recordsOfType(room.records, 'participant').filter((person) => person.name === 'Edek')).toHaveLength(2);
    room.settings({ anonymous: true });
    expect(lobbyMessage(room.records).people).toEqual([]);
  });

  it('splits a round of views into frames under the size it is given, each with the shared parts its views name', () => {
    const { room, board } = boardWithNote();
    room.phase(board.id, 'reveal');
    const round = changedViews(room.records, room.ids, nothingSent())!;
    expect(Object.keys(round.boards)).toEqual([`board:${board.id}`]);
    const one = JSON.stringify(round.views[0]).length;
    const shared = JSON.stringify(round.boards).length + JSON.stringify(round.counts).length;
    const frames = splitViews(round, shared + one * 2 + 10);
    expect(frames.map((frame) => frame.views.length)).toEqual([2, 1]);
    expect(frames.flatMap((frame) => frame.views)).toEqual(round.views);
    // The board goes once, with the first views that show it.
    expect(frames.map((frame) => Object.keys(frame.boards))).toEqual([[`board:${board.id}`], []]);
    expect(splitViews(round)).toEqual([round]);
    // Parts no view of the round names (counts changed, nobody's own part did) still go, in the first frame.
    const counts = { [`counts:${board.id}`]: { c1: { sales: 2, marketing: 0 } } };
    expect(splitViews({ t: 'views', boards: {}, tallies: {}, counts, views: [] }, 10)).toEqual([{ t: 'views', boards: {}, tallies: {}, counts, views: [] }]);
    expect(splitViews({ t: 'views', boards: {}, tallies: {}, counts: {}, views: [] })).toEqual([]);
  });

  it('sends only views that changed, and a shared part once for all the devices that show it', () => {
    const room = makeRoom();
    const board = room.activities[1]!;
    room.follow(board.id);
    const sent = nothingSent();
    const first = changedViews(room.records, room.ids, sent)!;
    expect(first.views).toHaveLength(3);
    // While people write, each device has a board of its own.
    expect(Object.keys(first.boards)).toHaveLength(3);
    expect(changedViews(room.records, room.ids, sent)).toBeNull();
    room.send(room.ids[0]!, { t: 'addNote', id: 'intent-view-1', columnId: room.columns(board.id)[0]!.id, text: 'x' });
    // Everyone's counts changed: the counts go once; only the writer's own part and board go with them.
    const counts = changedViews(room.records, room.ids, sent)!;
    expect(counts.views.map((entry) => entry.participantId)).toEqual([room.ids[0]]);
    expect(Object.keys(counts.boards)).toEqual([`board:${board.id}:${room.ids[0]!}`]);
    expect(Object.values(counts.counts)).toEqual([expect.objectContaining({ [room.columns(board.id)[0]!.id]: { sales: 1, marketing: 0 } })]);
    expect(JSON.stringify(counts)).not.toContain(room.ids[1]!);

    room.phase(board.id, 'vote');
    const revealed = changedViews(room.records, room.ids, sent)!;
    expect(Object.keys(revealed.boards)).toEqual([`board:${board.id}`]);
    expect(Object.keys(revealed.tallies)).toEqual([`tallies:${board.id}`]);
    const target = revealed.boards[`board:${board.id}`]!.columns[0]!.notes[0]!.id;
    room.send(room.ids[1]!, { t: 'vote', id: 'intent-vote-1', targetId: target, delta: 1 });
    // A dot: every device's tallies change; the tallies go once, with the voter's own part (dots left), not the board.
    const dot = changedViews(room.records, room.ids, sent)!;
    expect(dot.views.map((entry) => entry.participantId)).toEqual([room.ids[1]]);
    expect(dot.boards).toEqual({});
    expect(dot.tallies[`tallies:${board.id}`]![target]).toEqual({ sales: 1, marketing: 0 });
    // What no device shows any more is not kept: the writers' own boards went with the reveal.
    expect([...sent.parts.keys()].filter((key) => key.startsWith('boards:'))).toEqual([`boards:board:${board.id}`]);

    // Someone says they are done: their own part goes, nobody else's.
    room.send(room.ids[2]!, { t: 'done', id: 'intent-done-1', activityId: board.id, done: true });
    const done = changedViews(room.records, room.ids, sent)!;
    expect(done.views.map((entry) => [entry.participantId, entry.view.activity?.done])).toEqual([[room.ids[2], true]]);
    // The facilitator changes the question: every device's view shows it.
    room.records = applyDiff(room.records, changeRun(room.records, board.id, (run) => ({ ...run, prompt: 'What did we miss?' }), room.ctx));
    const prompt = changedViews(room.records, room.ids, sent)!;
    expect(prompt.views.map((entry) => entry.view.activity?.prompt)).toEqual(room.ids.map(() => 'What did we miss?'));
    expect(changedViews(room.records, room.ids, sent)).toBeNull();
    // The workshop is renamed: every device's view shows the new title.
    const workshop = findWorkshop(room.records)!;
    const departments = [workshop.departments[0]!, workshop.departments[1]!] as const;
    room.records = applyDiff(room.records, updateWorkshop(room.records, { ...workshop, title: 'Q2 alignment', departments: [...departments] }, room.ctx));
    const renamed = changedViews(room.records, room.ids, sent)!;
    expect(renamed.views.map((entry) => entry.view.workshop.title)).toEqual(room.ids.map(() => 'Q2 alignment'));
    // On the health check, a rating goes with the rater's own part only.
    room.follow(room.activities.find((activity) => activity.templateKey === 'opening')!.id);
    changedViews(room.records, room.ids, sent);
    room.send(room.ids[0]!, { t: 'rate', id: 'intent-rate-1', step: 'communication', score: 4 });
    const rated = changedViews(room.records, room.ids, sent)!;
    expect(rated.views.map((entry) => [entry.participantId, entry.view.activity?.health?.communication])).toEqual([[room.ids[0], 4]]);
  });

  it('holds changed tallies back until a second after the last ones went, and says when they are due', () => {
    const { room, board } = boardWithNote();
    room.phase(board.id, 'vote');
    const sent = nothingSent();
    const key = `tallies:${board.id}`;
    expect(Object.keys(changedViews(room.records, room.ids, sent, 10_000)!.tallies)).toEqual([key]);
    const target = recordsOfType(room.records, 'note')[0]!.id;
    const dot = (n: number) => room.send(room.ids[n]!, { t: 'vote', id: `intent-held-${n + 1}`, targetId: target, delta: 1 });

    // A dot 100 ms later: the voter's own part goes at once, the tallies wait.
    dot(1);
    const soon = changedViews(room.records, room.ids, sent, 10_100)!;
    expect(soon.views.map((entry) => entry.participantId)).toEqual([room.ids[1]]);
    expect(soon.tallies).toEqual({});
    expect(sent.due).toBe(11_000);
    // Another dot meanwhile, and the round when they are due: both dots in one send.
    dot(2);
    changedViews(room.records, room.ids, sent, 10_500);
    expect(sent.due).toBe(11_000);
    const due = changedViews(room.records, room.ids, sent, 11_000)!;
    expect(due.tallies[key]![target]).toEqual({ sales: 1, marketing: 1 });
    expect(sent.due).toBeNull();
    expect(changedViews(room.records, room.ids, sent, 11_001)).toBeNull();
    // Without a clock (a test's or a bench's facilitator), every change goes at once.
    dot(0);
    expect(changedViews(room.records, room.ids, sent)!.tallies[key]![target]).toEqual({ sales: 2, marketing: 1 });
  });

  it('writes a round of views out as the room reads it, from the texts it was compared by', () => {
    const room = makeRoom();
    const board = room.activities[1]!;
    room.follow(board.id);
    const sent = nothingSent();
    room.send(room.ids[0]!, { t: 'addNote', id: 'intent-text-1', columnId: room.columns(board.id)[0]!.id, text: 'Quote "this" \\ and ünïcode' });
    const writing = changedViews(room.records, room.ids, sent)!;
    room.phase(board.id, 'vote');
    const voting = changedViews(room.records, room.ids, sent)!;
    for (const frame of [writing, voting, ...splitViews(voting, 500)]) {
      const text = hostMessageText(frame);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(frame)));
      expect(parseFrame(hostMessageSchema, text, HOST_MAX_BYTES)).toEqual({ ok: true, message: JSON.parse(text) });
    }
    expect(Object.keys(voting.tallies)).toHaveLength(1);
    const lobby = lobbyMessage(room.records);
    expect(hostMessageText(lobby)).toBe(JSON.stringify(lobby));
  });

  it('puts together the same view the rules give one device', () => {
    const { room, board } = boardWithNote('mine');
    for (const phase of ['write', 'vote'] as const) {
      room.phase(board.id, phase);
      const round = changedViews(room.records, room.ids, nothingSent())!;
      for (const { participantId, view } of round.views) expect(expandView(view, round)).toEqual(roomView(room.records, participantId));
      expect(expandView(round.views[0]!.view, { boards: {}, tallies: {}, counts: {} })).toBeNull();
    }
  });
});

describe('view updates on the device', () => {
  it('keeps the board the device shows and takes the rest from the update, only for the same activity', () => {
    const { room, board } = boardWithNote('mine');
    room.phase(board.id, 'vote');
    const before = roomView(room.records, room.ids[0]!)!;
    const target = before.activity!.columns[0]!.notes[0]!.id;
    room.send(room.ids[1]!, { t: 'vote', id: 'intent-update-2', targetId: target, delta: 1 });
    const round = changedViews(room.records, [room.ids[0]!], nothingSent())!;
    const update = updateOf(round.views[0]!.view, partsOf(round.views[0]!.view, round)!)!;
    expect(update.activity).not.toHaveProperty('columns');
    expect(applyViewUpdate(before, update)).toEqual(roomView(room.records, room.ids[0]!));
    expect(applyViewUpdate({ ...before, activity: { ...before.activity!, id: 'another' } }, update)).toBeNull();
    expect(applyViewUpdate(null, update)).toBeNull();
  });
});
