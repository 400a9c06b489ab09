// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/room/protocol';
import { roomViewSchema } from '../../shared/room/view-schema';
import { hashPass } from '../../electron/room/secrets';
import { openRoom, type Room, type RoomLimits } from '../../electron/room/server';
import { client, fakeHost, joinDevice, joinKey, minimalViews, rawGet, upgradeStatus } from './client';

let room: Room | null = null;
afterEach(async () => {
  await room?.close();
  room = null;
});

async function open(limits: Partial<RoomLimits> = {}, hostOrigins: string[] = []): Promise<Room> {
  room = await openRoom({ host: '127.0.0.1', port: 0, limits, hostOrigins });
  return room;
}

/** An honest participant can still write: the room keeps serving while others misbehave. */
async function stillServes(device: Awaited<ReturnType<typeof joinDevice>>['device'], id: string) {
  device.send({ t: 'addNote', id, columnId: 'c1', text: 'still here' });
  expect(await device.next('ack')).toEqual({ t: 'ack', id });
}

describe('room server: honest flow', () => {
  it('joins a device through the host, relays its intent, confirms it, and lets it resume with its pass', async () => {
    const room = await open();
    expect(room.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#k=[A-Za-z0-9_-]{43}$/);
    const host = await fakeHost(room);
    const { device, participantId, pass } = await joinDevice(room);
    await stillServes(device, 'intent-0001');
    expect(host.intents).toMatchObject([{ t: 'intent', participantId, intent: { t: 'addNote', id: 'intent-0001' } }]);
    device.ws.close();
    const again = await client(room);
    again.send({ t: 'resume', participantId, pass });
    expect(await again.next('resumed')).toEqual({ t: 'resumed', participantId });
    expect((await again.next('view')).view).toMatchObject({ me: { participantId, name: 'Ala' } });
  });

  it('puts a device’s view together from the shared board and its own part, and never sends half a view', async () => {
    const room = await open();
    const host = await fakeHost(room);
    const { device, participantId } = await joinDevice(room);
    const own = minimalViews(participantId, 'Ala', 'sales').views[0]!.view;
    const activity = {
      id: 'a1',
      templateKey: null,
      title: 'Board',
      prompt: null,
      phase: 'vote' as const,
      timeboxMinutes: 10,
      timer: { startedAt: null, accumulatedMs: 0, extraMinutes: 0 },
      spotlightId: null,
      board: 'board:a1',
      counts: 'counts:a1',
      mine: ['n1'],
      votes: { perPerson: 3, left: 2, mine: { n2: 1 }, tallies: 'tallies:a1' },
      health: null,
      done: false,
    };
    const views = [{ participantId, view: { ...own, activity } }];
    const board = {
      columns: [
        {
          id: 'c1',
          templateKey: null,
          title: 'Leads',
          writable: false,
          notes: [
            { id: 'n1', text: 'Mine', department: 'sales', author: null },
            { id: 'n2', text: 'Theirs', department: 'marketing', author: null },
          ],
        },
      ],
      stacks: [],
    };
    // A view naming parts the room has not had is held back…
    host.send({ t: 'views', boards: {}, tallies: {}, counts: {}, views });
    // …and sent whole once they come (the first view the device hears after joining).
    const counts = { 'counts:a1': { c1: { sales: 1, marketing: 1 } } };
    host.send({ t: 'views', boards: { 'board:a1': board }, tallies: { 'tallies:a1': { n2: { sales: 1, marketing: 0 } } }, counts, views });
    // The board's text is written once and spliced into each device's frame: the frame is still a view the phone accepts.
    const view = roomViewSchema.parse(((await device.next('view')) as { view: unknown }).view);
    expect(view.activity!.columns[0]!.notes.map((note) => note.id)).toEqual(['n1', 'n2']);
    expect(view.activity!.mine).toEqual(['n1']);
    expect(view.activity!.votes).toEqual({ perPerson: 3, left: 2, mine: { n2: 1 }, tallies: { n2: { sales: 1, marketing: 0 } } });
    expect(view.activity!).toMatchObject({ id: 'a1', phase: 'vote', stacks: [], counts: { c1: { sales: 1, marketing: 1 } } });

    // A dot: new tallies alone, no device's own part. Every device that shows them is sent all but the board, which it has.
    host.send({ t: 'views', boards: {}, tallies: { 'tallies:a1': { n2: { sales: 2, marketing: 0 } } }, counts: {}, views: [] });
    const update = (await device.next('viewUpdate')) as { view: { activity: Record<string, unknown> } };
    expect(update.view.activity).not.toHaveProperty('columns');
    expect(update.view.activity.votes).toMatchObject({ tallies: { n2: { sales: 2, marketing: 0 } } });
    // A changed board goes whole again to every device that shows it; so does the view of a device that connects now.
    host.send({ t: 'views', boards: { 'board:a1': { ...board, stacks: [{ id: 's1', title: 'Both', noteIds: ['n1', 'n2'] }] } }, tallies: {}, counts: {}, views: [] });
    expect(((await device.next('view')) as { view: { activity: { stacks: unknown[] } } }).view.activity.stacks).toHaveLength(1);
  });

  it('sends a whole view deflated to a device that asked, the same view as in text, and everything else as text', async () => {
    const room = await open();
    const host = await fakeHost(room);
    const { device: plain, participantId, pass } = await joinDevice(room);
    const deflating = await client(room, { deflate: true });
    deflating.send({ t: 'resume', participantId, pass });
    await deflating.next('view');
    const own = minimalViews(participantId, 'Ala', 'sales').views[0]!.view;
    const notes = Array.from({ length: 300 }, (_, index) => ({ id: `n${index}`, text: `Leads go cold after the handover, case ${index}`, department: 'sales', author: null }));
    const board = { columns: [{ id: 'c1', templateKey: null, title: 'Leads', writable: false, notes }], stacks: [] };
    const activity = { id: 'a1', templateKey: null, title: 'Board', prompt: null, phase: 'discuss', timeboxMinutes: 10, timer: { startedAt: null, accumulatedMs: 0, extraMinutes: 0 }, spotlightId: null, board: 'board:a1', counts: 'counts:a1', mine: [], votes: null, health: null, done: false };
    host.send({ t: 'views', boards: { 'board:a1': board }, tallies: {}, counts: { 'counts:a1': { c1: { sales: 300, marketing: 0 } } }, views: [{ participantId, view: { ...own, activity } }] });
    const [asText, inflated] = [await plain.next('view'), await deflating.next('view')];
    expect(roomViewSchema.parse((inflated as { view: unknown }).view).activity!.columns[0]!.notes).toHaveLength(300);
    expect(inflated).toEqual(asText);
    const [textFrame, binaryFrame] = [plain.frames.at(-1)!, deflating.frames.at(-1)!];
    expect(binaryFrame.binary).toBe(true);
    expect(binaryFrame.bytes).toBeLessThan(textFrame.bytes / 4);
    await stillServes(deflating, 'intent-0002');
    expect(deflating.frames.at(-1)!.binary).toBe(false);
  });

  it('tells a device with the join secret who is on the list, and closes on a wrong secret', async () => {
    const room = await open();
    const host = await fakeHost(room);
    host.send({ t: 'lobby', people: [{ name: 'Ala', department: 'sales' }] });
    const newcomer = await client(room);
    newcomer.send({ t: 'lobby', key: joinKey(room) });
    expect(await newcomer.next('lobby')).toEqual({ t: 'lobby', people: [{ name: 'Ala', department: 'sales' }] });
    newcomer.send({ t: 'join', key: joinKey(room), name: 'Ala', department: 'sales' });
    expect((await newcomer.next('welcome')).t).toBe('welcome');
    const stranger = await client(room);
    stranger.send({ t: 'lobby', key: 'x'.repeat(43) });
    expect(await stranger.closed).toBe(CLOSE.badSecret);
  });

  it('tells a device the host is away instead of losing its intent', async () => {
    const room = await open();
    const host = await fakeHost(room);
    const { device } = await joinDevice(room);
    host.ws.close();
    await host.closed;
    device.send({ t: 'addNote', id: 'intent-0002', columnId: 'c1', text: 'x' });
    expect(await device.next('refused')).toEqual({ t: 'refused', id: 'intent-0002', reason: 'hostOffline' });
  });
});

describe('room server: refusals', () => {
  it('refuses a wrong join secret, a wrong pass and an unknown participant with their codes', async () => {
    const room = await open();
    await fakeHost(room);
    const { participantId } = await joinDevice(room);
    const wrongKey = await client(room);
    wrongKey.send({ t: 'join', key: 'x'.repeat(43), name: 'Eve', department: 'sales' });
    expect(await wrongKey.closed).toBe(CLOSE.badSecret);
    const wrongPass = await client(room);
    wrongPass.send({ t: 'resume', participantId, pass: 'y'.repeat(43) });
    expect(await wrongPass.closed).toBe(CLOSE.badPass);
    const unknown = await client(room);
    unknown.send({ t: 'resume', participantId: 'pNOBODY12345678', pass: 'y'.repeat(43) });
    expect(await unknown.closed).toBe(CLOSE.badPass);
  });

  it('refuses a wrong host secret, and a host page from a foreign origin', async () => {
    const room = await open({}, ['http://127.0.0.1:4195']);
    const host = await client(room, { path: '/host' });
    host.send({ t: 'hello', secret: 'z'.repeat(43) });
    expect(await host.closed).toBe(CLOSE.badSecret);
    expect(await upgradeStatus(room, { path: '/host', origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(room, { path: '/host', origin: 'http://127.0.0.1:4195' })).toBe(101);
  });

  it('refuses a wrong Host header (DNS rebinding) on HTTP and WebSocket, and a foreign or missing Origin', async () => {
    const room = await open();
    expect(await upgradeStatus(room, { hostHeader: 'evil.example' })).toBe(421);
    expect((await rawGet(room.port, '/', 'evil.example')).status).toBe(421);
    expect(await upgradeStatus(room, { origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(room, { origin: null })).toBe(403);
    expect(await upgradeStatus(room, { path: '/elsewhere' })).toBe(404);
    expect(await upgradeStatus(room)).toBe(101);
  });

  it('closes on an over-size frame, malformed JSON, unknown types and unknown fields, and keeps serving', async () => {
    const room = await open();
    await fakeHost(room);
    const honest = await joinDevice(room, 'Ala');
    const cases: Array<[unknown, number]> = [
      [JSON.stringify({ t: 'join', key: joinKey(room), name: 'x'.repeat(5000), department: 'sales' }), 1009],
      ['{"t":', CLOSE.badMessage],
      [{ t: 'setPhase', phase: 'reveal' }, CLOSE.badMessage],
      [{ t: 'join', key: joinKey(room), name: 'Eve', department: 'sales', admin: true }, CLOSE.badMessage],
      [{ t: 'addNote', id: 'intent-0009', columnId: 'c1', text: 'not joined yet' }, CLOSE.badMessage],
    ];
    for (const [message, code] of cases) {
      const bad = await client(room);
      bad.send(message);
      expect(await bad.closed, JSON.stringify(message).slice(0, 60)).toBe(code);
    }
    const binary = await client(room);
    binary.ws.send(Buffer.from([1, 2, 3]));
    expect(await binary.closed).toBe(CLOSE.badMessage);
    await stillServes(honest.device, 'intent-0003');
  });

  it('cuts off a flooding device and its address, while another address keeps writing', async () => {
    const room = await open({ messagesPerSecond: 5, messageBurst: 10 });
    await fakeHost(room);
    const honest = await joinDevice(room, 'Ala', '127.0.0.1');
    const flooder = await joinDevice(room, 'Mallory', '127.0.0.5');
    for (let index = 0; index < 50 && flooder.device.ws.readyState === flooder.device.ws.OPEN; index++) {
      flooder.device.send({ t: 'addNote', id: `flood-${String(index).padStart(6, '0')}`, columnId: 'c1', text: 'spam' });
    }
    expect(await flooder.device.closed).toBe(CLOSE.rateLimited);
    await stillServes(honest.device, 'intent-0004');
  });

  it('refuses connections over the cap with 503, per room and per address', async () => {
    const room = await open({ maxConnections: 4, maxConnectionsPerAddress: 2 });
    const first = await client(room, { from: '127.0.0.7' });
    await client(room, { from: '127.0.0.7' });
    expect(await upgradeStatus(room, { from: '127.0.0.7' })).toBe(503);
    await client(room, { from: '127.0.0.8' });
    await client(room, { from: '127.0.0.9' });
    expect(await upgradeStatus(room, { from: '127.0.0.10' })).toBe(503);
    first.ws.close();
    await first.closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await upgradeStatus(room, { from: '127.0.0.11' })).toBe(101);
  });

  it('refuses too many connection attempts from one address with 429', async () => {
    const room = await open({ connectsPerSecond: 1, connectBurst: 3 });
    const statuses: number[] = [];
    for (let index = 0; index < 5; index++) statuses.push(await upgradeStatus(room, { from: '127.0.0.12' }));
    expect(statuses).toEqual([101, 101, 101, 429, 429]);
    expect(await upgradeStatus(room, { from: '127.0.0.13' })).toBe(101);
  });

  it('closes a connection that never says who it is', async () => {
    const room = await open({ authTimeoutMs: 150 });
    const silent = await client(room);
    expect(await silent.closed).toBe(CLOSE.authTimeout);
  });

  it('drops a connection that stops answering the heartbeat', async () => {
    const room = await open({ heartbeatMs: 100 });
    const dead = await client(room, { autoPong: false });
    const started = Date.now();
    expect(await dead.closed).toBe(1006);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('disconnects a removed participant and keeps their pass out; the others stay', async () => {
    const room = await open();
    const host = await fakeHost(room);
    const removed = await joinDevice(room, 'Mallory');
    const honest = await joinDevice(room, 'Ala');
    host.send({ t: 'remove', participantId: removed.participantId });
    expect(await removed.device.closed).toBe(CLOSE.removed);
    const back = await client(room);
    back.send({ t: 'resume', participantId: removed.participantId, pass: removed.pass });
    expect(await back.closed).toBe(CLOSE.removed);
    await stillServes(honest.device, 'intent-0005');
  });

  it('refuses new joins while locked, but lets joined people back in', async () => {
    const room = await open();
    const host = await fakeHost(room);
    const joined = await joinDevice(room);
    host.send({ t: 'lock', locked: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const late = await client(room);
    late.send({ t: 'join', key: joinKey(room), name: 'Late', department: 'marketing' });
    expect(await late.closed).toBe(CLOSE.locked);
    const back = await client(room);
    back.send({ t: 'resume', participantId: joined.participantId, pass: joined.pass });
    expect(await back.next('resumed')).toMatchObject({ participantId: joined.participantId });
  });

  it('tells a device to send again what the host took but never answered when the host goes away or is replaced', async () => {
    const room = await open();
    const host = await fakeHost(room, { holdIntents: true });
    const { device } = await joinDevice(room);
    device.send({ t: 'addNote', id: 'intent-held-1', columnId: 'c1', text: 'in flight' });
    await expect.poll(() => host.intents.length).toBe(1);
    // A reload of the facilitator's page: the host's connection ends without an answer.
    host.ws.close();
    expect(await device.next('refused')).toEqual({ t: 'refused', id: 'intent-held-1', reason: 'hostOffline' });

    const second = await fakeHost(room, { holdIntents: true });
    device.send({ t: 'addNote', id: 'intent-held-2', columnId: 'c1', text: 'in flight again' });
    await expect.poll(() => second.intents.length).toBe(1);
    await fakeHost(room); // another page takes over the room
    await expect.poll(() => device.messages.filter((m) => m.t === 'refused' && m.id === 'intent-held-2')).toEqual([{ t: 'refused', id: 'intent-held-2', reason: 'hostOffline' }]);
    // The first one was told once (that message was taken above): a later host change does not repeat it.
    expect(device.messages.filter((m) => m.t === 'refused' && m.id === 'intent-held-1')).toHaveLength(0);
  });

  it('lets a device back in with its pass after the room process restarts, once the host names the passes', async () => {
    const first = await open();
    await fakeHost(first);
    const joined = await joinDevice(first);
    await first.close();
    const second = await open();
    const host = await client(second, { path: '/host' });
    host.send({ t: 'hello', secret: second.hostSecret });
    expect(await host.next('room')).toMatchObject({ t: 'room', online: [] });
    // Before the host names the passes, a pass the room does not know may still be valid: "try again", not "bad pass".
    const early = await client(second);
    early.send({ t: 'resume', participantId: joined.participantId, pass: joined.pass });
    expect(await early.next('refused')).toEqual({ t: 'refused', id: null, reason: 'hostOffline' });
    host.send({ t: 'members', members: [{ participantId: joined.participantId, passHash: hashPass(joined.pass), removed: false }] });
    const back = await client(second);
    back.send({ t: 'resume', participantId: joined.participantId, pass: joined.pass });
    expect(await back.next('resumed')).toEqual({ t: 'resumed', participantId: joined.participantId });
    expect(await host.next('presence')).toEqual({ t: 'presence', participantId: joined.participantId, online: true });
    expect(second.joinUrl).not.toBe(first.joinUrl); // A fresh join secret each time the room opens.
  });

  it('tells every device the room is closing', async () => {
    const room = await open();
    await fakeHost(room);
    const { device } = await joinDevice(room);
    await room.close();
    expect(await device.closed).toBe(CLOSE.closing);
  });
});
