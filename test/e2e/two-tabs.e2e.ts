/**
 * Two tabs of the same workshop (browser mode, one Chromium profile) never
 * overwrite each other's saved edits: the first tab holds the workshop's Web
 * Lock; the second says so and stays read-only until it takes over, which
 * turns the first read-only in turn. Every note written is kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createProfile, type Profile } from './support/browser';
import { noteTexts } from './support/board';
import { addNote, createWorkshop } from './support/workshop-flow';

const COLUMN = 'Sales sees';
const composer = (page: Page) => page.getByRole('textbox', { name: `Add a note to ${COLUMN}` });
/** The quick-add box can take the focus (an inert page part cannot: nothing can be typed there). */
const canType = (page: Page) =>
  composer(page).evaluate((box) => {
    (box as HTMLElement).focus();
    return document.activeElement === box;
  });
const notice = (page: Page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { level: 2 }) });

let profile: Profile;
let context: BrowserContext;

afterEach(async () => {
  await context?.close();
  profile.dispose();
});

describe('two tabs of one workshop', () => {
  it('lets one tab write at a time, says so in the other, and keeps both tabs’ notes', async () => {
    profile = createProfile();
    const first = await profile.launch();
    context = first.context;
    const one = first.page;
    await createWorkshop(one, 'Two tabs workshop');
    await one.getByRole('button', { name: /Customer lens/ }).click();
    await addNote(one, COLUMN, 'Written in the first tab');

    // The same workshop in a second tab: it may look, not write.
    const two = await context.newPage();
    const errors: string[] = [];
    two.on('pageerror', (error) => errors.push(error.message));
    await two.goto(one.url());
    await expect(notice(two).getByRole('heading').textContent()).resolves.toBe('This workshop is open in another tab');
    await two.getByRole('list', { name: `Notes in ${COLUMN}` }).waitFor({ state: 'attached' });
    expect(await canType(two)).toBe(false);
    await two.keyboard.press('Control+z'); // a shortcut does nothing either
    expect(await noteTexts(one, COLUMN)).toEqual(['Written in the first tab']);
    // The first tab is unaffected.
    expect(await notice(one).count()).toBe(0);
    await addNote(one, COLUMN, 'Second note from the first tab');

    // Take over: the second tab reloads with what is saved and writes; the first is told.
    await two.getByRole('button', { name: 'Edit here instead' }).click();
    await composer(two).waitFor();
    await expect.poll(() => canType(two)).toBe(true);
    expect(await noteTexts(two, COLUMN)).toEqual(['Written in the first tab', 'Second note from the first tab']);
    await expect(notice(one).getByRole('heading').textContent()).resolves.toBe('This workshop was taken over by another tab');
    expect(await canType(one)).toBe(false);
    await addNote(two, COLUMN, 'Written in the second tab');

    // Nothing was overwritten: a fresh look at the saved workshop shows all three.
    await one.reload();
    await notice(one).waitFor();
    await expect(notice(one).getByRole('heading').textContent()).resolves.toBe('This workshop is open in another tab');
    await one.getByText('Written in the second tab').waitFor();
    expect(await noteTexts(one, COLUMN)).toEqual(['Written in the first tab', 'Second note from the first tab', 'Written in the second tab']);
    expect(errors).toEqual([]);
    expect(first.errors).toEqual([]);

    // Leaving the workshop in the writing tab frees it for the other.
    await two.getByRole('button', { name: /All workshops/ }).click();
    await one.getByRole('button', { name: 'Edit here instead' }).click();
    await composer(one).waitFor();
    await expect.poll(() => canType(one)).toBe(true);
    expect(await notice(one).count()).toBe(0);
  });
});
