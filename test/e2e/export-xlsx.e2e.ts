/**
 * The Excel workbook in real Chromium under the app's Content-Security-Policy:
 * exceljs loads as its own chunk only when the export is chosen (not at
 * start), runs without eval (no CSP violation), and the download is a
 * workbook exceljs reads back with the note on its Notes sheet.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createProfile, type Profile } from './support/browser';
import { addNote, createWorkshop, writeAs } from './support/workshop-flow';

let profile: Profile;
let context: BrowserContext;
let page: Page;
const scripts: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  profile = createProfile();
  ({ context, page } = await profile.launch({ width: 1366, height: 900 }));
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  page.on('console', (message) => {
    // A missing favicon is the preview server's 404, not the app's.
    if (/Failed to load resource/.test(message.text())) return;
    if (message.type() === 'error' || /Content Security Policy|unsafe-eval/i.test(message.text())) problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await createWorkshop(page, 'Q1 Sales & Marketing alignment', 'Baltic Foods');
  await page.getByRole('button', { name: /Customer lens/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();
  await writeAs(page, 'Sales');
  await addNote(page, 'Sales sees', "=cmd|' /C calc'!A0");
});

afterAll(async () => {
  await context?.close();
  profile?.dispose();
});

describe('Excel workbook export in the browser', () => {
  it('does not load exceljs until the export is chosen', () => {
    expect(scripts.some((url) => /exceljs/.test(url))).toBe(false);
  });

  it('downloads a workbook without any CSP violation', async () => {
    await page.getByRole('button', { name: 'Export Q1 Sales & Marketing alignment' }).click();
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Excel workbook (.xlsx)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Alignboard – Q1 Sales & Marketing alignment – \d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(scripts.some((url) => /exceljs/.test(url))).toBe(true);
    const bytes = readFileSync((await file.path())!);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const notes = workbook.getWorksheet('Notes')!;
    expect(notes.getRow(2).getCell(4).value).toBe("=cmd|' /C calc'!A0");
    expect(notes.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.String);
    expect(problems).toEqual([]);
  });

  it('ran under the app’s policy, which allows no eval', async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
  });
});
