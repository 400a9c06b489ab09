import { connect } from 'node:net';
import WebSocket from 'ws';
import type { RoomAddress } from './facilitator';
import { deadline, until } from './util';

/**
 * Hostile clients' tools: each attack opens its own connections from its own
 * loopback address and says what happened (a close code, an HTTP status, a
 * refusal), to be compared with what docs/room.md says the room does.
 */

export type Stage = 'write' | 'reveal' | 'group' | 'vote' | 'discuss' | 'health' | 'other';

export interface AttackContext {
  room: () => RoomAddress;
  address: string;
  stage: () => Stage;
  /** Note ids and participant ids of honest devices (what an attacker could pick up). */
  honestNoteIds: () => string[];
  honestParticipantId: () => string | null;
  /** Resolves when the load is over (attacks that hold a connection let go then). */
  over: Promise<void>;
}

export interface Attack {
  name: string;
  /** What docs/room.md says the room answers. */
  expected: string;
  /** Run only in this stage (default: any). */
  when?: Stage;
  /** Run once per client rather than again and again. */
  once?: boolean;
  run(context: AttackContext): Promise<string>;
}


export const MALLORY = { name: 'Mallory', department: 'sales' };
/** The facilitator did not answer the attacker's join in time: not a verdict on the room. */
export const SKIPPED_JOIN = 'skipped: join not answered within 20 s';
export const key = (room: RoomAddress) => room.joinUrl.split('#k=')[1]!;
export const randomSecret = () => Buffer.from(Array.from({ length: 32 }, () => Math.floor(Math.random() * 256))).toString('base64url');

export interface Raw {
  ws: WebSocket;
  messages: Array<{ t: string; id?: string | null; reason?: string; participantId?: string; view?: unknown }>;
  /** "close <code>" once closed. */
  closed: Promise<string>;
}

/** Opens a WebSocket as an attacker; resolves to the socket or to "HTTP <status>" when the upgrade is refused. */
export function open(context: AttackContext, options: { path?: string; origin?: string | null; host?: string } = {}): Promise<Raw | string> {
  const room = context.room();
  const headers: Record<string, string> = {};
  if (options.origin !== null) headers.Origin = options.origin ?? room.origin;
  if (options.host) headers.Host = options.host;
  const ws = new WebSocket(`ws://127.0.0.1:${room.port}${options.path ?? '/ws'}`, { headers, localAddress: context.address, handshakeTimeout: 5_000 });
  const messages: Raw['messages'] = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data)) as Raw['messages'][number]));
  const closed = new Promise<string>((resolve) => ws.on('close', (code) => resolve(`close ${code}`)));
  return deadline(
    new Promise<Raw | string>((resolve) => {
      ws.once('open', () => resolve({ ws, messages, closed }));
      ws.once('unexpected-response', (_request, response) => {
        resolve(`HTTP ${response.statusCode}`);
        ws.terminate();
      });
      ws.once('error', (error) => resolve(`error ${error.message}`));
    }),
    8_000,
    'attacker connect',
  );
}

/** Sends `payload` on a fresh connection and reports how the room closed it (bounded). */
export async function sendAndClose(context: AttackContext, payload: unknown, options: { binary?: boolean; waitMs?: number } = {}): Promise<string> {
  const raw = await open(context);
  if (typeof raw === 'string') return raw;
  if (options.binary) raw.ws.send(Buffer.from([1, 2, 3, 4]));
  else raw.ws.send(typeof payload === 'string' ? payload : JSON.stringify(payload));
  return deadline(raw.closed, options.waitMs ?? 5_000, 'close').catch(() => {
    raw.ws.terminate();
    return 'still open';
  });
}

/** Joins as a new participant (Mallory); null when the room would not let them in. */
export async function joinAsMallory(context: AttackContext): Promise<(Raw & { participantId: string }) | null> {
  const raw = await open(context);
  if (typeof raw === 'string') return null;
  raw.ws.send(JSON.stringify({ t: 'join', key: key(context.room()), ...MALLORY }));
  // The facilitator answers joins; under load that can take a while.
  if (!(await until(() => raw.messages.some((m) => m.t === 'welcome'), 20_000))) {
    raw.ws.terminate();
    return null;
  }
  return { ...raw, participantId: raw.messages.find((m) => m.t === 'welcome')!.participantId! };
}

/** Waits (bounded) for the answers to the given intent ids; "ack" or "refused <reason>" each. */
export async function answers(raw: Raw, ids: string[], ms = 20_000): Promise<string[]> {
  const answer = (id: string) => raw.messages.find((m) => (m.t === 'ack' || m.t === 'refused') && m.id === id);
  await until(() => ids.every((id) => answer(id)), ms);
  return ids.map((id) => {
    const found = answer(id);
    return found ? (found.t === 'ack' ? 'ack' : `refused ${found.reason}`) : 'no answer';
  });
}

/** A raw HTTP request; the status line's code, or "closed" / "no answer". */
export function rawHttp(context: AttackContext, request: string, ms = 5_000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ port: context.room().port, host: '127.0.0.1', localAddress: context.address });
    let data = '';
    const timer = setTimeout(() => finish('no answer'), ms);
    const finish = (result: string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
      if (data.includes('\r\n')) finish(`HTTP ${data.split(' ')[1]}`);
    });
    socket.on('close', () => finish(data ? `HTTP ${data.split(' ')[1]}` : 'closed'));
    socket.on('error', () => finish('closed'));
    socket.write(request);
  });
}

export const get = (path: string, host: string) => `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`;
export const ownHost = (context: AttackContext) => new URL(context.room().origin).host;


export function closeIfOpen(raw: Raw | string): string {
  if (typeof raw === 'string') return raw;
  raw.ws.terminate();
  return 'HTTP 101 (accepted)';
}

export function findOwnNote(raw: Raw): string | null {
  const view = [...raw.messages].reverse().find((m) => m.t === 'view')?.view as { activity?: { mine: string[] } } | undefined;
  return view?.activity?.mine[0] ?? null;
}
