/**
 * Running the room: two activities through every phase with the projector
 * window open beside the control window, the projector following live; a
 * restart in the middle of a phase; and an axe-core audit of both views.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createProfile, type Profile } from './support/browser';
import { eventually, noteCard, pointerDrag } from './support/board';
import { addNote, createWorkshop, writeAs } from './support/workshop-flow';

const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

let profile: Profile | undefined;
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
  profile?.dispose();
  profile = undefined;
});

async function openProjector(page: Page): Promise<Page> {
  const [projector] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Open projector' }).click()]);
  await projector.getByRole('timer', { name: 'Time left' }).waitFor();
  return projector;
}

/** A fresh profile on the customer lens with one Sales note, "Named accounts". */
async function startWithOneNote(viewport: { width: number; height: number }) {
  profile = createProfile();
  const session = await profile.launch(viewport);
  context = session.context;
  const page = session.page;
  await createWorkshop(page);
  await page.getByRole('button', { name: /Customer lens/ }).click();
  await writeAs(page, 'Sales');
  await addNote(page, 'Sales sees', 'Named accounts');
  return { session, page };
}

const nextPhase = (page: Page) => page.getByRole('button', { name: 'Next phase →' }).click();
const projectorPhase = (projector: Page) => projector.locator('.projector__phase strong').textContent();

