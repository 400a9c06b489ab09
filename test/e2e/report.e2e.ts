/**
 * The PDF report in real Chromium: a workshop seeded through the UI is
 * printed from the report route with `page.pdf()` (the same engine as
 * Electron's printToPDF) and read back with poppler: the text is there,
 * hostile strings are literal text, and the pages are the expected ones.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL, createProfile, type Profile } from './support/browser';
import { addNote, createWorkshop, writeAs } from './support/workshop-flow';

const FORMULA = "=cmd|' /C calc'!A0";
const HTML = '<img src=x onerror=alert(1)>';
const OUT = process.env.REPORT_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'alignboard-report-'));

let profile: Profile;
let context: BrowserContext;
let page: Page;
let workshopId: string;

async function printReport(paper: 'a4' | 'letter', name: string): Promise<string> {
  await page.goto(`${BASE_URL}#/report/${workshopId}/${paper}`);
  await page.locator('html[data-report-ready="true"]').waitFor({ state: 'attached' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const path = join(OUT, name);
  writeFileSync(path, pdf);
  return path;
}

function pdfInfo(path: string): Record<string, string> {
  const lines = execFileSync('pdfinfo', [path], { encoding: 'utf8' }).split('\n');
  return Object.fromEntries(lines.map((line) => line.split(/:\s+/, 2) as [string, string]).filter(([key]) => key));
}

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

beforeAll(async () => {
  profile = createProfile();
  ({ context, page } = await profile.launch({ width: 1366, height: 900 }));
  await createWorkshop(page, 'Q1 Sales & Marketing alignment', 'Baltic Foods');
  workshopId = decodeURIComponent(/#\/workshop\/([^/]+)/.exec(page.url())?.[1] ?? '');
  await page.getByRole('button', { name: /Customer lens/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();
  await writeAs(page, 'Sales');
  await addNote(page, 'Sales sees', 'Anna Kowalska, procurement lead at Baltic Foods');
  await addNote(page, 'Sales sees', FORMULA);
  await writeAs(page, 'Marketing');
  await addNote(page, 'Marketing sees', HTML);
  await addNote(page, 'Our shared customer definition', 'A named buyer inside a segment we can reach');
});

afterAll(async () => {
  await context?.close();
  profile?.dispose();
});

describe('PDF report', () => {
  it('prints the workshop on A4: cover, summary, agenda, boards with notes on their own pages', async () => {
    const path = await printReport('a4', 'report-a4.pdf');
    const info = pdfInfo(path);
    // 1 cover; 2 summary + agenda; 3 the (empty) opening, which no longer fits
    // on page 2 and is never split; 4 the customer lens (it has notes, so it
    // starts a page) with the empty boards after it; 5-6 the other empty boards.
    expect(Number(info.Pages)).toBe(6);
    expect(execFileSync('pdftotext', ['-f', '4', '-l', '4', path, '-'], { encoding: 'utf8' })).toMatch(/^Q1 Sales & Marketing alignment\s+November \d+, \d{4}\s+2\. Customer lens/);
    expect(info['Page size']).toMatch(/\(A4\)/);

    const text = pdfText(path);
    expect(text).toContain('Q1 Sales & Marketing alignment');
    expect(text).toContain('Executive summary');
    expect(text).toContain('Anna Kowalska, procurement lead at Baltic Foods');
    expect(text).toContain('A named buyer inside a segment we can reach');
    // Hostile input is printed as the literal text people typed.
    expect(text).toContain(FORMULA);
    expect(text).toContain(HTML);
    // Running header and page numbers from the @page margin boxes.
    expect(text).toContain('Page 2 of 6');
    expect(text).toContain('Page 6 of 6');

  });

  it('keeps the image tag inert in the page itself', async () => {
    await page.goto(`${BASE_URL}#/report/${workshopId}/a4`);
    await page.locator('html[data-report-ready="true"]').waitFor({ state: 'attached' });
    expect(await page.locator('.report img').count()).toBe(0);
    expect(await page.getByRole('img', { name: 'Notes per department in each activity' }).count()).toBe(1);
  });

  it('prints on US Letter when chosen, in Polish when the UI is Polish', async () => {
    await page.goto(`${BASE_URL}#/`);
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Polski' });
    await page.getByRole('heading', { level: 1, name: 'Twoje warsztaty' }).waitFor();
    const path = await printReport('letter', 'report-letter-pl.pdf');
    expect(pdfInfo(path)['Page size']).toMatch(/612 x 792 pts \(letter\)/);
    const text = pdfText(path);
    expect(text).toContain('Podsumowanie dla zarządu');
    expect(text).toContain('Jak widzimy klienta');
    expect(text).toContain('Strona 2 z 6');
  });
});
