import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAssets } from './assets';
import { openRoom } from './server';

/**
 * `npm run room`: the room as its own process, for browser mode and tests.
 * Prints the join address and the host secret, then runs until Ctrl+C.
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
process.stdout.write(`${JSON.stringify({ joinUrl: room.joinUrl, hostSecret: room.hostSecret, origin: room.origin })}\n`);

const stop = () => {
  void room.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
