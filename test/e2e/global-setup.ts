import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';

/** Serves the built renderer (dist-web) on 127.0.0.1:4173 for the whole e2e run. */
export default async function setup() {
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(resolve(root, 'dist-web/index.html'))) {
    throw new Error('dist-web is missing: run `npm run build:web` before the end-to-end tests.');
  }
  const server = await preview({ configFile: resolve(root, 'vite.web.config.ts') });
  return async () => {
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  };
}
