import { performance } from 'node:perf_hooks';
import type { Phase } from '../../shared/model/facilitation-types';
import { noteText, reconcile, type Reconciliation } from './check';
import { crowd, type Device } from './clients';
import type { Facilitator } from './facilitator';
import { noteIds } from './load';
import type { RoomHandle, Usage } from './room-process';
import { deviceAddress, random, sleep } from './util';

export interface SoakOptions {
  devices: number;
  durationMs: number;
  /** How long people write on each board; the other phases take a fifth of it each. */
  writeMs: number;
}

export interface SoakSample {
  atS: number;
  room: Usage | null;
  facilitatorRssMb: number;
}

export interface SoakResult {
  devices: number;
  durationS: number;
  boards: number;
  samples: SoakSample[];
  reconciliation: Reconciliation;
}

const BOARDS = [1, 2, 6, 7, 8, 10];
const AFTER_WRITE: Phase[] = ['reveal', 'group', 'vote', 'discuss', 'done'];

/**
 * The soak: a room of `devices` people for `durationMs`, going board after
 * board (write with the timer running, reveal, group, vote, discuss, done),
 * sampling the room's memory and open descriptors and the facilitator's memory.
 */
export async function runSoak(room: RoomHandle, facilitator: Facilitator, options: SoakOptions, log: (line: string) => void): Promise<SoakResult> {
  let devices: Device[] = [];
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const samples: SoakSample[] = [];
  const sample = async () => samples.push({ atS: Math.round(elapsed() / 1000), room: room.usage(), facilitatorRssMb: (await facilitator.memory()).rssMb });
  try {
    await facilitator.start(room.address());
    devices = await crowd(room.address, options.devices, (index) => deviceAddress(index, 4));
    await sample();
    const sampler = setInterval(() => void sample(), 10_000);
    let boards = 0;
    try {
      for (let cycle = 0; elapsed() < options.durationMs && cycle < 1_000; cycle++) {
        const activity = BOARDS[cycle % BOARDS.length]!;
        boards++;
        await facilitator.show({ activity, phase: 'write' });
        await facilitator.timer('start');
        await sleep(200);
        await everyone(devices, options.writeMs, (device, next) => {
          const columns = (device.view()?.activity?.columns ?? []).filter((column) => column.writable).map((column) => column.id);
          if (columns.length === 0) return;
          const id = device.nextId('soak');
          device.send({ t: 'addNote', id, columnId: columns[Math.floor(next() * columns.length)]!, text: noteText(id, device.index) });
        });
        for (const phase of AFTER_WRITE) {
          if (elapsed() > options.durationMs) break;
          await facilitator.show({ activity, phase });
          await sleep(300);
          if (phase === 'vote') {
            await everyone(devices, options.writeMs / 5, (device, next) => {
              const targets = noteIds([device]);
              if (targets.length > 0) device.send({ t: 'vote', id: device.nextId('vote'), targetId: targets[Math.floor(next() * targets.length)]!, delta: next() < 0.8 ? 1 : -1 });
            });
          } else await sleep(options.writeMs / 5);
        }
        await facilitator.timer('reset');
        log(`  soak: board ${boards} done at ${Math.round(elapsed() / 1000)} s`);
      }
    } finally {
      clearInterval(sampler);
    }
    await Promise.all(devices.map((device) => device.settled(30_000)));
    await sample();
    return { devices: devices.length, durationS: Math.round(elapsed() / 1000), boards, samples, reconciliation: reconcile(devices, await facilitator.stored()) };
  } finally {
    for (const device of devices) device.stop();
  }
}

/** Every device acts now and then (every 2–6 s) for `ms`. */
function everyone(devices: readonly Device[], ms: number, act: (device: Device, next: () => number) => void): Promise<unknown> {
  const end = Date.now() + ms;
  return Promise.all(
    devices.map(async (device) => {
      const next = random(device.index * 31 + Math.round(end % 1000));
      for (let n = 0; n < 1_000; n++) {
        await sleep(2_000 + next() * 4_000);
        if (Date.now() > end) return;
        act(device, next);
      }
    }),
  );
}
