/**
 * PDF report budget (docs/architecture.md, budgets): a full workshop — 12 activities, 500 notes,
 * 60 actions — must export in under 3 s to under 3 MB.
 *
 * The workshop is made with the app's own domain operations, imported through
 * the app's Import button (so it goes through the same validation as a user's
 * file), then the report route is opened and printed with `page.pdf()` in Debian
 * Chromium — the engine Electron's printToPDF uses. Time = from navigating to the
 * report route until the PDF bytes are back (render + layout + print), median of 5.
 *
 * Run: `npm run build:web && npx tsx bench/report.ts`. Exit code 1 when over budget.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { applyDiff } from '../shared/model/diff';
import { activitiesOf, columnsOf } from '../shared/model/queries';
import type { OpContext, RecordMap } from '../shared/model/types';
import { addActivity } from '../shared/ops/activities';
import { addAction, updateAction } from '../shared/ops/actions';
import { addNote } from '../shared/ops/notes';
import { createWorkshop } from '../shared/ops/workshops';
import { workshopToJson } from '../shared/export/json';
import { DEFAULT_TEMPLATE, REALIGNMENT_STEPS } from '../shared/templates/default-workshop';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/support/chromium';

const PORT = 4186;
const BUDGET_MS = 3000;
const BUDGET_BYTES = 3 * 1024 * 1024;
const RUNS = 5;

function seed(): RecordMap {
  let n = 0;
  const ctx: OpContext = { now: '2026-11-26T10:00:00.000Z', newId: () => `b${String(++n).padStart(6, '0')}` };
  let records = applyDiff(
    {},
    createWorkshop(
      { title: 'Full workshop benchmark', organisation: 'Baltic Foods', date: '2026-11-26', departments: [{ name: 'Sales', color: '#0f766e' }, { name: 'Marketing', color: '#c2410c' }] },
      DEFAULT_TEMPLATE,
      ctx,
    ),
  );
  records = applyDiff(records, addActivity(records, { title: 'Pricing rules', timeboxMinutes: 15, columns: ['Rules', 'Owners'] }, ctx));
  const columns = activitiesOf(records).flatMap((activity) => columnsOf(records, activity.id));
  for (let i = 0; i < 500; i++) {
    const column = columns[i % columns.length]!;
    const text = `Note ${i + 1}: leads from the webinar need a follow-up within two days, and the price list must match what sales promises — ${'detail '.repeat(i % 12)}`.trim();
    records = applyDiff(records, addNote(records, { columnId: column.id, text, department: i % 2 ? 'marketing' : 'sales' }, ctx));
  }
  for (let i = 0; i < 60; i++) {
    const diff = addAction(records, REALIGNMENT_STEPS[i % REALIGNMENT_STEPS.length]!, `Action ${i + 1}: agree a shared lead definition and review it monthly`, ctx);
    records = applyDiff(records, diff);
    const id = diff.added[0]!.id;
    records = applyDiff(records, updateAction(records, id, { salesOwner: 'Anna K.', marketingOwner: 'Piotr W.', due: '2027-01-31', status: i % 3 ? 'open' : 'inProgress' }));
  }
  return records;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const root = resolve(import.meta.dirname, '..');
  const records = seed();
  const dir = mkdtempSync(join(tmpdir(), 'alignboard-bench-report-'));
  const file = join(dir, 'workshop.json');
  writeFileSync(file, workshopToJson(records, new Date().toISOString()));

  const server = await preview({ configFile: resolve(root, 'vite.web.config.ts'), preview: { host: '127.0.0.1', port: PORT, strictPort: true } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const base = `http://127.0.0.1:${PORT}/`;
    await page.goto(base);
    await page.getByLabel('Choose a workshop file (.json) to import').setInputFiles(file);
    await page.getByText('Imported “Full workshop benchmark” as a new workshop.').waitFor();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const id = decodeURIComponent(/#\/workshop\/([^/]+)/.exec((await page.waitForURL(/#\/workshop\//), page.url()))?.[1] ?? '');

    const times: number[] = [];
    const renders: number[] = [];
    let pdf: Buffer = Buffer.alloc(0);
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${base}#/`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const start = performance.now();
      await page.goto(`${base}#/report/${id}/a4`);
      await page.locator('html[data-report-ready="true"]').waitFor({ state: 'attached' });
      renders.push(performance.now() - start);
      pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      times.push(performance.now() - start);
    }
    const out = join(dir, 'report.pdf');
    writeFileSync(out, pdf);
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1];
    const ms = median(times);
    const okTime = ms < BUDGET_MS;
    const okSize = pdf.length < BUDGET_BYTES;
    const print = (line: string) => process.stdout.write(`${line}\n`);
    print('PDF report, 12 activities / 500 notes / 60 actions');
    print(`  time   median ${ms.toFixed(0)} ms of ${RUNS} (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})  budget < ${BUDGET_MS} ms  ${okTime ? 'OK' : 'OVER'}`);
    print(`  of it  median ${median(renders).toFixed(0)} ms to load the route and render the report, the rest is printing`);
    print(`  size   ${(pdf.length / 1024).toFixed(0)} KB, ${pages} pages  budget < 3 MB  ${okSize ? 'OK' : 'OVER'}`);
    print(`  file   ${out}`);
    process.exitCode = okTime && okSize ? 0 : 1;
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

await main();
