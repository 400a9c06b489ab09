import { deflateRawSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { RESEND_AFTER_MS, RoomConnection } from '../../renderer/src/room-page/connection';

/** A WebSocket stand-in the test drives by hand. */
class FakeSocket {
  static OPEN = 1;
  readyState = 0;
  sent: Array<Record<string, unknown>> = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string | ArrayBuffer }) => void) | null = null;
  binaryType = 'blob';
  onclose: ((event: { code: number }) => void) | null = null;
  send(text: string) {
    this.sent.push(JSON.parse(text) as Record<string, unknown>);
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  /** A whole view as the room sends it to a page that asked for deflated views (or any bytes). */
  receiveBinary(bytes: Uint8Array) {
    this.onmessage?.({ data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

const PASS = 'p'.repeat(43);
const KEY = 'k'.repeat(43);

function setup(storage: Storage = localStorage) {
  const sockets: FakeSocket[] = [];
  const connection = new RoomConnection('ws://room/ws', KEY, storage, () => undefined, () => {
    const socket = new FakeSocket();
    sockets.push(socket);
    return socket as unknown as WebSocket;
  });
  connection.start();
  return { connection, sockets, last: () => sockets[sockets.length - 1]! };
}

/** A device that joined as `name` and was welcomed as `participantId`. */
function joined(name: string, participantId: string) {
  const device = setup();
  device.connection.join(name, 'sales');
  device.last().open();
  device.last().receive({ t: 'welcome', participantId, pass: PASS });
  return device;
}

describe('RoomConnection', () => {
  it('asks again, later and later, while the room cannot take its resume (the facilitator\'s app is away)', () => {
    vi.useFakeTimers();
    localStorage.clear();
    const { connection, last, sockets } = joined('Ala', 'p-ala-0001');
    last().drop();
    vi.advanceTimersByTime(600);
    last().open();
    expect(last().sent).toEqual([{ t: 'resume', participantId: 'p-ala-0001', pass: PASS }]);
    const count = sockets.length;
    last().receive({ t: 'refused', id: null, reason: 'hostOffline' });
    vi.advanceTimersByTime(999);
    expect(sockets).toHaveLength(count);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(count + 1);
    last().open();
    last().receive({ t: 'refused', id: null, reason: 'hostOffline' });
    vi.advanceTimersByTime(1_999);
    expect(sockets).toHaveLength(count + 1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(count + 2);
    last().open();
    expect(last().sent).toEqual([{ t: 'resume', participantId: 'p-ala-0001', pass: PASS }]);
    last().receive({ t: 'resumed', participantId: 'p-ala-0001' });
    expect(connection.status).toBe('online');
    connection.stop();
    vi.useRealTimers();
  });

  it('joins, keeps an intent until it is confirmed, and resends it after a dropped connection', () => {
    vi.useFakeTimers();
    localStorage.clear();
    const { connection, last, sockets } = setup();
    expect(sockets).toHaveLength(0); // A newcomer connects when they join.
    connection.join('Ala', 'sales');
    last().open();
    expect(last().sent).toEqual([{ t: 'join', key: KEY, name: 'Ala', department: 'sales' }]);
    last().receive({ t: 'welcome', participantId: 'p-ala-0001', pass: PASS });
    connection.send({ t: 'addNote', columnId: 'c1', text: 'Leads go cold' });
    const sent = last().sent[1]!;
    expect(sent).toMatchObject({ t: 'addNote', columnId: 'c1', text: 'Leads go cold' });
    expect(JSON.parse(localStorage.getItem('alignboard.room.outbox')!)).toHaveLength(1);

    last().drop();
    expect(connection.status).toBe('offline');
    vi.advanceTimersByTime(1_000);
    last().open();
    expect(last().sent[0]).toEqual({ t: 'resume', participantId: 'p-ala-0001', pass: PASS });
    last().receive({ t: 'resumed', participantId: 'p-ala-0001' });
    expect(last().sent[1]).toEqual(sent); // Same intent id: applied once by the facilitator's app.
    last().receive({ t: 'ack', id: sent.id });
    expect(connection.outbox).toEqual([]);
    expect(JSON.parse(localStorage.getItem('alignboard.room.outbox')!)).toEqual([]);
    vi.useRealTimers();
  });

  it('reads a deflated view and the messages behind it in the order they came, and drops bytes it cannot inflate', async () => {
    localStorage.clear();
    const { connection, last } = joined('Ala', 'p-ala-0001');
    expect(last().binaryType).toBe('arraybuffer');
    connection.send({ t: 'addNote', columnId: 'c1', text: 'Leads go cold' });
    const id = last().sent[1]!.id as string;
    const view = { workshop: { title: 'Q1', departments: [{ id: 'sales', name: 'Sales', color: '#0f766e' }, { id: 'marketing', name: 'Marketing', color: '#c2410c' }] }, me: { participantId: 'p-ala-0001', name: 'Ala', department: 'sales' }, anonymous: false, activity: null };
    last().receiveBinary(Uint8Array.from([1, 2, 3]));
    last().receiveBinary(deflateRawSync(JSON.stringify({ t: 'view', view, at: Date.now() })));
    last().receive({ t: 'ack', id });
    // The ack waits behind the view: the page never shows a note confirmed before the view that has it.
    expect(connection.outbox).toHaveLength(1);
    await vi.waitFor(() => expect(connection.outbox).toEqual([]));
    expect(connection.view).toEqual(view);
    connection.stop();
  });

  it('survives a reload: identity and waiting intents come back from storage', () => {
    localStorage.clear();
    const first = setup();
    first.connection.join('Ala', 'sales');
    first.last().open();
    first.last().receive({ t: 'welcome', participantId: 'p-ala-0001', pass: PASS });
    first.last().drop(1006);
    first.connection.send({ t: 'addNote', columnId: 'c1', text: 'typed offline' });
    first.connection.stop();

    const second = setup();
    expect(second.connection.outbox).toHaveLength(1);
    second.last().open();
    second.last().receive({ t: 'resumed', participantId: 'p-ala-0001' });
    expect(second.last().sent.map((message) => message.t)).toEqual(['resume', 'addNote']);
    second.connection.stop();
  });

  it('keeps an intent the host could not take yet and resends it with the next view', () => {
    localStorage.clear();
    const { connection, last } = joined('Ala', 'p-ala-0001');
    connection.send({ t: 'vote', targetId: 'n1', delta: 1 });
    const id = last().sent[1]!.id as string;
    last().receive({ t: 'refused', id, reason: 'hostOffline' });
    expect(connection.outbox).toHaveLength(1);
    expect(connection.lastRefusal).toBeNull();
    last().receive({ t: 'view', view: { workshop: { title: 'Q1', departments: [{ id: 'sales', name: 'Sales', color: '#0f766e' }, { id: 'marketing', name: 'Marketing', color: '#c2410c' }] }, me: { participantId: 'p-ala-0001', name: 'Ala', department: 'sales' }, anonymous: false, activity: null }, at: Date.now() });
    expect(last().sent.filter((message) => message.id === id)).toHaveLength(2);
    last().receive({ t: 'refused', id, reason: 'noVotesLeft' });
    expect(connection.outbox).toEqual([]);
    expect(connection.lastRefusal).toBe('noVotesLeft');
    connection.stop();
  });

  it('forgets its pass when removed and stops reconnecting', () => {
    vi.useFakeTimers();
    localStorage.clear();
    const { connection, last, sockets } = joined('Mallory', 'p-mal-0001');
    last().drop(4403);
    expect(connection.ending).toBe('removed');
    expect(connection.identity).toBeNull();
    expect(localStorage.getItem('alignboard.room.identity')).toBeNull();
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    vi.useRealTimers();
  });

  it('sends an unanswered intent again on the same connection, and stops once it is confirmed', () => {
    vi.useFakeTimers();
    localStorage.clear();
    const { connection, last } = joined('Ala', 'p-ala-0001');
    connection.send({ t: 'addNote', columnId: 'c1', text: 'Lost answer' });
    const intent = last().sent[1]!;
    vi.advanceTimersByTime(RESEND_AFTER_MS / 2);
    expect(last().sent).toHaveLength(2); // not yet: it may still be on its way
    vi.advanceTimersByTime(RESEND_AFTER_MS);
    expect(last().sent.slice(2)).toEqual([intent]);
    last().receive({ t: 'ack', id: intent.id });
    vi.advanceTimersByTime(RESEND_AFTER_MS * 3);
    expect(last().sent).toHaveLength(3);
    connection.stop();
    vi.useRealTimers();
  });
});

describe('RoomConnection views', () => {
  it('applies an update to the board it shows, and ignores one for another activity', () => {
    localStorage.clear();
    const { connection, last } = joined('Ala', 'p-ala-0001');
    const head = { id: 'a1', templateKey: null, title: 'Board', prompt: null, phase: 'vote', timeboxMinutes: 10, timer: { startedAt: null, accumulatedMs: 0, extraMinutes: 0 }, mine: ['n1'], counts: { c1: { sales: 1, marketing: 0 } }, spotlightId: null, health: null, done: false };
    const votes = (left: number) => ({ perPerson: 3, left, mine: {}, tallies: null });
    const columns = [{ id: 'c1', templateKey: null, title: 'Leads', writable: false, notes: [{ id: 'n1', text: 'Late leads', department: 'sales', author: null }] }];
    const base = {
      workshop: { title: 'Q1', departments: [{ id: 'sales', name: 'Sales', color: '#0f766e' }, { id: 'marketing', name: 'Marketing', color: '#c2410c' }] },
      me: { participantId: 'p-ala-0001', name: 'Ala', department: 'sales' },
      anonymous: false,
    };
    last().receive({ t: 'view', view: { ...base, activity: { ...head, columns, stacks: [], votes: votes(3) } }, at: Date.now() });
    last().receive({ t: 'viewUpdate', view: { ...base, activity: { ...head, votes: votes(2) } }, at: Date.now() - 60_000 });
    expect(connection.view?.activity).toMatchObject({ columns, votes: { left: 2 } });
    // The room's clock was a minute behind this device's when it sent the update.
    expect(connection.clockOffsetMs).toBeGreaterThan(-61_000);
    expect(connection.clockOffsetMs).toBeLessThan(-59_000);
    last().receive({ t: 'viewUpdate', view: { ...base, activity: { ...head, id: 'a2', votes: votes(1) } }, at: Date.now() });
    expect(connection.view?.activity).toMatchObject({ id: 'a1', votes: { left: 2 } });
  });
});
