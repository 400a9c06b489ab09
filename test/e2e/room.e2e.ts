import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import jsQR from 'jsqr';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssets } from '../../electron/room/assets';
import { openRoom, type Room } from '../../electron/room/server';
import { eventually } from './support/board';
import { BASE_URL, createProfile, type Profile } from './support/browser';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';
import { createWorkshop } from './support/workshop-flow';

/**
 * The whole room in Chromium: the real room server on 127.0.0.1, the
 * facilitator's page (browser mode, IndexedDB) hosting it, and three phones.
 * The phones open the address read from the QR code's pixels.
 */
const DIST = resolve(import.meta.dirname, '../../dist-room');
const SHOTS = process.env.ROOM_SHOTS;

let room: Room;
let profile: Profile;
let facilitatorContext: BrowserContext;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'index.html'))) throw new Error('dist-room is missing: run `npm run build:room` first.');
  room = await openRoom({ host: '127.0.0.1', port: 0, assets: loadAssets(DIST), hostOrigins: [new URL(BASE_URL).origin] });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await facilitatorContext?.close();
  profile?.dispose();
  await browser?.close();
  await room?.close();
});

/** Reads the QR code image in the page: its pixels, decoded in Node. */
async function readQr(page: Page): Promise<string | null> {
  const image = page.getByRole('img', { name: /^QR code to join/ });
  await image.waitFor();
  const pixels = await image.evaluate(async (element: HTMLImageElement) => {
    await element.decode();
    const size = 400;
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(element, 0, 0, size, size);
    return { size, data: [...context.getImageData(0, 0, size, size).data] };
  });
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.size, pixels.size)?.data ?? null;
}

/** A phone joins by typing a name, or (`listed`) by tapping its name on the workshop's list. */
async function phone(url: string, name: string, department: 'Sales' | 'Marketing', listed = false) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(url);
  if (listed) {
    await page.getByRole('button', { name: `${name} · ${department}` }).click();
  } else {
    await page.getByRole('textbox', { name: 'Your name' }).fill(name);
    await page.getByRole('radio', { name: department }).check();
    await page.getByRole('button', { name: 'Join' }).click();
  }
  await page.getByRole('heading', { name: `Hello, ${name}` }).waitFor({ timeout: 10_000 });
  return { page, context };
}

async function write(page: Page, column: string, text: string) {
  await page.getByRole('textbox', { name: `Write a note… ${column}` }).fill(text);
  await page.getByRole('region', { name: column }).getByRole('button', { name: 'Add note' }).click();
  await page.getByText(`${text}`, { exact: true }).waitFor();
}

function workshopIdOf(page: Page): string {
  return /#\/workshop\/([^/]+)/.exec(page.url())![1]!;
}

/** The notes in the facilitator's IndexedDB, read past the app (what a restart would find). */
function storedNotes(page: Page): Promise<Array<{ text: string; author: string | null }>> {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const request = indexedDB.open('alignboard');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('records').objectStore('records').index('type').getAll('note');
          read.onsuccess = () => {
            done((read.result as Array<{ text: string; author: string | null }>).map(({ text, author }) => ({ text, author })));
            request.result.close();
          };
        };
      }),
  );
}

