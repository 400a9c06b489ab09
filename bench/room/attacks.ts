import { connect } from 'node:net';
import WebSocket from 'ws';
import { answers, closeIfOpen, findOwnNote, get, joinAsMallory, key, MALLORY, open, ownHost, randomSecret, rawHttp, sendAndClose, SKIPPED_JOIN, type Attack } from './attacker';
import { deadline, until } from './util';

/** What each hostile client does, and what docs/room.md says the room answers. */
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
