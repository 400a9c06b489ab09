import { afterEach, describe, expect, it, vi } from 'vitest';
import { columnsOf, recordsOfType } from '../../shared/model/queries';
import { addNote } from '../../shared/ops/notes';
import { setPhase } from '../../shared/ops/facilitation';
import type { HostMessage } from '../../shared/room/protocol';
import { TALLIES_EVERY_MS } from '../../shared/room/host';
import { StorageError } from '../../renderer/src/db/storage-error';
import { fakeRoom } from '../support/fake-room';
import { createTestServices } from '../support/services';
import { makeDetails } from '../support/workshop';

const PASS_HASH = 'b'.repeat(64);
const ALA = 'participant-ala-01';

async function openRoomOnWorkshop() {
  const room = fakeRoom();
  const services = createTestServices(undefined, { room: room.platform });
  await services.workshops.createWorkshop(makeDetails());
  const route = services.app.store.getState().route as { workshopId: string };
  expect(await services.room.open(route.workshopId, '127.0.0.1')).toBe(true);
  room.deliver({ t: 'room', joinUrl: 'http://127.0.0.1:4190/', locked: false, online: [] });
  room.deliver({ t: 'join', participantId: ALA, name: 'Ala', department: 'sales', passHash: PASS_HASH });
  await vi.waitFor(() => expect(room.replies('joined')).toHaveLength(1));
  return { ...services, session: services.room, room, workshopId: route.workshopId };
}

