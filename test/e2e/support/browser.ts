import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/** The built renderer, served by the e2e global setup on a fixed port (IndexedDB is per origin). */
export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;

export interface Profile {
  dir: string;
  /** Opens the app at the base URL; `errors` collects uncaught page errors (tests assert it stays empty). */
  launch(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
  dispose(): void;
}

/** A fresh Chromium profile that can be closed and relaunched, like a user restarting the app. */
export function createProfile(): Profile {
  const dir = mkdtempSync(join(tmpdir(), 'alignboard-e2e-'));
  return {
    dir,
    async launch(viewport = { width: 1366, height: 768 }) {
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport,
      });
      // Fail a wait well before the test's own timeout, with a message that names the locator.
      context.setDefaultTimeout(15_000);
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(BASE_URL);
      return { context, page, errors };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
