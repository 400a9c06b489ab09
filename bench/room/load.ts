import { performance } from 'node:perf_hooks';
import { REALIGNMENT_STEPS } from '../../shared/templates/default-workshop';
import { forbidden, noteText, reconcile, type Forbidden, type Reconciliation } from './check';
import { crowd, phaseReached, type Device } from './clients';
import type { DragFrames, Facilitator } from './facilitator';
import type { Attack, Stage } from './attacker';
import { ATTACKS } from './attacks';
import { attackDuring, type AttackReport } from './hostile';
import type { RoomHandle, Usage } from './room-process';
import { deviceAddress, random, sleep } from './util';

export interface LoadOptions {
  devices: number;
  notesEach: number;
  /** Over how long each device writes its notes. */
  writeMs: number;
  /** Hostile connections as a share of the honest ones (0.1 = 10%). */
  hostileShare: number;
  attacks?: Attack[];
  votesEach: number;
  /** How many of the ten health-check steps each device rates. */
  ratingsEach: number;
  /** A pause after each phase change (hostile clients act meanwhile); 1 s by default. */
  phasePauseMs?: number;
}

export interface LoadResult {
  devices: number;
  hostileClients: number;
  /** Intent → confirmed, per kind and all together. */
  confirmedMs: { all: number[]; notes: number[]; votes: number[]; ratings: number[] };
  /** Phase change → each device, per change. */
  phaseMs: Record<string, number[]>;
  /** The longest whole view a device was sent (the revealed board), in characters. */
  largestViewChars: number;
  /** The largest deflated view a device was sent, as it came over the wire (empty when none came deflated). */
  largestFrame: Buffer;
  reconciliation: Reconciliation;
  forbidden: Forbidden;
  attacks: AttackReport[];
  /** Close codes honest devices saw (none expected during the load). */
  honestCloses: Record<string, number>;
  /** Close codes of the facilitator's host connection, when the room ended it. */
  hostLost: number[];
  room: { before: Usage | null; after: Usage | null; peakRssMb: number | null; cpuPercent: number | null; wallS: number };
  /** The facilitator page's frame deltas (ms, on the display clock) idle and dragging while devices write, with the floor; null without a page. */
  facilitatorFrames: DragFrames | null;
}

/**
 * The load: `devices` honest participants join one room, write their notes
 * spread over `writeMs`, see the reveal, vote, and rate the health check,
 * while `hostileShare` as many hostile clients attack. Returns every sample.
 */
