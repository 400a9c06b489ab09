/**
 * `npx tsx bench/trace-add.ts [notesOnBoard] [adds]`: where the time of a quick add goes.
 * Adds notes through the UI like `bench/run.ts add`, under a Chromium trace, and prints
 * for each Enter the renderer main thread's CPU time (trace `tdur`, which a busy shared
 * machine inflates far less than wall time) until the app's `alignboard:saved` mark,
 * split into script, style, layout, paint and compositing. Needs `npm run build:web`.
 */
import { boardHash, seed, startHarness } from './harness';
import { median, round } from './stats';
import { makeWorkload } from './workload';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: { type?: string } };
}

/** Trace events that are rendering work, by the part of the frame they belong to. */
const STAGES: Record<string, string> = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'compositing',
  Commit: 'compositing',
};

const onBoard = Number(process.argv[2] ?? 50);
const adds = Number(process.argv[3] ?? 40);
const harness = await startHarness();
try {
  const workload = makeWorkload('trace', onBoard);
  const { context, page } = await harness.openApp();
  await seed(page, workload.records);
  await page.evaluate((hash) => (location.hash = hash), boardHash(workload.workshopId, workload.activityId));
  const box = page.getByRole('textbox', { name: /^Add a note to / }).first();
  await box.waitFor();
  await harness.browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  for (let i = 0; i < adds; i++) {
    await box.fill(`Note ${i + 1}: leads arrive without context`);
    await box.press('Enter');
    await page.waitForTimeout(150);
  }
  const { traceEvents } = JSON.parse((await harness.browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  await context.close();

  const enters = traceEvents.filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'keydown');
  const main = enters[0];
  if (!main) throw new Error('no keydown in the trace');
  const saves = traceEvents.filter((e) => e.name === 'alignboard:saved').map((e) => e.ts).sort((a, b) => a - b);
  const onMain = traceEvents.filter((e) => e.tid === main.tid && e.pid === main.pid && e.ph === 'X');
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

  const perAdd = enters.flatMap((enter) => {
    const saved = saves.find((ts) => ts > enter.ts);
    if (saved === undefined) return [];
    const inside = onMain.filter((e) => e.ts >= enter.ts && e.ts <= saved);
    const stages: Record<string, number> = {};
    // Paint events nest (the document, then its layers): only the outermost one counts.
    let coveredUntil = 0;
    for (const e of [...inside].sort((a, b) => a.ts - b.ts)) {
      const stage = STAGES[e.name];
      if (!stage || e.ts < coveredUntil) continue;
      stages[stage] = (stages[stage] ?? 0) + cpu(e);
      coveredUntil = e.ts + (e.dur ?? 0);
    }
    const total = inside.filter((e) => e.name === 'RunTask').reduce((sum, e) => sum + cpu(e), 0);
    const rendering = Object.values(stages).reduce((sum, ms) => sum + ms, 0);
    return [{ wall: (saved - enter.ts) / 1000, total, script: total - rendering, ...stages }];
  });

  const column = (key: string) => round(median(perAdd.map((row) => (row as Record<string, number>)[key] ?? 0)));
  process.stdout.write(`${perAdd.length} adds on a ${onBoard}-note board, medians in ms, Enter to saved:\n`);
  for (const key of ['wall', 'total', 'script', 'style', 'layout', 'paint', 'compositing']) {
    process.stdout.write(`  ${key.padEnd(12)} ${column(key)}\n`);
  }
} finally {
  await harness.close();
}
