import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** The desktop smoke test: the real Electron app, one file, one process (see run.ts). */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/desktop/**/*.desktop.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
