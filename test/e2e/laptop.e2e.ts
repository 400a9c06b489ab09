/**
 * A facilitator's day at laptop size (1366×768) with the projector beside it: nothing
 * to hunt for on the control window, nothing covered, and a wall readable from the back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { createProfile, type Profile } from './support/browser';
import { eventually } from './support/board';
import { addNote, createWorkshop, writeAs } from './support/workshop-flow';

let profile: Profile;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeEach(async () => {
  profile = createProfile();
  ({ context, page, errors } = await profile.launch({ width: 1366, height: 768 }));
});

afterEach(async () => {
  await context.close();
  profile.dispose();
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`Not on screen: ${locator.toString()}`);
  return found;
}

async function openLens() {
  await createWorkshop(page);
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Customer lens/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();
}

describe('at laptop size', () => {
  it('folds the agenda, shows that the board has more columns and brings "+ Add column" within reach', async () => {
    await openLens();
    expect(await page.getByRole('button', { name: 'Show the agenda' }).getAttribute('aria-expanded')).toBe('false');
    const board = page.locator('.board__columns');
    const more = page.getByRole('button', { name: 'Show the columns to the right' });
    await more.waitFor();
    const addColumn = page.getByRole('button', { name: '+ Add column' });
    const inside = async () => {
      const [a, b] = [await box(addColumn), await box(board)];
      return a.x >= b.x && a.x + a.width <= b.x + b.width + 1;
    };
    expect(await inside()).toBe(false);
    await more.click();
    await eventually(inside).toBe(true);
    await page.getByRole('button', { name: 'Show the columns to the left' }).waitFor();
    // The side panel stays beside the board, never over it.
    expect(overlaps(await box(board), await box(page.locator('.phase-workspace')))).toBe(false);
    expect(errors).toEqual([]);
  });

  it('keeps a confirmation off the add boxes and lets it go by itself', async () => {
    await openLens();
    await writeAs(page, 'Sales');
    await addNote(page, 'Sales sees', 'Named accounts');
    await page.getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('button', { name: 'Markdown (.md)' }).click();
    const notice = page.locator('.notice');
    await notice.waitFor();
    const boxes = page.getByRole('textbox', { name: /^Add a note to/ });
    for (let i = 0; i < (await boxes.count()); i++) {
      const input = boxes.nth(i);
      if (await input.isVisible()) expect(overlaps(await box(notice), await box(input))).toBe(false);
    }
    await notice.waitFor({ state: 'detached', timeout: 15_000 });
  });

  it('puts the health check radar and its reading beside the rating grid', async () => {
    await createWorkshop(page);
    const grid = await box(page.locator('.health__ratings'));
    const results = await box(page.locator('.health__results'));
    expect(results.x).toBeGreaterThanOrEqual(grid.x + grid.width);
    expect(results.y).toBeLessThan(grid.y + 40);
  });

  it('shows the wall in large type, scaled to the window, and a stack as each of its notes', async () => {
    await openLens();
    await writeAs(page, 'Sales');
    await addNote(page, 'Sales sees', 'Named accounts');
    await addNote(page, 'Sales sees', 'Discount hunters');
    const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open projector' }).click()]);
    await projector.setViewportSize({ width: 1366, height: 768 });
    await projector.getByRole('timer', { name: 'Time left' }).waitFor();
    await page.getByRole('button', { name: 'Next phase →' }).click();
    const note = projector.locator('.projector-note p').filter({ hasText: 'Named accounts' });
    await note.waitFor();
    const size = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    // About 1/28 of the wall's height: readable at the back of the room.
    expect(await size(note)).toBeGreaterThanOrEqual(26);
    expect(await size(projector.locator('.projector-note .department-marker').first())).toBeGreaterThanOrEqual(18);

    await page.getByRole('button', { name: 'Group', exact: true }).click();
    await page.getByRole('combobox', { name: 'Stack “Discount hunters” onto' }).selectOption({ label: 'Named accounts' });
    const stack = projector.locator('.projector-stack');
    await stack.getByText('2 notes', { exact: true }).waitFor();
    expect(await stack.locator('.projector-note p').allTextContents()).toEqual(['Named accounts', 'Discount hunters']);
  });
});
