/**
 * The board and the home screen in real Chromium: keyboard-only moves with
 * their announcements, undo/redo shortcuts, pointer reordering, editing,
 * limits, column tools that leave the title readable, workshop housekeeping,
 * and hostile text rendered as text.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createProfile, type Profile } from './support/browser';
import { eventually, noteCard, noteTexts, notesList, pointerDrag } from './support/board';
import { addNote, createWorkshop, writeAs } from './support/workshop-flow';

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
  await createWorkshop(page);
  await page.getByRole('button', { name: /Customer lens/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();
}

/**
 * What the board's assertive live regions say right now. The board announces
 * drag-and-drop steps in its own region; dnd-kit keeps a second, silenced one.
 */
function announcements() {
  return page.locator('.board [role="status"][aria-live="assertive"]').allTextContents();
}

describe('board', () => {
  it('moves a note to the next column with the keyboard only, announces it, and undoes and redoes it with shortcuts', async () => {
    await openCustomerLens();
    await writeAs(page, 'Sales');
    await addNote(page, 'Sales sees', 'Named accounts in my territory');

    const handle = page.getByRole('button', { name: 'Move note: Named accounts in my territory' });
    await handle.focus();
    expect(await handle.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.keyboard.press('Space');
    await eventually(announcements).toContain('Picked up note “Named accounts in my territory”, position 1 of 1 in Sales sees.');
    await page.keyboard.press('ArrowRight');
    await eventually(announcements).toContain('Note “Named accounts in my territory” is over position 1 of 1 in Marketing sees.');
    await page.keyboard.press('Space');

    await eventually(() => noteTexts(page, 'Marketing sees')).toEqual(['Named accounts in my territory']);
    expect(await noteTexts(page, 'Sales sees')).toEqual([]);
    await eventually(announcements).toContain('Moved note “Named accounts in my territory” to position 1 of 1 in Marketing sees.');

    // Undo/redo shortcuts work when the focus is not in a text field.
    await page.getByRole('heading', { level: 1, name: 'Customer lens' }).click();
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toMatch(/INPUT|TEXTAREA|SELECT/);
    await page.keyboard.press('Control+z');
    await eventually(() => noteTexts(page, 'Sales sees')).toEqual(['Named accounts in my territory']);
    expect(await noteTexts(page, 'Marketing sees')).toEqual([]);

    await page.keyboard.press('Control+Shift+Z');
    await eventually(() => noteTexts(page, 'Marketing sees')).toEqual(['Named accounts in my territory']);
    expect(await noteTexts(page, 'Sales sees')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps Ctrl+Z for the text while typing in the composer', async () => {
    await openCustomerLens();
    await addNote(page, 'Sales sees', 'First note');
    const box = page.getByRole('textbox', { name: 'Add a note to Sales sees' });
    await box.fill('half-typed');
    await box.press('Control+z');
    // Give a (wrong) board undo time to show, then look: the note added before is still there.
    await page.waitForTimeout(300);
    expect(await noteTexts(page, 'Sales sees')).toEqual(['First note']);
  });

  it('reorders notes within a column with the pointer', async () => {
    await openCustomerLens();
    await addNote(page, 'Sales sees', 'One');
    await addNote(page, 'Sales sees', 'Two');
    await addNote(page, 'Sales sees', 'Three');

    // Dropped on "Three", "One" takes its place at the bottom.
    await pointerDrag(page, noteCard(page, 'One').getByRole('paragraph'), noteCard(page, 'Three'));
    await eventually(() => noteTexts(page, 'Sales sees')).toEqual(['Two', 'Three', 'One']);

    // And back up to the top.
    await pointerDrag(page, noteCard(page, 'One').getByRole('paragraph'), noteCard(page, 'Two'));
    await eventually(() => noteTexts(page, 'Sales sees')).toEqual(['One', 'Two', 'Three']);
    expect(errors).toEqual([]);
  });

  it('edits a note in place', async () => {
    await openCustomerLens();
    await addNote(page, 'Sales sees', 'Buyer at Baltic Foods');
    await page.getByRole('button', { name: 'Edit note: Buyer at Baltic Foods' }).click();
    const editor = page.getByRole('textbox', { name: 'Note text' });
    expect(await editor.inputValue()).toBe('Buyer at Baltic Foods');
    await editor.fill('Procurement lead at Baltic Foods');
    await editor.press('Enter');

    await eventually(() => noteTexts(page, 'Sales sees')).toEqual(['Procurement lead at Baltic Foods']);
    expect(await page.getByRole('textbox', { name: 'Note text' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Move note: Procurement lead at Baltic Foods' }).waitFor();
  });

  it("shows a column's tools over its header, and leaves its title uncovered while the pointer is on a note", async () => {
    await openCustomerLens();
    await addNote(page, 'Sales sees', 'Buyer at Baltic Foods');
    const tools = page.getByRole('button', { name: 'Rename column Sales sees' });
    const opacity = () => tools.evaluate((button) => getComputedStyle(button.parentElement!).opacity);
    await noteCard(page, 'Buyer at Baltic Foods').hover();
    await eventually(opacity).toBe('0');
    await page.getByRole('heading', { name: /^Sales sees/ }).hover();
    await eventually(opacity).toBe('1');
  });

  it('deletes a note and brings it back with Undo, in its place', async () => {
    await openCustomerLens();
    await addNote(page, 'Sales sees', 'Keep me');
    await addNote(page, 'Sales sees', 'Delete me');
    await addNote(page, 'Sales sees', 'Keep me too');

    await page.getByRole('button', { name: 'Delete note: Delete me' }).click();
    await eventually(() => noteTexts(page, 'Sales sees')).toEqual(['Keep me', 'Keep me too']);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await eventually(() => noteTexts(page, 'Sales sees')).toEqual(['Keep me', 'Delete me', 'Keep me too']);
    expect(await page.getByRole('button', { name: 'Redo', exact: true }).isEnabled()).toBe(true);
  });

  it('refuses an over-long note with a message and keeps the text in the box', async () => {
    await openCustomerLens();
    await addNote(page, 'Sales sees', 'Short one');
    const box = page.getByRole('textbox', { name: 'Add a note to Sales sees' });
    const long = 'x'.repeat(501);
    await box.fill(long);
    await box.press('Enter');

    const alert = page.getByRole('region', { name: 'Sales sees' }).getByRole('alert');
    await eventually(() => alert.textContent()).toBe('That is too long: at most 500 characters. Shorten it and try again.');
    expect(await box.inputValue()).toBe(long);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await noteTexts(page, 'Sales sees')).toEqual(['Short one']);

    // Exactly at the limit is fine.
    await box.fill('y'.repeat(500));
    await box.press('Enter');
    await eventually(() => noteTexts(page, 'Sales sees')).toEqual(['Short one', 'y'.repeat(500)]);
    expect(await box.inputValue()).toBe('');
  });

  it('shows hostile note text as literal text and runs none of it', async () => {
    await openCustomerLens();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await addNote(page, 'Sales sees', hostile);

    expect(await noteTexts(page, 'Sales sees')).toEqual([hostile]);
    expect(await notesList(page, 'Sales sees').locator('img').count()).toBe(0);
    await page.getByRole('button', { name: `Move note: ${hostile}` }).waitFor();
    // Give a would-be image error handler time to fire, then look.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();

    // Still inert after a reload from storage.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();
    expect(await noteTexts(page, 'Sales sees')).toEqual([hostile]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});

describe('home', () => {
  it('duplicates a workshop, deletes the copy after confirmation, and brings it back with Undo delete', async () => {
    await createWorkshop(page, 'Spring alignment', 'Acme');
    await writeAs(page, 'Marketing');
    await addNote(page, 'What we hope to get from today', 'One shared lead definition');
    await page.getByRole('button', { name: 'All workshops' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your workshops' }).waitFor();

    const original = page.getByRole('article', { name: 'Spring alignment' });
    await original.getByRole('button', { name: 'Duplicate' }).click();
    const copy = page.getByRole('article', { name: 'Copy of Spring alignment' });
    await copy.waitFor();
    expect(await copy.getByText('1 note', { exact: true }).count()).toBe(1);

    await copy.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete “Copy of Spring alignment”?' });
    await confirm.waitFor();
    // Cancel has the focus, so a stray Enter does no harm.
    expect(await confirm.getByRole('button', { name: 'Cancel' }).evaluate((element) => element === document.activeElement)).toBe(true);
    await confirm.getByRole('button', { name: 'Delete' }).click();

    await copy.waitFor({ state: 'detached' });
    expect(await original.count()).toBe(1);

    await page.getByRole('button', { name: 'Undo delete' }).click();
    await copy.waitFor();
    await eventually(() => page.getByRole('article').count()).toBe(2);

    // The restored copy has its note.
    await copy.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opening & health check' }).waitFor();
    await eventually(() => noteTexts(page, 'What we hope to get from today')).toEqual(['One shared lead definition']);
    expect(errors).toEqual([]);
  });
});
