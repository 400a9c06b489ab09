/**
 * The benchmark's browser: the built renderer (dist-web) served by `vite preview` on
 * its own port, driven in Debian Chromium by playwright-core. Data is seeded straight
 * into the app's IndexedDB (`alignboard`, table `records`), as the app itself stores it.
 */
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import type { AnyRecord } from '../shared/model/types';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/support/chromium';

/** `E2E_PORT` moves it, as for the e2e suite, so two checkouts can measure side by side. */
export const PORT = Number(process.env.E2E_PORT ?? 4180);
export const BASE_URL = `http://127.0.0.1:${PORT}/`;
const ROOT = resolve(import.meta.dirname, '..');

const ARGS = [
  ...CHROMIUM_ARGS,
  // Frames keep coming at display rate in a hidden/headless page.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
];

export interface Harness {
  browser: Browser;
  /** A fresh context (empty IndexedDB), ready for functions passed to page.evaluate. */
  newContext(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  /** A fresh context (empty IndexedDB) with the app loaded on its home screen. */
  openApp(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server: PreviewServer = await preview({
    configFile: resolve(ROOT, 'vite.web.config.ts'),
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
    logLevel: 'warn',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
  });
  async function newContext(viewport = { width: 1920, height: 1080 }) {
    const context = await browser.newContext({ viewport });
    context.setDefaultTimeout(60_000);
    // tsx compiles named inner functions with esbuild's keepNames helper; give the page one.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    return context;
  }

  return {
    browser,
    newContext,
    async openApp(viewport = { width: 1920, height: 1080 }) {
      const context = await newContext(viewport);
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(BASE_URL);
      // The home list is read through Dexie, which creates the database on first use.
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForFunction(async () => (await indexedDB.databases()).some((db) => db.name === 'alignboard'));
      return { context, page };
    },
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.httpServer.close(() => done()));
    },
  };
}

/** Writes records into the app's database in one transaction, as Dexie would store them. */
export async function seed(page: Page, records: AnyRecord[]): Promise<void> {
  await page.evaluate(
    (all) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('alignboard');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
          const store = tx.objectStore('records');
          for (const record of all) store.put(record);
          tx.oncomplete = () => {
            db.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    records,
  );
}

/** The hash route of a board, as the app writes it. */
export const boardHash = (workshopId: string, activityId: string) =>
  `#/workshop/${encodeURIComponent(workshopId)}/${encodeURIComponent(activityId)}`;

/**
 * Sets the hash and resolves with the ms until the first frame showing a board of
 * `count` notes has been laid out and painted (a message posted from that frame's
 * requestAnimationFrame callback runs after its rendering). A long column renders
 * only the notes in view, so a board "shows" `count` notes when every non-empty
 * column list has its notes on screen and the lists account for `count` notes
 * (a windowed list says its length in its items' aria-setsize).
 */
export function timeToNotes(page: Page, hash: string, count: number): Promise<number> {
  return page.evaluate(
    ({ hash, count }) =>
      new Promise<number>((done, fail) => {
        const afterFrame = (then: () => void) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = then;
          channel.port2.postMessage(null);
        };
        const start = performance.now();
        const giveUp = setTimeout(() => fail(new Error(`no ${count} notes after 30 s`)), 30_000);
        const shown = () => {
          let total = 0;
          for (const list of document.querySelectorAll('.column__notes')) {
            const notes = list.querySelectorAll('[data-note-id]');
            total += Number(notes[0]?.getAttribute('aria-setsize') ?? notes.length);
          }
          return total;
        };
        const check = () => {
          if (shown() >= count) {
            clearTimeout(giveUp);
            afterFrame(() => done(performance.now() - start));
          } else requestAnimationFrame(check);
        };
        location.hash = hash;
        requestAnimationFrame(check);
      }),
    { hash, count },
  );
}