/** The room open on the customer lens in its vote phase, with one note to vote on and Ala online. */
async function votingRoom() {
  const services = await openRoomOnWorkshop();
  const { app, workshops, room } = services;
  const lens = recordsOfType(app.store.getState().records!, 'activity').find((activity) => activity.templateKey === 'customerLens')!;
  await workshops.showActivity(lens.id);
  const column = columnsOf(app.store.getState().records!, lens.id)[0]!;
  await app.run((records, ctx) => addNote(records, { columnId: column.id, text: 'Leads arrive late', department: 'sales' }, ctx));
  await app.run((records, ctx) => setPhase(records, lens.id, 'vote', ctx));
  const target = recordsOfType(app.store.getState().records!, 'note')[0]!.id;
  room.deliver({ t: 'presence', participantId: ALA, online: true });
  const vote = (n: number) => room.deliver({ t: 'intent', participantId: ALA, intent: { t: 'vote', id: `intent-vote-${n}`, targetId: target, delta: 1 } });
  return { ...services, lens, target, vote };
}

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('the room session', () => {
  it('tells the room whose passes are valid, and stores a join before confirming it', async () => {
    const { room, repository, workshopId } = await openRoomOnWorkshop();
    expect(room.replies('members')).toEqual([{ t: 'members', members: [] }]);
    const stored = (await repository.loadWorkshop(workshopId))!.records;
    expect(recordsOfType(stored, 'participant').map((person) => person.name)).toEqual(['Ala']);
    expect(recordsOfType(stored, 'roomMember')[0]).toMatchObject({ participantId: ALA, passHash: PASS_HASH, removed: false });
  });

  it('confirms a note only once it is on disk, and never one the disk refused', async () => {
    const { room, repository, workshopId, app, workshops } = await openRoomOnWorkshop();
    const records = app.store.getState().records!;
    const lens = recordsOfType(records, 'activity').find((activity) => activity.templateKey === 'customerLens')!;
    await workshops.showActivity(lens.id);
    const column = columnsOf(app.store.getState().records!, lens.id)[0]!;
    room.deliver({ t: 'intent', participantId: ALA, intent: { t: 'addNote', id: 'intent-0001', columnId: column.id, text: 'Leads arrive late' } });
    await vi.waitFor(() => expect(room.replies('ack')).toEqual([{ t: 'ack', participantId: ALA, id: 'intent-0001' }]));
    const onDisk = recordsOfType((await repository.loadWorkshop(workshopId))!.records, 'note');
    expect(onDisk.map((note) => [note.text, note.author])).toEqual([['Leads arrive late', ALA]]);

    vi.spyOn(repository, 'applyDiff').mockRejectedValue(new StorageError('quota', 'disk full'));
    const membersBefore = room.replies('members').length;
    // In the same burst: the room restarted (it asks whose passes are valid) and a note arrives.
    room.deliver({ t: 'room', joinUrl: 'http://127.0.0.1:4190/', locked: false, online: [ALA] });
    room.deliver({ t: 'intent', participantId: ALA, intent: { t: 'addNote', id: 'intent-0002', columnId: column.id, text: 'Second' } });
    await app.whenSaved();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Not confirmed: "not now", so the device keeps the note and sends it again.
    expect(room.sent.filter((message) => 'id' in message && message.id === 'intent-0002')).toEqual([
      { t: 'refused', participantId: ALA, id: 'intent-0002', reason: 'hostOffline' },
    ]);
    expect(room.replies('members')).toHaveLength(membersBefore + 1);
    vi.restoreAllMocks();
    expect(recordsOfType((await repository.loadWorkshop(workshopId))!.records, 'note')).toHaveLength(1);
  });

  it('holds what arrives while a batch is being saved, and saves it as the next batch in one write', async () => {
    const { room, repository, app, workshops } = await openRoomOnWorkshop();
    const lens = recordsOfType(app.store.getState().records!, 'activity').find((activity) => activity.templateKey === 'customerLens')!;
    await workshops.showActivity(lens.id);
    const column = columnsOf(app.store.getState().records!, lens.id)[0]!;
    const note = (n: number) => ({ t: 'intent' as const, participantId: ALA, intent: { t: 'addNote' as const, id: `intent-burst-${n}`, columnId: column.id, text: `Note ${n}` } });
    // The disk is slow: the first write waits until it is let through.
    const write = repository.applyDiff.bind(repository);
    let letThrough: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (letThrough = resolve));
    const writes = vi.spyOn(repository, 'applyDiff').mockImplementationOnce(async (diff) => (await slow, write(diff)));
    room.deliver(note(1));
    await vi.waitFor(() => expect(writes).toHaveBeenCalledTimes(1));
    for (let n = 2; n <= 4; n++) {
      room.deliver(note(n));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(writes).toHaveBeenCalledTimes(1);
    expect(room.replies('ack')).toEqual([]);
    letThrough();
    await vi.waitFor(() => expect(room.replies('ack')).toHaveLength(4));
    // Three notes that arrived during the first write: one write, not three.
    expect(writes).toHaveBeenCalledTimes(2);
    expect(room.replies('ack').map((ack) => 'id' in ack && ack.id)).toEqual([1, 2, 3, 4].map((n) => `intent-burst-${n}`));
  });

  it('takes what phones send in bursts while the facilitator drags a note', async () => {
    const { room, repository, app, workshops, shown } = await openRoomOnWorkshop();
    const lens = recordsOfType(app.store.getState().records!, 'activity').find((activity) => activity.templateKey === 'customerLens')!;
    await workshops.showActivity(lens.id);
    const column = columnsOf(app.store.getState().records!, lens.id)[0]!;
    const note = (n: number) => ({ t: 'intent' as const, participantId: ALA, intent: { t: 'addNote' as const, id: `intent-drag-${n}`, columnId: column.id, text: `Note ${n}` } });
    const writes = vi.spyOn(repository, 'applyDiff');
    shown.hold(true);
    const start = performance.now();
    room.deliver(note(1));
    room.deliver(note(2));
    await vi.waitFor(() => expect(room.replies('ack')).toHaveLength(2));
    // They waited for the burst, taken together: one write between the drag's frames.
    expect(performance.now() - start).toBeGreaterThanOrEqual(90);
    expect(writes).toHaveBeenCalledTimes(1);
    shown.hold(false);
    room.deliver(note(3));
    await vi.waitFor(() => expect(room.replies('ack')).toHaveLength(3));
    expect(writes).toHaveBeenCalledTimes(2);
  });

  it('sends a phase change at once while changed tallies wait for their second', async () => {
    const { room, app, session, lens, vote } = await votingRoom();
    await vi.waitFor(() => expect(room.replies('views').some((message) => message.t === 'views' && Object.keys(message.tallies).length > 0)).toBe(true));
    // The clock steps back a minute: the dot's tallies now wait a minute for their round.
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() - 60_000);
    vote(1);
    await vi.waitFor(() => expect(room.replies('ack')).toHaveLength(1));
    await app.run((records, ctx) => setPhase(records, lens.id, 'discuss', ctx));
    await vi.waitFor(() =>
      expect(room.replies('views').some((message) => message.t === 'views' && message.views.some((view) => view.participantId === ALA && view.view.activity?.phase === 'discuss'))).toBe(true),
    );
    await session.close();
  });

  it('sends changed tallies at most once a second while people vote, and the last ones by themselves', async () => {
    const { room, target, vote } = await votingRoom();
    // Each round that carried the tallies: when, and Ala's dots on the note in them.
    const tallies = () =>
      room.sent.flatMap((message, index) =>
        message.t === 'views' ? Object.values(message.tallies).map((part) => ({ at: room.sentAt[index]!, dots: part[target]?.sales ?? 0 })) : [],
      );
    await vi.waitFor(() => expect(tallies()).toHaveLength(1));
    const ownViews = () => room.replies('views').filter((message) => message.t === 'views' && message.views.some((view) => view.participantId === ALA)).length;

    for (const n of [1, 2, 3]) {
      const before = ownViews();
      vote(n);
      await vi.waitFor(() => expect(room.replies('ack')).toHaveLength(n));
      // Ala's own dots go at once, whether or not everyone's tallies wait.
      await vi.waitFor(() => expect(ownViews()).toBeGreaterThan(before));
    }
    // Nothing else happens in the room: the last tallies still come by themselves.
    await vi.waitFor(() => expect(tallies().at(-1)!.dots).toBe(3), { timeout: 3_000 });
    const sends = tallies();
    for (let i = 1; i < sends.length; i++) expect(sends[i]!.at - sends[i - 1]!.at).toBeGreaterThanOrEqual(TALLIES_EVERY_MS);
  });

  it('sends each connected device its view, and nothing once another workshop is on screen', async () => {
    const { room, workshops } = await openRoomOnWorkshop();
    room.deliver({ t: 'presence', participantId: ALA, online: true });
    await vi.waitFor(() => expect(room.replies('views').length).toBeGreaterThan(0));
    const views = room.replies('views').at(-1) as Extract<HostMessage, { t: 'views' }>;
    expect(views.views.map((view) => view.participantId)).toEqual([ALA]);

    await workshops.createWorkshop(makeDetails({ title: 'Another workshop' }));
    const before = room.sent.length;
    room.deliver({ t: 'presence', participantId: ALA, online: false });
    room.deliver({ t: 'presence', participantId: ALA, online: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(room.sent.slice(before).filter((message) => message.t === 'views')).toEqual([]);
  });

  it('removing someone marks them removed on disk, then the room disconnects them', async () => {
    const { room, session, repository, workshopId } = await openRoomOnWorkshop();
    expect(await session.remove(ALA)).toBe(true);
    expect(recordsOfType((await repository.loadWorkshop(workshopId))!.records, 'roomMember')[0]!.removed).toBe(true);
    expect(room.replies('remove')).toEqual([{ t: 'remove', participantId: ALA }]);
  });
});
