import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssets } from '../../electron/room/assets';
import { openRoom, type Room } from '../../electron/room/server';
import { recordsOfType } from '../../shared/model/queries';
import { facilitator } from '../room/desk';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';

/**
 * The participant page in Chromium on phone-sized screens, against the real
 * room server and a Node stand-in for the facilitator's app (the pure host
 * steps on an in-memory store).
 */
const DIST = resolve(import.meta.dirname, '../../dist-room');
const SHOTS = process.env.ROOM_SHOTS;

let room: Room;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'index.html'))) throw new Error('dist-room is missing: run `npm run build:room` first.');
  room = await openRoom({ host: '127.0.0.1', port: 0, assets: loadAssets(DIST) });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await room?.close();
});

/** Console errors and page errors, except a socket failing while the phone is offline. */
const problems: string[] = [];

async function phone(locale = 'en-GB'): Promise<{ page: Page; context: BrowserContext; binaryFrames: () => number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && !/WebSocket connection|ERR_INTERNET_DISCONNECTED/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  // Whole views with a board come deflated to a browser that can inflate them.
  let binary = 0;
  page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => (binary += typeof payload === 'string' ? 0 : 1)));
  await page.goto(room.joinUrl);
  return { page, context, binaryFrames: () => binary };
}

async function join(page: Page, name: string, department: 'Sales' | 'Marketing') {
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('radio', { name: department }).check();
  await page.getByRole('button', { name: 'Join' }).click();
  await expect.poll(() => page.getByRole('heading', { name: `Hello, ${name}` }).count(), { timeout: 10_000 }).toBe(1);
}

describe('participant page', () => {
  it('joins, writes privately, sees the reveal, and sends what it wrote offline once it is back', async () => {
    const desk = await facilitator(room);
    const ala = await phone();
    const celina = await phone();
    expect(new URL(ala.page.url()).hash).toBe(''); // The join secret leaves the address bar.
    await join(ala.page, 'Ala', 'Sales');
    await join(celina.page, 'Celina', 'Marketing');

    const box = ala.page.getByRole('textbox', { name: /Write a note… Sales sees/ });
    await box.fill('Leads arrive too late');
    await ala.page.getByRole('button', { name: 'Add note' }).first().click();
    await expect.poll(() => ala.page.getByText('Leads arrive too late').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => ala.page.getByText(/· Saved/).count()).toBe(1);
    await expect.poll(() => celina.page.getByText('1 note from others').count(), { timeout: 10_000 }).toBe(1);
    expect(await celina.page.getByText('Leads arrive too late').count()).toBe(0);
    if (SHOTS) await ala.page.screenshot({ path: `${SHOTS}/room-phone-write.png`, fullPage: false });

    // Offline while writing: the note waits on the phone and arrives once when it is back.
    await ala.context.setOffline(true);
    await expect.poll(() => ala.page.getByRole('status').textContent(), { timeout: 10_000 }).toBe('Reconnecting…');
    await box.fill('Written in the lift');
    await ala.page.getByRole('button', { name: 'Add note' }).first().click();
    await expect.poll(() => ala.page.getByText('Waiting to be sent').count()).toBe(1);
    expect(await ala.page.getByText('Written in the lift').count()).toBe(1);
    expect(await ala.page.evaluate(() => localStorage.getItem('alignboard.room.outbox'))).toContain('Written in the lift');
    await ala.context.setOffline(false);
    await expect.poll(() => ala.page.getByText('Waiting to be sent').count(), { timeout: 20_000 }).toBe(0);
    const texts = () => recordsOfType(desk.state.records, 'note').map((note) => note.text).sort();
    await expect.poll(texts).toEqual(['Leads arrive too late', 'Written in the lift']);

    desk.phase('reveal');
    await expect.poll(() => celina.page.getByText('Leads arrive too late').count(), { timeout: 10_000 }).toBe(1);
    expect(await celina.page.getByText('Sales · Ala').count()).toBe(2);
    expect(celina.binaryFrames()).toBeGreaterThan(0);
    if (SHOTS) await celina.page.screenshot({ path: `${SHOTS}/room-phone-reveal.png`, fullPage: false });
    expect(texts()).toEqual(['Leads arrive too late', 'Written in the lift']);
    expect(problems).toEqual([]); // Among them: no Content-Security-Policy violation.
  });

  it('speaks Polish on a Polish phone and shows the join form large enough to tap', async () => {
    const { page } = await phone('pl-PL');
    await expect.poll(() => page.getByRole('heading', { name: 'Dołącz do warsztatu' }).count(), { timeout: 10_000 }).toBe(1);
    const join = await page.getByRole('button', { name: 'Dołącz' }).boundingBox();
    expect(join!.height).toBeGreaterThanOrEqual(48);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/room-phone-join-pl.png` });
    expect(problems).toEqual([]);
  });
});
