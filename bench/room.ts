import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { spawn } from 'node:child_process';
import type { Room } from '../electron/room/server';
import type { Phase } from '../shared/model/facilitation-types';
import { facilitator } from '../test/room/desk';
import { percentile, round } from './stats';

/**
 * Room latency on loopback (a first, short form of issue 12's benchmark):
 * DEVICES Node clients speaking the real protocol join one room whose host is
 * the pure host steps on an in-memory store (not yet the facilitator's page
 * with IndexedDB). Each device writes NOTES_EACH notes with a typing pause
 * before each; measures intent → confirmed and a phase change (after the
 * notes are on the board) reaching every device. Bounded: fixed counts, every wait has a deadline.
 */
const DEVICES = Number(process.env.ROOM_DEVICES ?? 30);
const NOTES_EACH = 5;
const BUDGET = { ackP95: 100, phaseP95: 250 };

function deadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timeout: ${what}`)), ms).unref())]);
}

// The room runs as its own process (npm run room), as in browser mode; this process plays
// the facilitator's app and the devices.
const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../electron/room/cli.ts'), '--host', '127.0.0.1', '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const printed = await deadline(
  new Promise<string>((found) => child.stdout.once('data', (data: Buffer) => found(String(data)))),
  20_000,
  'room process start',
);
const info = JSON.parse(printed.split('\n')[0]!) as { joinUrl: string; hostSecret: string; origin: string };
const room = { ...info, port: Number(new URL(info.origin).port) } as unknown as Room;
const desk = await facilitator(room);
const key = room.joinUrl.split('#k=')[1]!;

interface Device {
  ws: WebSocket;
  waiting: Map<string, (at: number) => void>;
  phaseSeen: Map<Phase, number>;
}


async function device(index: number): Promise<Device> {
  // Each device from its own loopback address, as phones on a Wi-Fi each have their own.
  const ws = new WebSocket(`ws://127.0.0.1:${room.port}/ws`, { headers: { Origin: room.origin }, localAddress: `127.0.${1 + Math.floor(index / 200)}.${10 + (index % 200)}` });
  const made: Device = { ws, waiting: new Map(), phaseSeen: new Map() };
  let welcomed: () => void = () => undefined;
  const welcome = new Promise<void>((resolve) => (welcomed = resolve));
  ws.on('message', (data) => {
    const at = performance.now();
    const message = JSON.parse(String(data)) as { t: string; id?: string; view?: { activity: { phase: Phase } | null } };
    if (message.t === 'welcome') welcomed();
    if (message.t === 'ack' && message.id) made.waiting.get(message.id)?.(at);
    const phase = message.view?.activity?.phase;
    if (phase && !made.phaseSeen.has(phase)) made.phaseSeen.set(phase, at);
  });
  await deadline(new Promise((resolve) => ws.once('open', resolve)), 5_000, 'open');
  ws.send(JSON.stringify({ t: 'join', key, name: `Person ${index}`, department: index % 2 ? 'marketing' : 'sales' }));
  await deadline(welcome, 5_000, 'welcome');
  return made;
}

const devices: Device[] = [];
for (let index = 0; index < DEVICES; index++) devices.push(await device(index));

const acks: number[] = [];
await Promise.all(
  devices.map(async (one, index) => {
    for (let note = 0; note < NOTES_EACH; note++) {
      // People type: a pause of 0.3–1.5 s before each note (deterministic per device and note).
      await new Promise((resolve) => setTimeout(resolve, 300 + ((index * 7919 + note * 104729) % 1200)));
      const id = `bench-${String(index).padStart(4, '0')}-${note}`;
      const started = performance.now();
      const confirmed = new Promise<number>((resolve) => one.waiting.set(id, resolve));
      one.ws.send(JSON.stringify({ t: 'addNote', id, columnId: desk.column.id, text: `Note ${note} from ${index}` }));
      acks.push((await deadline(confirmed, 5_000, id)) - started);
    }
  }),
);

const phaseTimes: number[] = [];
for (const phase of ['reveal', 'group', 'vote', 'discuss'] as const) {
  const started = performance.now();
  desk.phase(phase);
  const until = Date.now() + 5_000;
  while (devices.some((one) => !one.phaseSeen.has(phase)) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 2));
  for (const one of devices) phaseTimes.push((one.phaseSeen.get(phase) ?? Number.POSITIVE_INFINITY) - started);
}

const result = {
  devices: DEVICES,
  notes: acks.length,
  stored: Object.values(desk.state.records).filter((record) => record.type === 'note').length,
  ackMs: { p50: round(percentile(acks, 0.5)), p95: round(percentile(acks, 0.95)), p99: round(percentile(acks, 0.99)) },
  phaseToAllMs: { p50: round(percentile(phaseTimes, 0.5)), p95: round(percentile(phaseTimes, 0.95)) },
  budget: BUDGET,
};
const ok = result.stored === result.notes && result.ackMs.p95 < BUDGET.ackP95 && result.phaseToAllMs.p95 < BUDGET.phaseP95;
process.stdout.write(`${JSON.stringify(result, null, 2)}\n${ok ? 'within budget' : 'BUDGET MISSED'}\n`);
mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(resolve(import.meta.dirname, 'results/room-latest.json'), JSON.stringify({ at: new Date().toISOString(), ...result, ok }, null, 2));
for (const one of devices) one.ws.close();
child.kill('SIGTERM');
process.exit(ok ? 0 : 1);
