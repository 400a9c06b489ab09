import type { Page } from 'playwright-core';

/** Creates the default workshop through the UI. */
export async function createWorkshop(page: Page, title = 'Q1 Sales & Marketing alignment', organisation = 'Acme Sp. z o.o.') {
  await page.getByRole('button', { name: 'Create the default workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Workshop title').fill(title);
  await dialog.getByLabel('Organisation').fill(organisation);
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('heading', { level: 1, name: 'Opening & health check' }).waitFor();
}

/** The department the next notes are written as ("Writing as" is chosen on each column's box). */
const writers = new WeakMap<Page, 'Sales' | 'Marketing'>();

export async function writeAs(page: Page, department: 'Sales' | 'Marketing') {
  writers.set(page, department);
}

/** Adds a note with the quick-add box of a column, as the department of `writeAs`, and waits until it is on the board. */
export async function addNote(page: Page, column: string, text: string) {
  const writer = writers.get(page);
  if (writer) await page.getByRole('group', { name: `Writing as, in ${column}` }).getByRole('radio', { name: writer }).check();
  const box = page.getByRole('textbox', { name: `Add a note to ${column}` });
  await box.fill(text);
  await box.press('Enter');
  await page.getByRole('list', { name: `Notes in ${column}` }).getByText(text, { exact: true }).waitFor();
}

/** A realistic board for screenshots: the customer lens with notes from both sides. */
export async function seedBoard(page: Page) {
  await createWorkshop(page);
  await page.getByRole('button', { name: /Customer lens/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();
  await writeAs(page, 'Sales');
  await addNote(page, 'Sales sees', 'Anna Kowalska, procurement lead at Baltic Foods — renews in March');
  await addNote(page, 'Sales sees', 'The buyer who asks for 15% off before every renewal');
  await addNote(page, 'Sales sees', 'Named accounts in my territory, each with its own story');
  await writeAs(page, 'Marketing');
  await addNote(page, 'Marketing sees', 'Mid-size food producers in CEE, 50–250 employees');
  await addNote(page, 'Marketing sees', 'A segment that responds to case studies and webinars');
  await addNote(page, 'Our shared customer definition', 'A named buyer inside a segment we can reach at scale');
}
