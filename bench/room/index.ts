/**
 * `npm run bench:room`: proves the room holds (issue 12). Sections, each on a
 * fresh room process and facilitator, all on loopback:
 *   floor   a bare `ws` echo round trip with as many clients as devices
 *   relay   the room with a trivial host that confirms at once: what the room process adds
 *   load    ROOM_DEVICES devices write, see phases, vote and rate, while 10% hostile clients attack
 *   faults  drops (20% of devices, some mid-send), facilitator reloads, the room process killed and restarted
 *   soak    ROOM_SOAK_DEVICES devices for ROOM_SOAK_MINUTES, board after board
 * `npx tsx bench/room/index.ts load faults` runs only some. Prints a table,
 * writes bench/results/room-<time>.json and room-latest.json; exit code 1 when a budget is missed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { droppedFrames } from '../measures/board';
import { percentile, round } from '../stats';
import { formatTable } from '../table';
import { passes, type Result } from '../result';
import { clean, reconciled } from './check';
import { broadcastFloor, echoFloor } from './echo';
import { forkedFacilitator, type Facilitator } from './facilitator';
import { runFaults } from './faults';
import { PAGE_ORIGIN, pageFacilitator } from './page-facilitator';
import { runLoad } from './load';
import { runRelay } from './relay';
import { roomProcess, type RoomHandle } from './room-process';
import { runSoak } from './soak';
import { deviceAddress } from './util';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const DEVICES = env('ROOM_DEVICES', 200);
const PORT = env('ROOM_PORT', 4320);
const BUDGET = { confirmedP95: 150, phaseP95: 500, dragFrameP95: 16.7 };
const only = process.argv.slice(2);
const wanted = (section: string) => only.length === 0 || only.includes(section);
const log = (line: string) => process.stdout.write(`${line}\n`);
/** `ROOM_FACILITATOR=page`: the real facilitator's page in Chromium hosts the room; by default the desk (pure host steps). */
const ON_PAGE = process.env.ROOM_FACILITATOR === 'page';
const makeFacilitator = (): Facilitator => (ON_PAGE ? pageFacilitator() : forkedFacilitator('desk'));

async function withRoom<T>(run: (room: RoomHandle, facilitator: Facilitator) => Promise<T>): Promise<T> {
  const room = await roomProcess(PORT, ON_PAGE ? ['--host-origin', PAGE_ORIGIN] : []);
  const facilitator = makeFacilitator();
  try {
    return await run(room, facilitator);
  } finally {
    await facilitator.stop();
    await room.stop();
  }
}

const stat = (samples: number[]) => ({ n: samples.length, p50: round(percentile(samples, 0.5)), p95: round(percentile(samples, 0.95)), p99: round(percentile(samples, 0.99)), max: round(Math.max(...samples)) });
const row = (name: string, value: number, unit: Result['unit'], budget: number | null, floor: number | null = null, floorName?: string): Result => ({ name, value: round(value), unit, budget, floor, ...(floorName ? { floorName } : {}) });

const results: Result[] = [];
const report: Record<string, unknown> = { when: new Date().toISOString(), node: process.version, devices: DEVICES };
let failed = false;

let floor: ReturnType<typeof stat> | null = null;
if (wanted('floor') || wanted('load') || wanted('relay')) {
  log(`floor: ws echo, ${DEVICES} clients…`);
  const echo = stat(await echoFloor(PORT + 1, DEVICES, (index) => deviceAddress(index, 1), { messages: 10, spreadMs: 10_000 }));
  floor = echo;
  report.floor = echo;
  results.push(row('ws echo round trip p95 (floor)', echo.p95, 'ms', null));
}

if (wanted('relay')) {
  log(`relay: ${DEVICES} devices, the room with a trivial host…`);
  const room = await roomProcess(PORT);
  try {
    const relay = stat(await runRelay(room, { devices: DEVICES, notesEach: 10, writeMs: 20_000 }));
    report.relay = relay;
    results.push(row('room alone (trivial host): confirmed p95', relay.p95, 'ms', null, floor?.p95 ?? null));
  } finally {
    await room.stop();
  }
}

