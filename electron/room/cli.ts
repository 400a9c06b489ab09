import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAssets } from './assets';
import { openRoom } from './server';

/**
 * `npm run room`: the room as its own process, for browser mode and tests.
 * Prints the join address, the host secret and, for each --host-origin, the
 * address that opens the facilitator's page with this room; runs until Ctrl+C.
 *   npm run room -- --host 127.0.0.1 --port 4190 --host-origin http://127.0.0.1:4173
 */
const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '0' },
    'host-origin': { type: 'string', multiple: true, default: [] },
    assets: { type: 'string', default: 'dist-room' },
  },
});

const folder = resolve(values.assets);
const room = await openRoom({
  host: values.host,
  port: Number(values.port),
  hostOrigins: values['host-origin'],
  ...(existsSync(resolve(folder, 'index.html')) ? { assets: loadAssets(folder) } : {}),
});
// Browser mode: the facilitator's page opens the room from this address (see renderer/src/platform/browser-room.ts).
const facilitatorUrls = values['host-origin'].map((hostOrigin) => `${hostOrigin}/?room=${encodeURIComponent(room.origin)}&roomKey=${room.hostSecret}`);
process.stdout.write(`${JSON.stringify({ joinUrl: room.joinUrl, hostSecret: room.hostSecret, origin: room.origin, facilitatorUrls })}\n`);

const stop = () => {
  void room.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
