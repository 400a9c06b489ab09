import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** The list of notes of a column, found the way a screen reader finds it ("Notes in <column>"). */
export function notesList(page: Page, column: string, label = (name: string) => `Notes in ${name}`): Locator {
  return page.getByRole('list', { name: label(column) });
}

/** The texts of a column's notes, top to bottom. */
export function noteTexts(page: Page, column: string, label?: (name: string) => string): Promise<string[]> {
  return notesList(page, column, label).getByRole('listitem').getByRole('paragraph').allTextContents();
}

/** One note (its list item) by its exact text, anywhere on the board. */
export function noteCard(page: Page, text: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('paragraph').getByText(text, { exact: true }) });
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`Not visible, cannot drag: ${locator.toString()}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags with a real pointer, as a person does: press on the source, move a
 * little (dnd-kit's PointerSensor starts after 6 px), glide to the target in
 * many small steps, pause so collision detection settles, release.
 */
export async function pointerDrag(page: Page, source: Locator, target: Locator) {
  const from = await centre(source);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 4, from.y + 8, { steps: 4 });
  const to = await centre(target);
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await page.mouse.move(to.x + 1, to.y + 1, { steps: 2 });
  await page.waitForTimeout(100);
  await page.mouse.up();
}

/**
 * `expect.poll` with a timeout that suits a real browser (the store updates
 * and persists asynchronously; a cold CI machine is slower than a laptop).
 */
export function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 10_000, interval: 50 });
}