/** Serious and critical axe violations of the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's CSP rightly refuses an inline <script>.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => String(node.target[0])) }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.targets.join(', ')}`);
}

describe('running the workshop with a projector', () => {
  it('takes two activities through every phase while the projector follows, and survives a restart mid-phase', async () => {
    profile = createProfile();
    let session = await profile.launch({ width: 1920, height: 1080 });
    context = session.context;
    let page = session.page;
    await createWorkshop(page);
    await page.getByRole('button', { name: /Customer lens/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();
    let projector = await openProjector(page);
    await projector.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();

    // Write: the room sees how many notes each side posted, never the text.
    await writeAs(page, 'Sales');
    await addNote(page, 'Sales sees', 'Named accounts');
    await addNote(page, 'Sales sees', 'Discount hunters');
    await writeAs(page, 'Marketing');
    await addNote(page, 'Marketing sees', 'Food producers in CEE');
    const counts = projector.getByRole('region', { name: 'Notes posted' });
    await eventually(() => counts.locator('.projector-counts__number').allTextContents()).toEqual(['2', '1']);
    expect(await projector.getByText('Named accounts').count()).toBe(0);

    // Reveal: now the text is on the wall.
    await nextPhase(page);
    await eventually(() => projectorPhase(projector)).toBe('Reveal');
    await projector.getByText('Named accounts', { exact: true }).waitFor();
    expect(await projector.getByText('Food producers in CEE', { exact: true }).count()).toBe(1);

    // Group: stack "Discount hunters" onto "Named accounts"; the stack shows as one card.
    await nextPhase(page);
    await page.getByRole('combobox', { name: 'Stack “Discount hunters” onto' }).selectOption({ label: 'Named accounts' });
    await projector.getByText('2 notes', { exact: true }).waitFor();

    // Vote with the tally hidden: the projector shows items but no dots until the vote ends.
    await nextPhase(page);
    await page.getByRole('checkbox', { name: 'Hide the tally on the projector until the vote ends' }).check();
    const voting = page.getByRole('region', { name: 'Dot voting' });
    await voting.getByRole('button', { name: 'Add a Sales dot to: Named accounts' }).click();
    await voting.getByRole('button', { name: 'Add a Sales dot to: Named accounts' }).click();
    await voting.getByRole('button', { name: 'Add a Marketing dot to: Food producers in CEE' }).click();
    await eventually(() => voting.getByText('Sales: 2', { exact: true }).count()).toBe(1);
    await eventually(() => projectorPhase(projector)).toBe('Vote');
    expect(await projector.locator('.projector-item__tally').count()).toBe(0);

    // Discuss: tallies per department appear; the spotlit stack fills the wall.
    await nextPhase(page);
    await eventually(() => projector.locator('.projector-item__tally').first().textContent()).toBe('Sales2Marketing0');
    await page.getByRole('button', { name: 'Spotlight: Named accounts' }).click();
    const spotlight = projector.getByRole('region', { name: 'In the spotlight' });
    await spotlight.getByText('Discount hunters', { exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'Decision or action from “Named accounts”' }).fill('One customer definition: a named buyer in a segment');
    await page.getByRole('button', { name: 'Record' }).click();
    await nextPhase(page);
    await projector.getByText('One customer definition: a named buyer in a segment').waitFor();

    // Second activity by keyboard: N goes to the next one and the projector follows.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('n');
    await page.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    await projector.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    await eventually(() => projectorPhase(projector)).toBe('Write');
    await addNote(page, 'Marketing goals', 'Brand known in CEE by 2028');
    await writeAs(page, 'Sales');
    await addNote(page, 'Sales goals', 'Quota this quarter');
    await page.getByRole('button', { name: 'Start timer' }).click();
    await page.keyboard.press('.');
    await page.keyboard.press('.');
    await page.keyboard.press('.');
    await eventually(() => projectorPhase(projector)).toBe('Vote');
    await page.getByRole('button', { name: 'Add a Marketing dot to: Quota this quarter' }).click();
    await page.getByRole('region', { name: 'Dot voting' }).getByText('Marketing: 1', { exact: true }).waitFor();

    // Restart in the middle of the vote: phase, dots and the running timer are all still there.
    await context.close();
    session = await profile.launch({ width: 1920, height: 1080 });
    context = session.context;
    page = session.page;
    await page.getByRole('button', { name: /Q1 Sales & Marketing alignment/ }).first().click();
    await page.getByRole('button', { name: /Goals/ }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Phases' }).locator('[aria-current="step"]').textContent()).toContain('Vote');
    await page.getByRole('button', { name: 'Pause timer' }).waitFor();
    await page.getByRole('region', { name: 'Dot voting' }).getByText('Marketing: 1', { exact: true }).waitFor();
    projector = await openProjector(page);
    await projector.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    await nextPhase(page);
    await page.getByRole('button', { name: 'Spotlight: Quota this quarter' }).click();
    await projector.getByRole('region', { name: 'In the spotlight' }).getByText('Quota this quarter').waitFor();
    expect(session.errors).toEqual([]);
  });

  it('stacks a note dropped onto another with the pointer in the group phase, and the stack moves as one', async () => {
    const { session, page } = await startWithOneNote({ width: 1920, height: 1080 });
    await writeAs(page, 'Marketing');
    await addNote(page, 'Marketing sees', 'Accounts in our segment');
    await page.getByRole('button', { name: 'Group', exact: true }).click();

    await pointerDrag(page, noteCard(page, 'Accounts in our segment'), noteCard(page, 'Named accounts'));
    const stacks = page.getByRole('region', { name: 'Stacks' });
    await stacks.getByText('2 notes', { exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Stacked “Accounts in our segment” with “Named accounts”.' }).waitFor({ state: 'attached' });
    // On the board the stacked note hangs under its anchor with a "stacked" label.
    await eventually(() =>
      noteCard(page, 'Accounts in our segment').locator('.note__author').evaluate((el) => getComputedStyle(el, '::after').content),
    ).toBe('"↳ stacked"');
    await eventually(() => page.getByRole('list', { name: 'Notes in Sales sees' }).getByRole('paragraph').allTextContents()).toEqual([
      'Named accounts',
      'Accounts in our segment',
    ]);

    // Dragging the stack's anchor to another column takes the whole stack along.
    await page.getByRole('button', { name: 'Reveal', exact: true }).click();
    await pointerDrag(page, noteCard(page, 'Named accounts'), page.getByRole('list', { name: 'Notes in Our shared customer definition' }));
    await eventually(() => page.getByRole('list', { name: 'Notes in Our shared customer definition' }).getByRole('paragraph').allTextContents()).toEqual([
      'Named accounts',
      'Accounts in our segment',
    ]);
    expect(session.errors).toEqual([]);
  });

  it('has no serious or critical accessibility violations in the control and projector views', async () => {
    const { page } = await startWithOneNote({ width: 1366, height: 768 });
    const projector = await openProjector(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await seriousViolations(projector)).toEqual([]);

    await page.getByRole('button', { name: 'Vote', exact: true }).click();
    await projector.getByText('Named accounts', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await seriousViolations(projector)).toEqual([]);

    // The projector follows the facilitator's language too.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('pl');
    await projector.getByRole('heading', { level: 1, name: 'Jak widzimy klienta' }).waitFor();
  });
});