if (wanted('load')) {
  log(`load: ${DEVICES} devices, ${Math.round(DEVICES * 0.1)} hostile…`);
  const load = await withRoom((room, facilitator) =>
    runLoad(room, facilitator, { devices: DEVICES, notesEach: env('ROOM_NOTES', 10), writeMs: env('ROOM_WRITE_S', 60) * 1000, hostileShare: env('ROOM_HOSTILE', 0.1), votesEach: 3, ratingsEach: 10 }, log),
  );
  const all = stat(load.confirmedMs.all);
  const phases = Object.values(load.phaseMs).flat();
  const phase = stat(phases);
  const floorName = 'bare ws echo round trip p95, same number of clients';
  // The largest view as it came (deflated), or a text of its size when none came deflated.
  const deflated = load.largestFrame.length > 0;
  const frame = deflated ? load.largestFrame : Buffer.from(JSON.stringify({ t: 'view', pad: 'x'.repeat(Math.max(0, load.largestViewChars - 30)) }));
  log(`floor: one ${Math.round(frame.length / 1024)} KiB frame (${deflated ? 'deflated' : 'text'}; ${Math.round(load.largestViewChars / 1024)} KiB as text) to ${DEVICES} clients at once…`);
  const broadcast = stat(await broadcastFloor(PORT + 1, DEVICES, (index) => deviceAddress(index, 1), { frame, binary: deflated, rounds: 5 }));
  report.broadcastFloor = { bytes: frame.length, textBytes: load.largestViewChars, deflated, ...broadcast };
  results.push(
    row('intent → confirmed p50', all.p50, 'ms', null, floor?.p50 ?? null),
    row('intent → confirmed p95', all.p95, 'ms', BUDGET.confirmedP95, floor?.p95 ?? null, floorName),
    row('intent → confirmed p99', all.p99, 'ms', null),
    row('phase change → all devices p95', phase.p95, 'ms', BUDGET.phaseP95, broadcast.p95, 'bare ws: the largest view (as sent) to every client at once, p95'),
    row('intents never answered (of all honest)', load.reconciliation.pending, 'count', 1),
    row('notes lost (confirmed, not stored)', load.reconciliation.lost, 'count', 1),
    row('notes duplicated', load.reconciliation.duplicated, 'count', 1),
    row('room RSS peak', load.room.peakRssMb ?? Number.NaN, 'MB', null),
    row('room CPU (share of one core)', load.room.cpuPercent ?? Number.NaN, '%', null),
  );
  if (load.facilitatorFrames) {
    const { idle, drag, bare, cpu } = load.facilitatorFrames;
    // Two decimals: one frame is 16.67 ms, under the 16.7 ms budget.
    results.push({
      ...row('facilitator page: drag frame p95 while devices write', 0, 'ms', BUDGET.dragFrameP95, round(percentile(bare, 0.95), 2), 'the same drag on a static page (no app), right after'),
      value: round(percentile(drag, 0.95), 2),
      detail: { frames: drag.length, dropped: droppedFrames(drag), floorFrames: bare.length, floorDropped: droppedFrames(bare), idleP95: round(percentile(idle, 0.95), 2), idleDropped: droppedFrames(idle), cpuDuringDrag: cpu },
    });
    log(`  during the drag the machine was ${cpu.machinePercent}% busy (${cpu.cores} cores); the simulated devices (this process) used ${cpu.benchPercent}% of one core`);
  }
  const attacksOk = load.attacks.every((attack) => attack.asDesigned === attack.runs);
  failed ||= !reconciled(load.reconciliation) || !clean(load.forbidden) || !attacksOk;
  const { largestFrame: _frame, ...kept } = load;
  report.load = {
    ...kept,
    largestFrameBytes: load.largestFrame.length,
    confirmedMs: { all, notes: stat(load.confirmedMs.notes), votes: stat(load.confirmedMs.votes), ratings: stat(load.confirmedMs.ratings) },
    phaseMs: Object.fromEntries(Object.entries(load.phaseMs).map(([name, samples]) => [name, stat(samples)])),
  };
  log(`\nconfirmed vs stored: ${JSON.stringify(load.reconciliation)}`);
  log(`forbidden in the store: ${JSON.stringify(load.forbidden)}`);
  log(`honest devices closed: ${JSON.stringify(load.honestCloses)}; the room ended the facilitator's connection: ${JSON.stringify(load.hostLost)}`);
  log(`phase changes: ${Object.entries(load.phaseMs).map(([name, samples]) => `${name} p95 ${stat(samples).p95} ms`).join(', ')}`);
  log('\nattacks (runs as designed / runs, expected → seen):');
  for (const attack of load.attacks) {
    const seen = Object.entries(attack.outcomes).map(([outcome, count]) => `${outcome} ×${count}`).join('; ');
    log(`  ${attack.asDesigned === attack.runs ? 'ok  ' : 'FAIL'} ${attack.asDesigned}/${attack.runs}  ${attack.name}: ${attack.expected} → ${seen}${attack.skipped ? ` (${attack.skipped} skipped: join not answered in time)` : ''}`);
  }
}

