/**
 * What the facilitator typed is still there after the app is closed and
 * opened again: notes of both departments, a move made with the pointer, and
 * the chosen language. A real Chromium profile is closed and relaunched, so
 * this goes through IndexedDB and localStorage on disk, not through memory.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { createProfile, type Profile } from './support/browser';
import { eventually, noteCard, noteTexts, pointerDrag } from './support/board';
import { addNote, createWorkshop, writeAs } from './support/workshop-flow';

const TITLE = 'Persistence check workshop';

const SALES_1 = 'Anna Kowalska at Baltic Foods renews in March';
const SALES_2 = 'The buyer who asks for 15% off every time';
const SALES_3 = 'Named accounts in my territory';
const MARKETING_1 = 'Mid-size food producers in CEE';
const MARKETING_2 = 'A segment that reads case studies';

let profile: Profile | undefined;
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
  profile?.dispose();
  profile = undefined;
});

describe('persistence across a restart', () => {
  it('keeps notes of both departments, a pointer move and the language after the browser is relaunched', async () => {
    profile = createProfile();
    let session = await profile.launch();
    context = session.context;
    let page = session.page;

    await createWorkshop(page, TITLE, 'Baltic Foods');
    await page.getByRole('button', { name: /Customer lens/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();

    await writeAs(page, 'Sales');
    await addNote(page, 'Sales sees', SALES_1);
    await addNote(page, 'Sales sees', SALES_2);
    await addNote(page, 'Sales sees', SALES_3);
    await writeAs(page, 'Marketing');
    await addNote(page, 'Marketing sees', MARKETING_1);
    await addNote(page, 'Marketing sees', MARKETING_2);

    // Every note says which department wrote it, in words, not only in colour.
    for (const text of [SALES_1, SALES_2, SALES_3]) {
      await eventually(() => noteCard(page, text).getByText('Sales', { exact: true }).count()).toBe(1);
      expect(await noteCard(page, text).getByText('Marketing', { exact: true }).count()).toBe(0);
    }
    for (const text of [MARKETING_1, MARKETING_2]) {
      await eventually(() => noteCard(page, text).getByText('Marketing', { exact: true }).count()).toBe(1);
      expect(await noteCard(page, text).getByText('Sales', { exact: true }).count()).toBe(0);
    }

    // Drag the second sales note onto the second marketing note: it takes that place.
    await pointerDrag(page, noteCard(page, SALES_2).getByRole('paragraph'), noteCard(page, MARKETING_2));
    await eventually(() => noteTexts(page, 'Marketing sees')).toEqual([MARKETING_1, SALES_2, MARKETING_2]);
    expect(await noteTexts(page, 'Sales sees')).toEqual([SALES_1, SALES_3]);
    // The moved note still belongs to Sales.
    expect(await noteCard(page, SALES_2).getByText('Sales', { exact: true }).count()).toBe(1);

    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Polski' });
    await page.getByRole('button', { name: 'Wszystkie warsztaty' }).waitFor();
    expect(session.errors).toEqual([]);

    await context.close();
    context = undefined;

    // Relaunch on the same profile: the app opens at home.
    session = await profile.launch();
    context = session.context;
    page = session.page;

    await page.getByRole('heading', { level: 1, name: 'Twoje warsztaty' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    await eventually(() => page.getByRole('combobox', { name: 'Język' }).inputValue()).toBe('pl');

    const card = page.getByRole('article', { name: TITLE });
    await card.waitFor();
    expect(await card.getByText('5 karteczek', { exact: true }).count()).toBe(1);
    await card.getByRole('button', { name: 'Otwórz' }).click();

    await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    await page.getByRole('button', { name: 'Wszystkie warsztaty' }).waitFor();
    await page.getByRole('button', { name: /Jak widzimy klienta/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Jak widzimy klienta' }).waitFor();

    const polish = (column: string) => `Karteczki w kolumnie ${column}`;
    await eventually(() => noteTexts(page, 'Sprzedaż widzi', polish)).toEqual([SALES_1, SALES_3]);
    expect(await noteTexts(page, 'Marketing widzi', polish)).toEqual([MARKETING_1, SALES_2, MARKETING_2]);
    expect(await noteTexts(page, 'Nasza wspólna definicja klienta', polish)).toEqual([]);

    // Departments survived too (their names are workshop data, typed in English at creation).
    for (const text of [SALES_1, SALES_2, SALES_3]) {
      expect(await noteCard(page, text).getByText('Sales', { exact: true }).count()).toBe(1);
    }
    for (const text of [MARKETING_1, MARKETING_2]) {
      expect(await noteCard(page, text).getByText('Marketing', { exact: true }).count()).toBe(1);
    }
    expect(session.errors).toEqual([]);
  });
});
