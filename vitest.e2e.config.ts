import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built renderer in real Chromium, one file at a time (shared port). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A real browser on a shared, busy machine: a test that fails is run once more, and the
    // CI summary names every test that passed only on its second run (see .ci/run).
    retry: 1,
    // A failed check shows the whole text it saw, not its first 40 characters.
    chaiConfig: { truncateThreshold: 0 },
  },
});
