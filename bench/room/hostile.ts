import { connect } from 'node:net';
import WebSocket from 'ws';
import type { RoomAddress } from './facilitator';
import { deadline, sleep, until } from './util';

/**
 * Hostile clients: each attack opens its own connections from its own
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

const MALLORY = { name: 'Mallory', department: 'sales' };
/** The facilitator did not answer the attacker's join in time: not a verdict on the room. */
const SKIPPED_JOIN = 'skipped: join not answered within 20 s';
const key = (room: RoomAddress) => room.joinUrl.split('#k=')[1]!;
const randomSecret = () => Buffer.from(Array.from({ length: 32 }, () => Math.floor(Math.random() * 256))).toString('base64url');

interface Raw {
  ws: WebSocket;
  messages: Array<{ t: string; id?: string | null; reason?: string; participantId?: string; view?: unknown }>;
  /** "close <code>" once closed. */
  closed: Promise<string>;
}

/** Opens a WebSocket as an attacker; resolves to the socket or to "HTTP <status>" when the upgrade is refused. */
function open(context: AttackContext, options: { path?: string; origin?: string | null; host?: string } = {}): Promise<Raw | string> {
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
async function sendAndClose(context: AttackContext, payload: unknown, options: { binary?: boolean; waitMs?: number } = {}): Promise<string> {
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
async function joinAsMallory(context: AttackContext): Promise<(Raw & { participantId: string }) | null> {
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
async function answers(raw: Raw, ids: string[], ms = 20_000): Promise<string[]> {
  const answer = (id: string) => raw.messages.find((m) => (m.t === 'ack' || m.t === 'refused') && m.id === id);
  await until(() => ids.every((id) => answer(id)), ms);
  return ids.map((id) => {
    const found = answer(id);
    return found ? (found.t === 'ack' ? 'ack' : `refused ${found.reason}`) : 'no answer';
  });
}

/** A raw HTTP request; the status line's code, or "closed" / "no answer". */
function rawHttp(context: AttackContext, request: string, ms = 5_000): Promise<string> {
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

const get = (path: string, host: string) => `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`;
const ownHost = (context: AttackContext) => new URL(context.room().origin).host;

export const ATTACKS: Attack[] = [
  {
    name: 'flood (joined, 150 intents at once)',
    expected: 'close 4429',
    async run(context) {
      const mallory = await joinAsMallory(context);
      if (!mallory) return SKIPPED_JOIN;
      const column = 'no-such-column';
      for (let n = 0; n < 150 && mallory.ws.readyState === WebSocket.OPEN; n++) {
        mallory.ws.send(JSON.stringify({ t: 'addNote', id: `flood-${n}`.padEnd(8, '0'), columnId: column, text: 'FLOOD' }));
      }
      return deadline(mallory.closed, 5_000, 'flood close').catch(() => 'still open');
    },
  },
  {
    name: 'over-size frame (5 KiB)',
    expected: 'close 1009',
    run: (context) => sendAndClose(context, { t: 'join', key: key(context.room()), name: 'x'.repeat(5_000), department: 'sales' }),
  },
  { name: 'invalid JSON', expected: 'close 4400', run: (context) => sendAndClose(context, '{"t":"join",') },
  { name: 'unknown type', expected: 'close 4400', run: (context) => sendAndClose(context, { t: 'setPhase', phase: 'reveal' }) },
  {
    name: 'unknown field',
    expected: 'close 4400',
    run: (context) => sendAndClose(context, { t: 'join', key: key(context.room()), ...MALLORY, admin: true }),
  },
  { name: 'binary frame', expected: 'close 4400', run: (context) => sendAndClose(context, null, { binary: true }) },
  {
    name: 'intent before joining',
    expected: 'close 4400',
    run: (context) => sendAndClose(context, { t: 'addNote', id: 'sneaky-0001', columnId: 'column-1', text: 'no pass' }),
  },
  {
    name: 'wrong join secret',
    expected: 'close 4401',
    run: (context) => sendAndClose(context, { t: 'join', key: randomSecret(), ...MALLORY }),
  },
  {
    name: 'forged pass (an honest participant id)',
    expected: 'close 4402',
    run: (context) => sendAndClose(context, { t: 'resume', participantId: context.honestParticipantId() ?? 'pUNKNOWN00000000', pass: randomSecret() }),
  },
  {
    name: 'forged host secret',
    expected: 'close 4401',
    async run(context) {
      const raw = await open(context, { path: '/host' });
      if (typeof raw === 'string') return raw;
      raw.ws.send(JSON.stringify({ t: 'hello', secret: randomSecret() }));
      return deadline(raw.closed, 5_000, 'close').catch(() => 'still open');
    },
  },
  {
    name: 'other participants’ note ids (edit, delete)',
    expected: 'refused notYours',
    when: 'write',
    async run(context) {
      const target = context.honestNoteIds()[0];
      if (!target) return 'skipped: no note yet';
      const mallory = await joinAsMallory(context);
      if (!mallory) return SKIPPED_JOIN;
      mallory.ws.send(JSON.stringify({ t: 'editNote', id: 'hijack-edit-1', noteId: target, text: 'HIJACKED' }));
      mallory.ws.send(JSON.stringify({ t: 'deleteNote', id: 'hijack-delete-1', noteId: target }));
      const got = await answers(mallory, ['hijack-edit-1', 'hijack-delete-1']);
      mallory.ws.close();
      return [...new Set(got)].join(', ');
    },
  },
  {
    name: 'votes over the budget (6 dots of 3)',
    expected: 'ack, ack, ack, refused noVotesLeft ×3',
    when: 'vote',
    async run(context) {
      const target = context.honestNoteIds()[0];
      if (!target) return 'skipped: no note yet';
      const mallory = await joinAsMallory(context);
      if (!mallory) return SKIPPED_JOIN;
      // Joining goes through a busy facilitator: the vote may be over by now, and then `wrongPhase` is right.
      if (context.stage() !== 'vote') {
        mallory.ws.close();
        return 'skipped: the vote ended while joining';
      }
      const ids = Array.from({ length: 6 }, (_, n) => `greedy-vote-${n}`);
      for (const id of ids) mallory.ws.send(JSON.stringify({ t: 'vote', id, targetId: target, delta: 1 }));
      const got = await answers(mallory, ids);
      mallory.ws.close();
      return got.slice(0, 3).join(', ') + (got.slice(3).every((answer) => answer === got[3]) ? `, ${got[3]} ×3` : `, ${got.slice(3).join(', ')}`);
    },
  },
  {
    name: 'edit own note after the reveal',
    expected: 'refused wrongPhase',
    when: 'write',
    once: true,
    async run(context) {
      const mallory = await joinAsMallory(context);
      if (!mallory) return SKIPPED_JOIN;
      const column = await until(() => mallory.messages.some((m) => m.t === 'view'), 5_000);
      const view = [...mallory.messages].reverse().find((m) => m.t === 'view')?.view as { activity?: { columns: Array<{ id: string; writable: boolean }> } } | undefined;
      const columnId = view?.activity?.columns.find((candidate) => candidate.writable)?.id;
      if (!column || !columnId) return 'no view';
      mallory.ws.send(JSON.stringify({ t: 'addNote', id: 'mallory-note-1', columnId, text: 'MALLORY ORIGINAL' }));
      await answers(mallory, ['mallory-note-1']);
      const noteId = await until(() => findOwnNote(mallory) !== null, 5_000).then(() => findOwnNote(mallory));
      if (!noteId) return 'note not in view';
      await Promise.race([until(() => context.stage() !== 'write', 600_000, 200), context.over]);
      if (context.stage() === 'write') return 'skipped: no reveal';
      const edited = ['mallory-edit-1', 'mallory-delete-1'];
      mallory.ws.send(JSON.stringify({ t: 'editNote', id: edited[0], noteId, text: 'EDITED AFTER REVEAL' }));
      mallory.ws.send(JSON.stringify({ t: 'deleteNote', id: edited[1], noteId }));
      const got = await answers(mallory, edited);
      mallory.ws.close();
      return [...new Set(got)].join(', ');
    },
  },
  {
    name: 'slow reader (joins, never reads its socket)',
    expected: 'cut off (close 1006)',
    once: true,
    async run(context) {
      const mallory = await joinAsMallory(context);
      if (!mallory) return SKIPPED_JOIN;
      const socket = (mallory.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket;
      socket.pause();
      await context.over;
      socket.resume();
      const result = await deadline(mallory.closed, 5_000, 'slow reader').catch(() => 'still open');
      mallory.ws.terminate();
      return result === 'close 1006' ? 'cut off (close 1006)' : result;
    },
  },
  {
    name: 'slow HTTP request (a header byte a second)',
    expected: 'refused by the headers timeout (5 s)',
    once: true,
    async run(context) {
      const started = Date.now();
      const result = await new Promise<string>((resolve) => {
        const socket = connect({ port: context.room().port, host: '127.0.0.1', localAddress: context.address });
        let sent = 0;
        const drip = setInterval(() => {
          if (sent++ > 20) return finish('still open after 20 s');
          socket.write(sent === 1 ? `GET / HTTP/1.1\r\nHost: ${ownHost(context)}\r\nX-Slow: ` : 'a');
        }, 1_000);
        const finish = (answer: string) => {
          clearInterval(drip);
          socket.destroy();
          resolve(answer);
        };
        socket.on('data', (chunk) => finish(`HTTP ${chunk.toString('latin1').split(' ')[1]}`));
        socket.on('close', () => finish('closed'));
        socket.on('error', () => finish('closed'));
      });
      const seconds = (Date.now() - started) / 1000;
      // Node checks for late headers once a second (connectionsCheckingInterval): 5–6 s, plus the drip's own second.
      return (result === 'HTTP 408' || result === 'closed') && seconds <= 8 ? 'refused by the headers timeout (5 s)' : `${result} after ${seconds.toFixed(1)} s`;
    },
  },
  {
    name: 'path traversal (5 paths)',
    expected: 'HTTP 404',
    async run(context) {
      const paths = ['/../../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fetc%2fpasswd', '/assets/../../../etc/passwd', '//etc/passwd'];
      const got = await Promise.all(paths.map((path) => rawHttp(context, get(path, ownHost(context)))));
      return [...new Set(got)].join(', ');
    },
  },
  { name: 'forged Host (HTTP)', expected: 'HTTP 421', run: (context) => rawHttp(context, get('/', 'evil.example')) },
  {
    name: 'forged Host (WebSocket)',
    expected: 'HTTP 421',
    run: async (context) => closeIfOpen(await open(context, { host: 'evil.example' })),
  },
  {
    name: 'forged or missing Origin (WebSocket)',
    expected: 'HTTP 403',
    async run(context) {
      const got = [closeIfOpen(await open(context, { origin: 'http://evil.example' })), closeIfOpen(await open(context, { origin: null })), closeIfOpen(await open(context, { path: '/host', origin: 'http://evil.example' }))];
      return [...new Set(got)].join(', ');
    },
  },
  {
    name: 'traversal on the upgrade path (raw, 3 paths)',
    expected: 'HTTP 404',
    async run(context) {
      // Written raw: a WebSocket client would normalise `/../ws` to `/ws` before sending it.
      const upgrade = (path: string) =>
        `GET ${path} HTTP/1.1\r\nHost: ${ownHost(context)}\r\nOrigin: ${context.room().origin}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${randomSecret().slice(0, 22)}==\r\n\r\n`;
      const got = await Promise.all(['/../ws', '/ws/../host', '/%77s'].map((path) => rawHttp(context, upgrade(path))));
      return [...new Set(got)].join(', ');
    },
  },
  {
    name: 'never says who it is',
    expected: 'close 4408',
    once: true,
    async run(context) {
      const raw = await open(context);
      if (typeof raw === 'string') return raw;
      return deadline(raw.closed, 15_000, 'auth timeout').catch(() => {
        raw.ws.terminate();
        return 'still open after 15 s';
      });
    },
  },
];

/** The attacks whose names start with the given words. */
export const attacksNamed = (...starts: string[]) => ATTACKS.filter((attack) => starts.some((start) => attack.name.startsWith(start)));

function closeIfOpen(raw: Raw | string): string {
  if (typeof raw === 'string') return raw;
  raw.ws.terminate();
  return 'HTTP 101 (accepted)';
}

function findOwnNote(raw: Raw): string | null {
  const view = [...raw.messages].reverse().find((m) => m.t === 'view')?.view as { activity?: { mine: string[] } } | undefined;
  return view?.activity?.mine[0] ?? null;
}

export interface AttackReport {
  name: string;
  expected: string;
  runs: number;
  /** Runs that could not attack (e.g. the facilitator did not answer a join in time). */
  skipped: number;
  asDesigned: number;
  outcomes: Record<string, number>;
}

/**
 * Runs attacks from `clients` hostile clients (attack i on client i, round
 * robin), each again and again with pauses until `over` resolves (or once),
 * at most `maxRuns` times each.
 */
export async function attackDuring(base: Omit<AttackContext, 'address'>, clients: number, address: (index: number) => string, options: { pauseMs: number; maxRuns: number; attacks?: Attack[] }): Promise<AttackReport[]> {
  const attacks = options.attacks ?? ATTACKS;
  const reports = new Map<string, AttackReport>(attacks.map((attack) => [attack.name, { name: attack.name, expected: attack.expected, runs: 0, skipped: 0, asDesigned: 0, outcomes: {} }]));
  let over = false;
  void base.over.then(() => (over = true));
  await Promise.all(
    Array.from({ length: clients }, async (_, index) => {
      const attack = attacks[index % attacks.length]!;
      const report = reports.get(attack.name)!;
      const context: AttackContext = { ...base, address: address(index) };
      let runs = 0;
      // Bounded twice: at most maxRuns attacks, and at most 2,000 turns of waiting for the right stage.
      for (let turn = 0; !over && turn < 2_000; turn++) {
        if (attack.when && context.stage() !== attack.when) {
          await Promise.race([sleep(300), base.over]);
          continue;
        }
        const outcome = await attack.run(context).catch((error: unknown) => `threw ${String(error)}`);
        if (outcome.startsWith('skipped')) {
          if (outcome === SKIPPED_JOIN) report.skipped++;
          await Promise.race([sleep(500), base.over]);
          continue;
        }
        report.runs++;
        report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + 1;
        if (outcome === attack.expected) report.asDesigned++;
        if (attack.once || ++runs >= options.maxRuns) break;
        await Promise.race([sleep(options.pauseMs * (0.5 + Math.random())), base.over]);
      }
    }),
  );
  return [...reports.values()].filter((report) => report.runs > 0 || attacks.length <= clients);
}
