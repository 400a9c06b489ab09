/**
 * A large workshop file imports without freezing the window: the file is read
 * and checked in a Web Worker (allowed by the built page's CSP), so no task on
 * the main thread is long, and the Import button shows how far it got.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProfile, type Profile } from './support/browser';
import { bigWorkshopFile } from './support/big-workshop';

const { json, notes } = bigWorkshopFile(15.6 * 1024 * 1024);
const MB = (Buffer.byteLength(json) / 1024 / 1024).toFixed(1);
// A file on disk: Chromium reads it directly (a buffer would travel over the debugging pipe).
const folder = mkdtempSync(join(tmpdir(), 'alignboard-big-'));
const BIG_FILE = join(folder, 'big.json');
writeFileSync(BIG_FILE, json);
const SMALL_FILE = join(folder, 'small.json');
writeFileSync(SMALL_FILE, bigWorkshopFile(0, 'Small workshop').json);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let profile: Profile;
let context: BrowserContext;

beforeEach(() => {
  profile = createProfile();
});

afterEach(async () => {
  await context?.close();
  profile.dispose();
});

interface Measured {
  longest: number;
  total: number;
  count: number;
  worker: boolean;
  seconds: number;
}

/** Imports the big file and returns the main thread's long tasks while it did. */
async function importBigFile(page: Page, errors: string[], label: string): Promise<Measured> {
  const csp: string[] = [];
  page.on('console', (message) => /Content Security Policy|Refused/i.test(message.text()) && csp.push(message.text()));
  await page.getByRole('button', { name: 'Import workshop…' }).waitFor();
  // First a small workshop, as a facilitator's list has: the home card's first date format
  // (Intl's one-time set-up, ~100-200 ms here) is not the import's and is measured out.
  await page.getByLabel('Choose a workshop file (.json) to import').setInputFiles(SMALL_FILE);
  await page.getByRole('article', { name: 'Small workshop' }).waitFor();
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask' });
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const started = Date.now();
  await page.getByLabel('Choose a workshop file (.json) to import').setInputFiles(BIG_FILE);
  // The progress is there while it works.
  await page.locator('.import-progress').getByText(/Reading “big.json”|Checking “big.json”|Adding “big.json”/).first().waitFor({ timeout: 10_000 });
  await page.getByText('Imported “Big workshop” as a new workshop.').waitFor({ timeout: 90_000 });
  const seconds = (Date.now() - started) / 1000;
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  expect(errors).toEqual([]);
  expect(csp).toEqual([]);
  const measured = {
    longest: Math.round(Math.max(0, ...tasks)),
    total: Math.round(tasks.reduce((sum, t) => sum + t, 0)),
    count: tasks.length,
    worker: workers.some((url) => url.includes('import.worker')),
    seconds,
  };
  console.log(`${label}: ${MB} MB, ${notes} notes, ${seconds.toFixed(1)} s; long tasks: ${measured.count}, longest ${measured.longest} ms, total ${measured.total} ms; top: ${[...tasks].sort((a, b) => b - a).slice(0, 6).map(Math.round).join(', ')}`);
  return measured;
}

describe(`importing a ${MB} MB workshop file`, () => {
  // The aim is no task over 200 ms. The bound here is wider because long tasks are wall-clock
  // time and this runs on shared 2-core machines. Measured when written: longest task 97 ms in
  // the worker vs 1,227 ms on the main thread (load ~8); 126-459 ms vs 2.5-6.5 s (load 14-16).
  // With the 5,000-note cap the file is notes plus plan actions: 69 ms vs 761 ms (quiet machine).
  it('keeps the main thread responsive: no long task near a second, and the workshop is there', async () => {
    const launched = await profile.launch();
    context = launched.context;
    const { page, errors } = launched;
    const measured = await importBigFile(page, errors, 'in the worker');
    expect(measured.worker).toBe(true);
    expect(measured.longest).toBeLessThan(500);
    const card = page.getByRole('article', { name: 'Big workshop' });
    await expect(card.getByText(new RegExp(`${notes.toLocaleString('en')} notes|${notes} notes`)).count()).resolves.toBe(1);
  }, 150_000);

  it('(the same file checked on the main thread, as before, blocks it for long: the measure can fail)', async () => {
    const launched = await profile.launch();
    context = launched.context;
    const { page, errors } = launched;
    await context.addInitScript(() => {
      // No Worker: the app falls back to checking on the main thread.
      delete (window as { Worker?: unknown }).Worker;
    });
    await page.reload();
    const measured = await importBigFile(page, errors, 'on the main thread');
    expect(measured.worker).toBe(false);
    expect(measured.longest).toBeGreaterThan(300);
  }, 150_000);
});
