import type { Room } from '../../electron/room/server';
import { fakeHost } from '../../test/room/client';
import { crowd, type Device } from './clients';
import type { RoomHandle } from './room-process';
import { deviceAddress, random, sleep } from './util';

/**
 * The room on its own: the same devices and notes, but a trivial host that
 * confirms every intent at once (test/room/client.ts `fakeHost`), so the
 * figure is what the room process and the network add, without the
 * facilitator's rules, store and views.
 */
export async function runRelay(room: RoomHandle, options: { devices: number; notesEach: number; writeMs: number }): Promise<number[]> {
  const host = await fakeHost(room.address() as Room);
  let devices: Device[] = [];
  try {
    devices = await crowd(room.address, options.devices, (index) => deviceAddress(index, 1));
    await Promise.all(
      devices.map(async (device) => {
        const next = random(device.index + 5);
        for (let n = 0; n < options.notesEach; n++) {
          await sleep(next() * ((2 * options.writeMs) / options.notesEach));
          device.send({ t: 'addNote', id: device.nextId('relay'), columnId: 'column-1', text: `Relay ${n}` });
        }
        await device.settled(30_000);
      }),
    );
    return devices.flatMap((device) => [...device.confirmed.values()].map((confirmed) => confirmed.ms));
  } finally {
    for (const device of devices) device.stop();
    host.ws.terminate();
  }
}
