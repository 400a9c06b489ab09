import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import WebSocket, { WebSocketServer } from 'ws';
import { deadline, random, sleep } from './util';

/**
 * The floor: a bare `ws` echo server in its own process and the same number of
 * clients from the same loopback addresses, each sending small frames with
 * pauses; the round trip is what the network stack and `ws` cost at least.
 */
export async function echoFloor(port: number, clients: number, address: (index: number) => string, options: { messages: number; spreadMs: number }): Promise<number[]> {
  const server = fork(resolve(import.meta.dirname, 'echo.ts'), ['serve', String(port)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    await deadline(new Promise((ready) => server.once('message', ready)), 20_000, 'echo server start');
    const sockets: WebSocket[] = [];
    for (let index = 0; index < clients; index++) {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/`, { localAddress: address(index) });
      await deadline(new Promise((open, fail) => (ws.once('open', open), ws.once('error', fail))), 5_000, 'echo connect');
      sockets.push(ws);
    }
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
    for (const ws of sockets) ws.terminate();
    return times;
  } finally {
    server.kill('SIGTERM');
  }
}

if (process.argv[2] === 'serve') {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: Number(process.argv[3]), perMessageDeflate: false });
  wss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary })));
  wss.on('listening', () => process.send?.('ready'));
  // Bounded: the echo server never outlives the bench by long.
  setTimeout(() => process.exit(0), 10 * 60_000).unref();
  process.on('disconnect', () => process.exit(0));
}
