/**
 * `npm run bench`: measures the performance budgets (docs/architecture.md) on the built renderer in
 * Chromium, each next to a floor measured in the same run, prints a table and
 * writes bench/results/<timestamp>.json (and latest.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startHarness } from './harness';
import { measureAddNotes } from './measures/add-notes';
import { measureBoard } from './measures/board';
import { measureHeap } from './measures/heap';
import { measureOpen } from './measures/open';
import { formatTable } from './table';
import { passes, type Result } from './result';

const only = process.argv.slice(2);
const MEASURES = { board: measureBoard, add: measureAddNotes, open: measureOpen, heap: measureHeap };

const harness = await startHarness();
const results: Result[] = [];
try {
  for (const [key, measure] of Object.entries(MEASURES)) {
    if (only.length > 0 && !only.includes(key)) continue;
    process.stdout.write(`measuring ${key}…\n`);
    results.push(...(await measure(harness)));
  }
} finally {
  await harness.close();
}

process.stdout.write(`\n${formatTable(results)}\n`);
const dir = resolve(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
const report = {
  when: new Date().toISOString(),
  chromium: harness.browser.version(),
  node: process.version,
  results: results.map((r) => ({ ...r, ratio: r.floor ? Number((r.value / r.floor).toFixed(2)) : null, pass: passes(r) })),
};
const file = resolve(dir, `bench-${report.when.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(resolve(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`\nwritten ${file}\n`);
const missed = results.filter((r) => !passes(r));
if (missed.length > 0) {
  process.stdout.write(`over budget: ${missed.map((r) => r.name).join('; ')}\n`);
  process.exitCode = 1;
}