if (wanted('faults')) {
  log(`\nfaults: ${env('ROOM_FAULT_DEVICES', DEVICES)} devices, 20% dropped 3 times, 2 reloads, 1 restart…`);
  const faults = await withRoom((room, facilitator) =>
    runFaults(room, facilitator, { devices: env('ROOM_FAULT_DEVICES', DEVICES), notesEach: 6, writeMs: env('ROOM_FAULT_WRITE_S', 30) * 1000, dropShare: 0.2, dropsEach: 3, reloads: 2, restart: true }, log),
  );
  results.push(
    row('faults: lost after drops and reloads', faults.afterDrops.lost, 'count', 1),
    row('faults: duplicated after drops and reloads', faults.afterDrops.duplicated, 'count', 1),
    row('faults: lost after the room restart', faults.afterRestart?.lost ?? Number.NaN, 'count', 1),
    row('faults: duplicated after the room restart', faults.afterRestart?.duplicated ?? Number.NaN, 'count', 1),
    row('faults: room killed → all devices back', faults.restartToAllResumedMs ?? Number.NaN, 'ms', null),
  );
  failed ||= !reconciled(faults.afterDrops) || !faults.afterRestart || !reconciled(faults.afterRestart);
  report.faults = faults;
  log(`after drops: ${JSON.stringify(faults.afterDrops)}\nafter restart: ${JSON.stringify(faults.afterRestart)}\nhonest closes: ${JSON.stringify(faults.honestCloses)}`);
}

if (wanted('soak')) {
  const minutes = env('ROOM_SOAK_MINUTES', 10);
  log(`\nsoak: ${env('ROOM_SOAK_DEVICES', 30)} devices for ${minutes} min…`);
  const soak = await withRoom((room, facilitator) => runSoak(room, facilitator, { devices: env('ROOM_SOAK_DEVICES', 30), durationMs: minutes * 60_000, writeMs: 20_000 }, log));
  const first = soak.samples[0]!;
  const last = soak.samples.at(-1)!;
  const peak = Math.max(...soak.samples.map((sample) => sample.room?.rssMb ?? 0));
  results.push(
    row('soak: room RSS start', first.room?.rssMb ?? Number.NaN, 'MB', null),
    row('soak: room RSS end', last.room?.rssMb ?? Number.NaN, 'MB', null),
    row('soak: room RSS peak', peak, 'MB', null),
    row('soak: room open descriptors start', first.room?.fds ?? Number.NaN, 'count', null),
    row('soak: room open descriptors end', last.room?.fds ?? Number.NaN, 'count', (first.room?.fds ?? 0) + 1),
    row('soak: facilitator RSS start', first.facilitatorRssMb, 'MB', null),
    row('soak: facilitator RSS end', last.facilitatorRssMb, 'MB', null),
    row('soak: notes lost', soak.reconciliation.lost, 'count', 1),
  );
  failed ||= !reconciled(soak.reconciliation);
  report.soak = soak;
}

log(`\n${formatTable(results)}`);
const dir = resolve(import.meta.dirname, '../results');
mkdirSync(dir, { recursive: true });
const json = `${JSON.stringify({ ...report, results: results.map((r) => ({ ...r, pass: passes(r) })) }, null, 2)}\n`;
const file = resolve(dir, `room-${String(report.when).replace(/[:.]/g, '-')}.json`);
writeFileSync(file, json);
writeFileSync(resolve(dir, 'room-latest.json'), json);
log(`\nwritten ${file}`);
const missed = results.filter((r) => !passes(r));
if (missed.length > 0 || failed) {
  log(`NOT HELD: ${[...missed.map((r) => r.name), ...(failed ? ['a reconciliation, a forbidden record or an attack (see above)'] : [])].join('; ')}`);
  process.exitCode = 1;
}