describe('the room', () => {
  it('phones join from the QR code, write privately, vote, and lose nothing when the facilitator reloads', async () => {
    profile = createProfile();
    const session = await profile.launch({ width: 1366, height: 768 });
    facilitatorContext = session.context;
    const desk = session.page;
    // Browser mode: `npm run room` prints this address for the facilitator's page.
    await desk.goto(`${BASE_URL}?room=${encodeURIComponent(room.origin)}&roomKey=${room.hostSecret}`);
    expect(desk.url()).not.toContain('roomKey'); // The host secret leaves the address bar.
    await createWorkshop(desk);
    await desk.getByRole('button', { name: /Customer lens/ }).click();
    await desk.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();

    // Celina is on the workshop's list: her phone offers her name to tap.
    await desk.getByRole('button', { name: 'Participants' }).click();
    const people = desk.getByRole('dialog', { name: 'Participants' });
    await people.getByRole('textbox', { name: 'Name' }).fill('Celina');
    await people.getByRole('combobox', { name: 'Department' }).selectOption({ label: 'Marketing' });
    await people.getByRole('button', { name: 'Add participant' }).click();
    await people.getByRole('button', { name: 'Close' }).click();

    await desk.getByRole('button', { name: 'Room', exact: true }).click();
    const panel = desk.getByRole('dialog', { name: 'The room: participants on their own phones' });
    await panel.getByRole('button', { name: 'Open the room' }).click();
    const joinUrl = await readQr(desk);
    expect(joinUrl).toBe(room.joinUrl);
    if (SHOTS) await desk.screenshot({ path: `${SHOTS}/room-panel-laptop.png` });
    // The projector shows the same code, large, while the room is open.
    const wall = await facilitatorContext.newPage();
    await wall.setViewportSize({ width: 1920, height: 1080 });
    await wall.goto(`${BASE_URL}#/projector/${workshopIdOf(desk)}`);
    expect(await readQr(wall)).toBe(room.joinUrl);
    if (SHOTS) await wall.screenshot({ path: `${SHOTS}/room-projector.png` });
    await wall.close();

    const ala = await phone(joinUrl!, 'Ala', 'Sales');
    const bartek = await phone(joinUrl!, 'Bartek', 'Sales');
    const celina = await phone(joinUrl!, 'Celina', 'Marketing', true);
    await eventually(() => panel.getByRole('row').count()).toBe(4); // a header and three people
    await panel.getByText('Sales: 0 of 2 done').waitFor();
    await panel.getByRole('button', { name: 'Close', exact: true }).click();
    await desk.getByRole('button', { name: 'Room: 3 connected' }).waitFor();

    // Write (the activity's first phase), privately: each phone sees its own notes and only a count of the others'.
    await ala.page.getByRole('textbox', { name: 'Write a note… Sales sees' }).waitFor();
    await write(ala.page, 'Sales sees', 'Named accounts');
    await write(bartek.page, 'Sales sees', 'Discount hunters');
    await write(celina.page, 'Marketing sees', 'Food producers in CEE');
    await celina.page.getByText('2 notes from others').waitFor();
    expect(await celina.page.getByText('Named accounts').count()).toBe(0);
    expect(await bartek.page.getByText('Named accounts').count()).toBe(0);

    // Every note a phone was told is saved is in the facilitator's IndexedDB, with its author.
    const notes = await storedNotes(desk);
    expect(notes.map((note) => note.text).sort()).toEqual(['Discount hunters', 'Food producers in CEE', 'Named accounts']);
    expect(notes.every((note) => note.author !== null)).toBe(true);

    // Reveal: the phones read the board.
    await desk.getByRole('button', { name: 'Next phase →' }).click();
    await celina.page.getByText('Named accounts', { exact: true }).waitFor();
    // Group, then vote from the phones: the facilitator's tally counts the devices' dots.
    await desk.getByRole('button', { name: 'Next phase →' }).click();
    await desk.getByRole('navigation', { name: 'Phases' }).locator('[aria-current="step"]', { hasText: 'Group' }).waitFor();
    // A stack made on the laptop shows on the phones as one card.
    await desk.getByRole('combobox', { name: 'Stack “Discount hunters” onto' }).selectOption({ label: 'Named accounts' });
    await celina.page.getByRole('region', { name: 'Stacks' }).getByText('Discount hunters').waitFor();
    await desk.getByRole('button', { name: 'Next phase →' }).click();
    await ala.page.getByRole('button', { name: 'Give a dot to: Food producers in CEE' }).click();
    await celina.page.getByRole('button', { name: 'Give a dot to: Named accounts' }).click();
    const voting = desk.getByRole('region', { name: 'Dot voting' });
    await voting.getByText('Marketing: 1', { exact: true }).waitFor();

    // The facilitator's window reloads mid-vote: the room opens again, phones carry on.
    await desk.reload();
    await desk.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();
    await desk.getByRole('button', { name: 'Room: 3 connected' }).waitFor({ timeout: 15_000 });
    await bartek.page.getByRole('button', { name: 'Give a dot to: Named accounts' }).click();
    await bartek.page.getByText('You gave 1 dot').waitFor();
    // The Named accounts stack now has Bartek's dot (Sales) and Celina's (Marketing); Food producers has Ala's (Sales).
    await eventually(() => desk.getByRole('region', { name: 'Dot voting' }).getByText('Sales: 1', { exact: true }).count()).toBe(2);

    // A phone drops off the network and comes back: it reconnects with its pass and votes on.
    await ala.context.setOffline(true);
    await ala.page.getByRole('status').getByText('Reconnecting…').waitFor();
    await ala.context.setOffline(false);
    await ala.page.getByRole('status').getByText('Connected').waitFor({ timeout: 20_000 });
    await ala.page.getByRole('button', { name: 'Give a dot to: Food producers in CEE' }).click();
    await desk.getByRole('region', { name: 'Dot voting' }).getByText('Sales: 2', { exact: true }).waitFor();
    if (SHOTS) await ala.page.screenshot({ path: `${SHOTS}/room-phone.png` });

    // Health check: each person rates on their own phone; the facilitator sees each department's average.
    await desk.getByRole('button', { name: /Opening & health check/ }).click();
    await desk.getByRole('heading', { level: 1, name: 'Opening & health check' }).waitFor();
    for (const [one, score] of [[ala, 2], [bartek, 5], [celina, 4]] as const) {
      await one.page.getByRole('button', { name: `1. Clear communication: ${score}` }).click();
      await eventually(() => one.page.getByRole('button', { name: `1. Clear communication: ${score}` }).getAttribute('aria-pressed')).toBe('true');
    }
    await desk.getByText('average of 2 people').waitFor();
    await desk.getByRole('cell', { name: '3.5', exact: true }).waitFor();

    // The report (what the PDF prints) has the phones' notes and says how many people rated.
    const report = await facilitatorContext.newPage();
    await report.goto(`${BASE_URL}#/report/${workshopIdOf(desk)}/a4`);
    await report.getByText('Named accounts').first().waitFor();
    await report.getByText('(2 people rated)').waitFor();
    await report.close();

    expect((await storedNotes(desk)).length).toBe(3);
    for (const one of [ala, bartek, celina]) await one.context.close();
  });
});
