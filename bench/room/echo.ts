import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import WebSocket, { WebSocketServer } from 'ws';
import { readMessages } from './arrivals';
import { deadline, random, sleep } from './util';

/**
 * The floor: a bare `ws` echo server in its own process and the same number of
 * clients from the same loopback addresses, each sending small frames with
 * pauses; the round trip is what the network stack and `ws` cost at least.
 */
export async function echoFloor(port: number, clients: number, address: (index: number) => string, options: { messages: number; spreadMs: number }): Promise<number[]> {
  return withEchoServer(port, clients, address, async (sockets) => {
    const times: number[] = [];
    await Promise.all(
      sockets.map(async (ws, index) => {
        const next = random(index + 1);
        for (let n = 0; n < options.messages; n++) {
          await sleep(next() * ((2 * options.spreadMs) / options.messages));
          const started = performance.now();
          const back = new Promise((found) => ws.once('message', found));
          ws.send(JSON.stringify({ t: 'addNote', id: `echo-${index}-${n}`, columnId: 'column-0001', text: `Echo ${n} from ${index}` }));
          await deadline(back, 5_000, 'echo');
          times.push(performance.now() - started);
        }
      }),
    );
    return times;
  });
}

/**
 * The floor of a phase change: the bare `ws` server sends one frame (the
 * largest view a device was sent, as it came: deflated and binary, or text)
 * to every client at once, `rounds` times; each sample is one client's wait
 * from the request to its frame read, timed as the bench's devices time
 * theirs (arrivals.ts). What loopback, `ws` and this one harness process
 * cost at least to hand every device a board.
 */
export async function broadcastFloor(port: number, clients: number, address: (index: number) => string, options: { frame: Buffer; binary: boolean; rounds: number }): Promise<number[]> {
  return withEchoServer(port, clients, address, async (sockets) => {
    const times: number[] = [];
    const readers = new Map<WebSocket, (at: number) => void>();
    for (const ws of sockets) readMessages(ws, (_text, at) => readers.get(ws)?.(at));
    for (let round = 0; round < options.rounds; round++) {
      const started = performance.now();
      const all = sockets.map((ws) => new Promise<void>((got) => (readers.set(ws, (at) => (times.push(at - started), got())))));
      sockets[0]!.send(options.binary ? options.frame : `${BROADCAST}${options.frame.toString()}`, { binary: options.binary });
      await deadline(Promise.all(all), 30_000, 'broadcast');
      await sleep(500);
    }
    return times;
  });
}

/** Before a text the echo server hands to every client instead of echoing it. */
const BROADCAST = 'broadcast:';

async function withEchoServer<T>(port: number, clients: number, address: (index: number) => string, run: (sockets: WebSocket[]) => Promise<T>): Promise<T> {
  const server = fork(resolve(import.meta.dirname, 'echo.ts'), ['serve', String(port)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const sockets: WebSocket[] = [];
  try {
    await deadline(new Promise((ready) => server.once('message', ready)), 20_000, 'echo server start');
    for (let index = 0; index < clients; index++) {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/`, { localAddress: address(index) });
      await deadline(new Promise((open, fail) => (ws.once('open', open), ws.once('error', fail))), 5_000, 'echo connect');
      sockets.push(ws);
    }
    return await run(sockets);
  } finally {
    for (const ws of sockets) ws.terminate();
    server.kill('SIGTERM');
  }
}

if (process.argv[2] === 'serve') {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: Number(process.argv[3]), perMessageDeflate: false });
  wss.on('connection', (ws) =>
    ws.on('message', (data: Buffer, isBinary) => {
      const text = isBinary ? '' : String(data);
      if (!isBinary && !text.startsWith(BROADCAST)) return ws.send(data, { binary: false });
      // One frame for everyone, made once, as the room sends a revealed board (its bytes made once per round).
      const frame = isBinary ? data : Buffer.from(text.slice(BROADCAST.length));
      for (const client of wss.clients) client.send(frame, { binary: isBinary });
    }),
  );
  wss.on('listening', () => process.send?.('ready'));
  // Bounded: the echo server never outlives the bench by long.
  setTimeout(() => process.exit(0), 10 * 60_000).unref();
  process.on('disconnect', () => process.exit(0));
}
