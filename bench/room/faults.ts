import { performance } from 'node:perf_hooks';
import { noteText, reconcile, type Reconciliation } from './check';
import { crowd, type Device } from './clients';
import type { Facilitator } from './facilitator';
import { closesOf } from './load';
import type { RoomHandle } from './room-process';
import { deviceAddress, random, sleep, until } from './util';

export interface FaultsOptions {
  devices: number;
  notesEach: number;
  writeMs: number;
  /** Share of devices whose network drops (0.2 = 20%), each `dropsEach` times. */
  dropShare: number;
  dropsEach: number;
  /** Facilitator page reloads while devices write. */
  reloads: number;
  /** Kill the room process once and start it again while devices write. */
  restart: boolean;
}

export interface FaultsResult {
  devices: number;
  drops: number;
  midSendDrops: number;
  reloads: number;
  afterDrops: Reconciliation;
  afterRestart: Reconciliation | null;
  /** Room killed → every device back in with its pass. */
  restartToAllResumedMs: number | null;
  reconnects: number;
  /** Close codes honest devices saw (1006 is a drop or the kill; anything else is the room refusing them). */
  honestCloses: Record<string, number>;
}

/** Honest devices write while the network drops under some of them, the page reloads and the room process restarts. */
export async function runFaults(room: RoomHandle, facilitator: Facilitator, options: FaultsOptions, log: (line: string) => void): Promise<FaultsResult> {
  let devices: Device[] = [];
  try {
    await facilitator.start(room.address());
    devices = await crowd(room.address, options.devices, (index) => deviceAddress(index, 3));
    log(`  ${devices.length} devices joined`);
    const chaos = random(42);
    const dropped = devices.slice(0, Math.round(devices.length * options.dropShare));
    let drops = 0;
    let midSendDrops = 0;

    const write = (notes: number, ms: number, midSend: Set<Device>) =>
      Promise.all(
        devices.map(async (device) => {
          const next = random(device.index + notes * 1000);
          const columns = await device.writableColumns();
        if (columns.length === 0) throw new Error(`device ${device.index} has no column to write in`);
          for (let n = 0; n < notes; n++) {
            await sleep(next() * ((2 * ms) / notes));
            const id = device.nextId('note');
            const thenDrop = midSend.delete(device);
            if (thenDrop) midSendDrops++;
            device.send({ t: 'addNote', id, columnId: columns[n % Math.max(1, columns.length)] ?? 'missing', text: noteText(id, device.index) }, { thenDrop });
          }
        }),
      );

    // Drops at random moments; about every other one right after the device sent a note (mid-send).
    const midSend = new Set<Device>();
    const chaosDone = Promise.all(
      dropped.map(async (device) => {
        for (let n = 0; n < options.dropsEach; n++) {
          await sleep(chaos() * ((1.6 * options.writeMs) / options.dropsEach));
          if (chaos() < 0.5) midSend.add(device);
          else {
            device.drop();
            drops++;
          }
        }
      }),
    );
    const reloads = (async () => {
      for (let n = 1; n <= options.reloads; n++) {
        await sleep(options.writeMs / (options.reloads + 1));
        await facilitator.reload();
        log(`  facilitator reloaded (${n})`);
      }
    })();
    await Promise.all([write(options.notesEach, options.writeMs, midSend), chaosDone, reloads]);
    drops += midSendDrops;
    await Promise.all(devices.map((device) => device.settled(60_000)));
    const afterDrops = reconcile(devices, await facilitator.stored());
    log(`  after ${drops} drops and ${options.reloads} reloads: ${afterDrops.confirmedNotes} confirmed, ${afterDrops.storedNotes} stored`);

    let afterRestart: Reconciliation | null = null;
    let restartToAllResumedMs: number | null = null;
    if (options.restart) {
      const writing = write(Math.max(2, Math.round(options.notesEach / 2)), options.writeMs / 2, new Set());
      await sleep(options.writeMs / 4);
      const killed = performance.now();
      const address = await room.restart();
      await facilitator.reconnect(address);
      const back = await until(() => devices.every((device) => device.online), 60_000, 20);
      restartToAllResumedMs = back ? performance.now() - killed : null;
      log(`  room restarted; devices ${back ? 'all back' : 'NOT all back'} after ${Math.round(performance.now() - killed)} ms`);
      await writing;
      await Promise.all(devices.map((device) => device.settled(60_000)));
      afterRestart = reconcile(devices, await facilitator.stored());
    }
    return {
      devices: devices.length,
      drops,
      midSendDrops,
      reloads: options.reloads,
      afterDrops,
      afterRestart,
      restartToAllResumedMs,
      reconnects: devices.reduce((sum, device) => sum + device.reconnects, 0),
      honestCloses: closesOf(devices),
    };
  } finally {
    for (const device of devices) device.stop();
  }
}
