/**
 * The exercises in real Chromium: the role swap from written guesses to the
 * accuracy chart, and a follow-up session that carries the open actions over
 * and shows the health check against the previous one, surviving a reload.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createProfile, type Profile } from './support/browser';
import { eventually } from './support/board';
import { addNote, createWorkshop, writeAs } from './support/workshop-flow';

let profile: Profile;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeEach(async () => {
  profile = createProfile();
  ({ context, page, errors } = await profile.launch({ width: 1920, height: 1080 }));
});

afterEach(async () => {
  await context.close();
  profile.dispose();
});

const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core findings on the page as it is now (the CSP refuses inline scripts, so it goes in by evaluate). */
async function axeFindings(): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> };
    const { axe } = window as unknown as { axe: { run: (context: Element) => Promise<Result> } };
    const result = await axe.run(document.querySelector('.workshop__main') ?? document.body);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((node) => String(node.target[0])).join(', ')}`);
  });
}

async function open(title: string) {
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function rate(department: 'Sales' | 'Marketing', step: string, score: number) {
  await page.getByRole('radiogroup', { name: `${department} rating of ${step}` }).getByRole('radio', { name: String(score), exact: true }).check();
}

async function addAction(step: string, text: string) {
  const box = page.getByRole('textbox', { name: `New action for ${step}` });
  await box.fill(text);
  await box.press('Enter');
  await page.getByRole('listitem', { name: `Action: ${text}` }).waitFor();
}

describe('exercises', () => {
  it('runs the role swap from guesses to the accuracy chart and the blind spots', async () => {
    await createWorkshop(page);
    await open('Goals');
    await writeAs(page, 'Marketing');
    await addNote(page, 'Marketing goals', 'Build brand awareness in CEE');
    await addNote(page, 'Marketing goals', 'More qualified leads per quarter');
    await writeAs(page, 'Sales');
    await addNote(page, 'Sales goals', 'Hit the monthly quota');
    await open('Pains & tensions');
    await writeAs(page, 'Marketing');
    await addNote(page, 'Marketing pains', 'Sales ignores our leads');

    await open('Role swap');
    await writeAs(page, 'Sales');
    await addNote(page, 'Sales: what Marketing wants', 'Lots of leads, quality aside');
    await addNote(page, 'Sales: what Marketing wants', 'Design awards');
    await addNote(page, 'Sales: what Marketing suffers', 'Nobody follows up their leads');
    await writeAs(page, 'Marketing');
    await addNote(page, 'Marketing: what Sales wants', 'Close deals this month');

    await page.getByRole('navigation', { name: 'Phases' }).getByRole('button', { name: /Reveal/ }).click();
    await page.getByRole('combobox', { name: 'Match for “Lots of leads, quality aside”' }).selectOption({ label: 'Matches: More qualified leads per quarter' });
    await page.getByRole('combobox', { name: 'Match for “Design awards”' }).selectOption({ label: 'Miss — not on their list' });
    await page.getByRole('combobox', { name: 'Match for “Nobody follows up their leads”' }).selectOption({ label: 'Matches: Sales ignores our leads' });
    await page.getByRole('combobox', { name: 'Match for “Close deals this month”' }).selectOption({ label: 'Matches: Hit the monthly quota' });

    const chart = page.getByRole('img', { name: /Perception accuracy/ });
    await eventually(() => chart.locator('desc').textContent()).toBe(
      'Sales: 67%, 2 of 3 found, 1 miss. Marketing: 100%, 1 of 1 found, 0 misses.');
    // The bars are drawn to scale: Sales two thirds of Marketing's full bar.
    const widths = await chart.locator('.accuracy-chart__bar').evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('width'))));
    expect(widths).toEqual([200, 300]);
    expect(await page.getByRole('list', { name: 'Sales did not see in Marketing' }).getByRole('listitem').allTextContents()).toEqual([
      'Build brand awareness in CEE',
    ]);

    // The judgement is stored: it survives going away and coming back.
    await open('Goals');
    await open('Role swap');
    await page.getByRole('navigation', { name: 'Phases' }).getByRole('button', { name: /Reveal/ }).click();
    expect(await page.getByRole('combobox', { name: 'Match for “Design awards”' }).inputValue()).toBe('miss');
    expect(errors).toEqual([]);
  });

  it('starts a follow-up session with the open actions carried over and the health trend', async () => {
    await createWorkshop(page, 'Q1 alignment');
    await rate('Sales', '1. Clear communication', 2);
    await rate('Marketing', '1. Clear communication', 3);
    await rate('Sales', '5. One way to measure', 1);
    await rate('Marketing', '5. One way to measure', 1);
    await page.getByText('Reading: Undefined.').waitFor();

    await open('10-step realignment plan');
    await addAction('1. Clear communication', 'Weekly 15-minute pipeline call');
    await addAction('5. One way to measure', 'One shared dashboard');
    await addAction('3. A joint sales–marketing process', 'Agree the MQL definition');
    const done = page.getByRole('listitem', { name: 'Action: Agree the MQL definition' });
    await done.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Done' });
    const call = page.getByRole('listitem', { name: 'Action: Weekly 15-minute pipeline call' });
    await call.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });

    await page.getByRole('button', { name: 'Start a follow-up session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Follow-up session' });
    await dialog.getByText('The 2 open actions move over').waitFor();
    await dialog.getByLabel('Title of the follow-up').fill('Q2 review');
    await dialog.getByRole('button', { name: 'Create follow-up' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opening & health check' }).waitFor();
    await expect.poll(() => page.locator('.topbar__title').textContent()).toContain('Q2 review');

    await rate('Sales', '1. Clear communication', 4);
    await rate('Marketing', '1. Clear communication', 3);
    const trend = page.getByRole('region', { name: 'Progress since the previous session' });
    const communication = trend.getByRole('row', { name: /1\. Clear communication/ });
    await eventually(() => communication.textContent()).toContain('2 → 4 ▲ up 2 points');
    expect(await communication.textContent()).toContain('3 → 3 = no change');
    expect(await trend.textContent()).toContain('Compared with “Q1 alignment”');

    // Reload: everything came from IndexedDB.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Opening & health check' }).waitFor();
    await eventually(() => page.getByRole('region', { name: 'Progress since the previous session' }).getByRole('row', { name: /1\. Clear communication/ }).textContent()).toContain('2 → 4');

    await open('10-step realignment plan');
    const carried = page.getByRole('list', { name: 'Actions in 1. Clear communication' }).getByRole('listitem', { name: 'Action: Weekly 15-minute pipeline call' });
    expect(await carried.getByRole('list', { name: 'History' }).textContent()).toMatch(/Carried over from “Q1 alignment” .*status then: In progress/);
    expect(await carried.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('inProgress');
    await page.getByRole('listitem', { name: 'Action: One shared dashboard' }).waitFor();
    expect(await page.getByRole('listitem', { name: 'Action: Agree the MQL definition' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('has no serious accessibility findings in any exercise view', async () => {
    await createWorkshop(page);
    await rate('Sales', '1. Clear communication', 2);
    await rate('Marketing', '1. Clear communication', 4);
    const findings: Record<string, string[]> = { opening: await axeFindings() };
    for (const title of ['Goals', 'Shared language & expectations', 'Lead handoff decision', 'Joint objectives & project', 'Shared metrics & reporting', '10-step realignment plan']) {
      await open(title);
      findings[title] = await axeFindings();
    }
    await open('Role swap');
    await page.getByRole('navigation', { name: 'Phases' }).getByRole('button', { name: /Reveal/ }).click();
    findings['Role swap reveal'] = await axeFindings();
    expect(findings).toEqual(Object.fromEntries(Object.keys(findings).map((key) => [key, []])));
  });
});
