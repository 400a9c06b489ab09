import { connect as netConnect } from 'node:net';
import { inflateRawSync } from 'node:zlib';
import WebSocket from 'ws';
import type { Room } from '../../electron/room/server';
import { changedViews, nothingSent } from '../../shared/room/host';

/** Node WebSocket clients for the room server tests; every wait is bounded in time. */

export interface ClientOptions {
  path?: string;
  origin?: string | null;
  hostHeader?: string;
  /** A loopback source address (127.0.0.x), to act as another device on the network. */
  from?: string;
  autoPong?: boolean;
  /** Asks for whole views as raw-deflate binary messages, as a phone's browser that can inflate them does. */
  deflate?: boolean;
}

export interface Client {
  ws: WebSocket;
  messages: Array<Record<string, unknown>>;
  /** Every message as it came over the wire: binary or text, and its size. */
  frames: Array<{ binary: boolean; bytes: number }>;
  send(message: unknown): void;
  next(t: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  closed: Promise<number>;
}

export function client(room: Room, options: ClientOptions = {}): Promise<Client> {
  const headers: Record<string, string> = {};
  if (options.origin !== null) headers.Origin = options.origin ?? room.origin;
  if (options.hostHeader) headers.Host = options.hostHeader;
  const ws = new WebSocket(`ws://127.0.0.1:${room.port}${options.path ?? '/ws'}${options.deflate ? '?views=deflate-raw' : ''}`, {
    headers,
    localAddress: options.from ?? '127.0.0.1',
    autoPong: options.autoPong ?? true,
    handshakeTimeout: 3_000,
  });
  const messages: Array<Record<string, unknown>> = [];
  const frames: Client['frames'] = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (data: Buffer, isBinary) => {
    frames.push({ binary: isBinary, bytes: data.length });
    // Binary frames are for devices that asked for deflated views; to any other a binary frame is a failure.
    const text = !isBinary ? String(data) : options.deflate ? inflateRawSync(data).toString() : null;
    messages.push(text === null ? { t: '(binary frame)' } : (JSON.parse(text) as Record<string, unknown>));
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    ws.once('open', () =>
      resolve({
        ws,
        messages,
        frames,
        closed,
        send: (message) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)),
        next: (t, timeoutMs = 3_000) =>
          new Promise((found, fail) => {
            const deadline = setTimeout(() => fail(new Error(`no "${t}" within ${timeoutMs} ms`)), timeoutMs);
            const look = () => {
              const index = messages.findIndex((message) => message.t === t);
              if (index >= 0) {
                clearTimeout(deadline);
                found(messages.splice(index, 1)[0]!);
              } else waiters.push(look);
            };
            look();
          }),
      }),
    );
    ws.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    ws.once('error', reject);
  });
}

/** The HTTP status a refused upgrade answers with. */
export async function upgradeStatus(room: Room, options: ClientOptions = {}): Promise<number> {
  try {
    const connected = await client(room, options);
    connected.ws.close();
    return 101;
  } catch (error) {
    const match = /HTTP (\d+)/.exec(String(error));
    if (match) return Number(match[1]);
    throw error;
  }
}

/** Sends one raw HTTP request line (the path exactly as written) and returns the status and headers. */
export function rawGet(port: number, path: string, host = `127.0.0.1:${port}`, method = 'GET'): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = netConnect(port, '127.0.0.1');
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer'));
    }, 3_000);
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('end', () => {
      clearTimeout(timer);
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), head, body });
    });
    socket.on('error', reject);
    socket.write(`${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
  });
}


/**
 * A stand-in for the facilitator's page: authenticates, accepts every join,
 * confirms every intent and sends each participant a minimal view.
 */
export async function fakeHost(room: Room, options: { from?: string; refuse?: boolean; holdIntents?: boolean } = {}) {
  const host = await client(room, { path: '/host', from: options.from });
  host.send({ t: 'hello', secret: room.hostSecret });
  await host.next('room');
  // As the facilitator's page answers `room`: whose passes are valid (nobody's yet).
  host.send({ t: 'members', members: [] });
  const intents: Array<Record<string, unknown>> = [];
  host.ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { t: string; participantId: string; name: string; department: 'sales' | 'marketing'; intent?: { id: string } };
    if (message.t === 'join') {
      host.send({ t: 'joined', participantId: message.participantId });
      host.send(minimalViews(message.participantId, message.name, message.department));
    }
    if (message.t === 'intent' && message.intent) {
      intents.push(message);
      if (options.holdIntents) return;
      host.send(options.refuse ? { t: 'refused', participantId: message.participantId, id: message.intent.id, reason: 'wrongPhase' } : { t: 'ack', participantId: message.participantId, id: message.intent.id });
    }
  });
  return { ...host, intents };
}

/** A host's round of views for one participant of an otherwise empty workshop. */
export function minimalViews(participantId: string, name: string, department: 'sales' | 'marketing') {
  return changedViews(
    {
      w: { type: 'workshop', id: 'w', workshopId: 'w', title: 'Q1', organisation: '', date: '2026-12-01', createdAt: 'x', updatedAt: 'x', departments: [{ id: 'sales', name: 'Sales', color: '#0f766e' }, { id: 'marketing', name: 'Marketing', color: '#c2410c' }] },
      [participantId]: { type: 'participant', id: participantId, workshopId: 'w', name, department, order: 'a0' },
    },
    [participantId],
    nothingSent(),
  )!;
}

/** Joins as a device and returns it with its participant id and pass. */
export async function joinDevice(room: Room, name = 'Ala', from?: string) {
  const device = await client(room, { from });
  device.send({ t: 'join', key: joinKey(room), name, department: 'sales' });
  const welcome = await device.next('welcome');
  await device.next('view');
  return { device, participantId: welcome.participantId as string, pass: welcome.pass as string };
}

export const joinKey = (room: Room) => room.joinUrl.split('#k=')[1]!;