export async function runLoad(room: RoomHandle, facilitator: Facilitator, options: LoadOptions, log: (line: string) => void): Promise<LoadResult> {
  const before = room.usage();
  const startedAt = performance.now();
  let peakRss = before?.rssMb ?? null;
  const sampler = setInterval(() => {
    const now = room.usage();
    if (now && peakRss !== null) peakRss = Math.max(peakRss, now.rssMb);
  }, 500);
  let devices: Device[] = [];
  try {
    await facilitator.start(room.address());
    devices = await crowd(room.address, options.devices, (index) => deviceAddress(index, 1));
    log(`  ${devices.length} devices joined`);

    let stage: Stage = 'write';
    let finish: () => void = () => undefined;
    const over = new Promise<void>((resolve) => (finish = resolve));
    const hostileClients = Math.round(options.devices * options.hostileShare);
    const hostile = attackDuring(
      { room: room.address, stage: () => stage, over, honestNoteIds: () => noteIds(devices.slice(0, 3)), honestParticipantId: () => devices[0]?.participantId ?? null },
      hostileClients,
      (index) => deviceAddress(index, 2),
      { pauseMs: 3_000, maxRuns: 40, attacks: options.attacks ?? ATTACKS },
    );

    // Midway through the writing, the facilitator drags a note across the board (a page only).
    const frames = facilitator.dragFrames ? sleep(options.writeMs / 2).then(() => facilitator.dragFrames!()) : Promise.resolve(null);
    // Write: each device its notes, at random moments over writeMs (people type at their own pace).
    await Promise.all(
      devices.map(async (device) => {
        const next = random(device.index + 7);
        const columns = await device.writableColumns();
        if (columns.length === 0) throw new Error(`device ${device.index} has no column to write in`);
        for (let n = 0; n < options.notesEach; n++) {
          await sleep(next() * ((2 * options.writeMs) / options.notesEach));
          const id = device.nextId('note');
          device.send({ t: 'addNote', id, columnId: columns[n % columns.length]!, text: noteText(id, device.index) });
        }
        await device.settled(30_000);
      }),
    );
    log(`  notes written`);
    const facilitatorFrames = await frames;

    const phaseMs: Record<string, number[]> = {};
    // The hostile clients' stage moves once the facilitator made the change (a busy page takes a while to get the click).
    const show = async (name: string, step: Parameters<Facilitator['show']>[0], phase: string, next: Stage) => {
      let since = performance.now();
      const activityId = await facilitator.show(step, () => (since = performance.now()));
      stage = next;
      phaseMs[name] = await phaseReached(devices, activityId, phase, since, 15_000);
    };
    for (const phase of ['reveal', 'group', 'vote'] as const) {
      await show(phase, { activity: 1, phase }, phase, phase);
      await sleep(options.phasePauseMs ?? 1_000);
    }
    // Vote: each device its dots on notes it sees, spread over a few seconds.
    await Promise.all(
      devices.map(async (device) => {
        const next = random(device.index + 11);
        const targets = noteIds([device]);
        for (let n = 0; n < options.votesEach && targets.length > 0; n++) {
          await sleep(next() * 2_000);
          device.send({ t: 'vote', id: device.nextId('vote'), targetId: targets[Math.floor(next() * targets.length)]!, delta: 1 });
        }
        await device.settled(30_000);
      }),
    );
    await show('discuss', { activity: 1, phase: 'discuss' }, 'discuss', 'discuss');
    await show('health check', { activity: 0 }, 'write', 'health');
    await Promise.all(
      devices.map(async (device) => {
        const next = random(device.index + 13);
        for (const step of REALIGNMENT_STEPS.slice(0, options.ratingsEach)) {
          await sleep(next() * 1_000);
          device.send({ t: 'rate', id: device.nextId('rate'), step, score: 1 + Math.floor(next() * 5) });
        }
        await device.settled(30_000);
      }),
    );
    log(`  votes and ratings sent`);
    finish();
    const attacks = await hostile;
    const stored = await facilitator.stored();
    const honest = new Set(devices.map((device) => device.participantId));
    const malloryNotes = attacks.find((report) => report.name.startsWith('edit own note'))?.runs ?? 0;
    const confirmed = devices.flatMap((device) => [...device.confirmed.values()]);
    const ms = (kind: string) => confirmed.filter((one) => one.intent.t === kind).map((one) => one.ms);
    const after = room.usage();
    const wallS = (performance.now() - startedAt) / 1000;
    return {
      devices: devices.length,
      hostileClients,
      confirmedMs: { all: confirmed.map((one) => one.ms), notes: ms('addNote'), votes: ms('vote'), ratings: ms('rate') },
      phaseMs,
      largestViewChars: Math.max(0, ...devices.map((device) => device.largestView)),
      largestFrame: devices.reduce<Buffer>((largest, device) => (device.largestFrame.length > largest.length ? device.largestFrame : largest), Buffer.alloc(0)),
      reconciliation: reconcile(devices, stored),
      forbidden: forbidden(stored, honest, malloryNotes),
      attacks,
      honestCloses: closesOf(devices),
      hostLost: stored.hostLost,
      room: { before, after, peakRssMb: peakRss, cpuPercent: before && after ? (100 * (after.cpuS - before.cpuS)) / wallS : null, wallS },
      facilitatorFrames,
    };
  } finally {
    clearInterval(sampler);
    for (const device of devices) device.stop();
  }
}

export function closesOf(devices: readonly Device[]): Record<string, number> {
  const closes: Record<string, number> = {};
  for (const device of devices) for (const [code, count] of device.closes) closes[code] = (closes[code] ?? 0) + count;
  return closes;
}

/** Ids of notes the devices see as their own (while writing) or on the board (from the reveal). */
export function noteIds(devices: readonly Device[]): string[] {
  return devices.flatMap((device) => device.view()?.activity?.columns.flatMap((column) => column.notes.map((note) => note.id)) ?? []);
}
