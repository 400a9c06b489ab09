/**
 * A long, windowed column (>= WINDOW_FROM notes) in real Chromium: only the
 * notes in view are in the page, yet quick add, scrolling, pointer and keyboard
 * dragging, Tab order and persistence behave as in a short column.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { createProfile, type Profile } from './support/browser';
import { eventually, noteCard, notesList, pointerDrag } from './support/board';
import { createWorkshop, writeAs } from './support/workshop-flow';

const COLUMN = 'Sales sees';
const OTHER = 'Marketing sees';
const TITLE = 'Long column workshop';
const TOTAL = 45;

/** Note texts; every seventh is long, so it wraps over several lines and is taller than the estimate. */
function text(index: number): string {
  const name = `Note ${String(index + 1).padStart(2, '0')}`;
  return index % 7 === 3 ? `${name} — ${'a long observation about the buyer that wraps over several lines '.repeat(3).trim()}` : name;
}

let profile: Profile;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeEach(async () => {
  profile = createProfile();
  ({ context, page, errors } = await profile.launch());
});

afterEach(async () => {
  await context.close();
  profile.dispose();
});

async function openCustomerLens() {
  await page.getByRole('button', { name: /Customer lens/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();
}

const scrollArea = (column = COLUMN) => page.getByRole('region', { name: column }).locator('.column__scroll');
const headerCount = (column = COLUMN) => page.getByRole('region', { name: column }).locator('.column__count').textContent();
const rendered = (column = COLUMN) => notesList(page, column).getByRole('listitem');

/** The note's box lies within the column's scroll area (it is on screen, not clipped away). */
async function insideScrollArea(note: Locator, column = COLUMN): Promise<boolean> {
  const [box, area] = await Promise.all([note.boundingBox(), scrollArea(column).boundingBox()]);
  if (!box || !area) return false;
  return box.y >= area.y - 1 && box.y + box.height <= area.y + area.height + 1;
}

/** `note` is drawn below `above` and above `below` (a pixel of rounding allowed). */
async function drawnBetween(note: Locator, above: Locator, below: Locator): Promise<boolean> {
  const [box, a, b] = await Promise.all([note.boundingBox(), above.boundingBox(), below.boundingBox()]);
  if (!box || !a || !b) return false;
  return box.y >= a.y + a.height - 1 && box.y + box.height <= b.y + 1;
}

/** Rendered notes, top to bottom, each ends above the next one's start (no visual overlap). */
async function overlaps(column = COLUMN): Promise<string[]> {
  const boxes = await rendered(column).evaluateAll((items) =>
    items.map((item) => {
      const r = item.getBoundingClientRect();
      return { pos: Number(item.getAttribute('aria-posinset')), top: r.top, bottom: r.bottom };
    }),
  );
  boxes.sort((a, b) => a.pos - b.pos);
  const bad: string[] = [];
  for (let i = 1; i < boxes.length; i++) {
    if (boxes[i]!.top < boxes[i - 1]!.bottom - 0.5) bad.push(`#${boxes[i]!.pos} starts at ${boxes[i]!.top}, #${boxes[i - 1]!.pos} ends at ${boxes[i - 1]!.bottom}`);
  }
  return bad;
}

/** Adds TOTAL notes with the quick-add box, checking after each that the new note is in view and counted. */
async function fillLongColumn() {
  await createWorkshop(page, TITLE);
  await openCustomerLens();
  await writeAs(page, 'Sales');
  const box = page.getByRole('textbox', { name: `Add a note to ${COLUMN}` });
  for (let i = 0; i < TOTAL; i++) {
    await box.fill(text(i));
    await box.press('Enter');
    await eventually(headerCount).toBe(String(i + 1));
    await eventually(() => insideScrollArea(noteCard(page, text(i)))).toBe(true);
  }
}

const posinset = (note: Locator) => note.getAttribute('aria-posinset');

/** How strongly the column shades its top and its bottom edge, rounded (0: not at all, 1: fully). */
const shades = (column = COLUMN) =>
  scrollArea(column).evaluate((area) => [getComputedStyle(area, '::before').opacity, getComputedStyle(area, '::after').opacity].map((value) => Math.round(Number(value))));

async function scrollTo(where: 'top' | 'bottom', column = COLUMN) {
  await scrollArea(column).hover();
  await page.mouse.wheel(0, where === 'top' ? -100_000 : 100_000);
}

describe('long windowed column', () => {
  it('adds 45 notes through quick add: few list items in the page, right sizes, the new note in view', async () => {
    await fillLongColumn();
    const count = await rendered().count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(TOTAL / 2);
    const sizes = await rendered().evaluateAll((items) => items.map((item) => item.getAttribute('aria-setsize')));
    expect(new Set(sizes)).toEqual(new Set([String(TOTAL)]));
    expect(await headerCount()).toBe(String(TOTAL));
    expect(await posinset(noteCard(page, text(TOTAL - 1)))).toBe(String(TOTAL));
    await eventually(() => overlaps()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('scrolls with the mouse wheel to the first and the last note, never overlapping', async () => {
    await fillLongColumn();
    // A column with nothing hidden shades neither edge; a long one, the edge it hides notes beyond.
    expect(await shades(OTHER)).toEqual([0, 0]);
    await scrollTo('top');
    await eventually(() => insideScrollArea(noteCard(page, text(0)))).toBe(true);
    await eventually(() => overlaps()).toEqual([]);
    await eventually(() => shades()).toEqual([0, 1]);
    // Step down through the middle (long notes are measured on the way) and check at each step.
    for (let step = 0; step < 12; step++) {
      await page.mouse.wheel(0, 400);
      await eventually(() => overlaps()).toEqual([]);
      // Notes hidden above and below.
      if (step === 0) await eventually(() => shades()).toEqual([1, 1]);
    }
    await scrollTo('bottom');
    await eventually(() => insideScrollArea(noteCard(page, text(TOTAL - 1)))).toBe(true);
    await eventually(() => overlaps()).toEqual([]);
    await eventually(() => shades()).toEqual([1, 0]);
    expect(await noteCard(page, text(0)).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('drags with a pointer out of the long column and within it, and both moves survive a restart', async () => {
    await fillLongColumn();
    // Out: the last note (in view after the add) onto the empty neighbour column.
    const last = text(TOTAL - 1);
    await pointerDrag(page, noteCard(page, last).getByRole('paragraph'), notesList(page, OTHER));
    await eventually(() => notesList(page, OTHER).getByText(last, { exact: true }).count()).toBe(1);
    await eventually(headerCount).toBe(String(TOTAL - 1));
    expect(await notesList(page, COLUMN).getByText(last, { exact: true }).count()).toBe(0);

    // Within: at the top, note 3 onto note 1 takes the first place.
    await scrollTo('top');
    await eventually(() => insideScrollArea(noteCard(page, text(0)))).toBe(true);
    await pointerDrag(page, noteCard(page, text(2)).getByRole('paragraph'), noteCard(page, text(0)));
    await eventually(() => posinset(noteCard(page, text(2)))).toBe('1');
    expect(await posinset(noteCard(page, text(0)))).toBe('2');
    expect(errors).toEqual([]);

    await context.close();
    ({ context, page, errors } = await profile.launch());
    await page.getByRole('article', { name: TITLE }).getByRole('button', { name: 'Open' }).click();
    await openCustomerLens();
    await eventually(headerCount).toBe(String(TOTAL - 1));
    expect(await notesList(page, OTHER).getByText(last, { exact: true }).count()).toBe(1);
    await eventually(() => posinset(noteCard(page, text(2)))).toBe('1');
    expect(await posinset(noteCard(page, text(0)))).toBe('2');
    expect(await posinset(noteCard(page, text(1)))).toBe('3');
    expect(errors).toEqual([]);
  });

  it('moves a note several places down and to the next column with the keyboard, announcing each step', async () => {
    await fillLongColumn();
    const announcements = () => page.locator('.board [role="status"][aria-live="assertive"]').allTextContents();
    await scrollTo('top');
    const moving = text(2);
    const handle = page.getByRole('button', { name: `Move note: ${moving}` });
    await handle.focus();
    await page.keyboard.press('Space');
    await eventually(announcements).toContain(`Picked up note “${moving}”, position 3 of ${TOTAL} in ${COLUMN}.`);
    // One step at a time, as a keyboard user hears each: a press sent before the previous step is
    // drawn starts from the old place (dnd-kit measures the lifted note's drawn position).
    for (const position of [4, 5, 6, 7]) {
      await page.keyboard.press('ArrowDown');
      await eventually(announcements).toContain(`Note “${moving}” is over position ${position} of ${TOTAL} in ${COLUMN}.`);
    }
    // While lifted, it is drawn in its new place, between its new neighbours, though the column scrolled.
    await eventually(() => drawnBetween(noteCard(page, moving), noteCard(page, text(6)), noteCard(page, text(7)))).toBe(true);
    await page.keyboard.press('Space');
    await eventually(announcements).toContain(`Moved note “${moving}” to position 7 of ${TOTAL} in ${COLUMN}.`);
    await eventually(() => posinset(noteCard(page, moving))).toBe('7');
    await eventually(() => handle.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await insideScrollArea(noteCard(page, moving))).toBe(true);

    await page.keyboard.press('Space');
    await eventually(announcements).toContain(`Picked up note “${moving}”, position 7 of ${TOTAL} in ${COLUMN}.`);
    await page.keyboard.press('ArrowRight');
    await eventually(announcements).toContain(`Note “${moving}” is over position 1 of 1 in ${OTHER}.`);
    await page.keyboard.press('Space');
    await eventually(announcements).toContain(`Moved note “${moving}” to position 1 of 1 in ${OTHER}.`);
    await eventually(() => notesList(page, OTHER).getByText(moving, { exact: true }).count()).toBe(1);
    await eventually(headerCount).toBe(String(TOTAL - 1));
    await eventually(() => handle.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await insideScrollArea(noteCard(page, moving), OTHER)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('Tab reaches every note in order, past the notes rendered at first', async () => {
    await fillLongColumn();
    await scrollTo('top');
    await page.getByRole('button', { name: `Move note: ${text(0)}` }).focus();
    const seen: number[] = [];
    for (let presses = 0; presses < 200; presses++) {
      const position = await page.evaluate(() => Number(document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? 0));
      if (position === 0) break;
      if (seen.at(-1) !== position) seen.push(position);
      if (position >= 25) break;
      await page.keyboard.press('Tab');
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const focused = page.getByRole('button', { name: /^Move note: Note 25 / });
    await eventually(() => focused.evaluate((element) => element === document.activeElement)).toBe(true);
    // The whole note is shown, not only the focused button in its footer (note 25 is a tall one).
    await eventually(() => insideScrollArea(noteCard(page, text(24)))).toBe(true);
    expect(errors).toEqual([]);
  });
});
