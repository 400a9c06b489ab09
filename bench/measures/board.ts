/**
 * Board with 1,000 notes: time to first render when the facilitator switches to it,
 * and frame times while a note is dragged across columns with the pointer.
 */
import type { Page } from 'playwright-core';
import { boardHash, seed, timeToNotes, type Harness } from '../harness';
import type { Result } from '../result';
import { median, percentile, round } from '../stats';
import { makeWorkload, type Workload } from '../workload';

const NOTES = 1000;
const RUNS = 5;
/** One frame at 60 Hz: the drag budget. */
const FRAME = 1000 / 60;

/** Floor: the same 1,000 notes as a plain static list (no React, no drag and drop), to the next frame. */
function staticListTime(page: Page, workload: Workload): Promise<number> {
  const byColumn: Record<string, string[]> = {};
  for (const note of workload.notes) (byColumn[note.columnId] ??= []).push(note.text);
  return page.evaluate(
    (columns) =>
      new Promise<number>((done) => {
        const start = performance.now();
        const host = document.createElement('div');
        host.style.cssText = 'display:flex;gap:16px;position:absolute;inset:0;overflow:auto;background:#fff';
        for (const texts of Object.values(columns)) {
          const list = document.createElement('ul');
          for (const text of texts) {
            const item = document.createElement('li');
            item.className = 'note';
            const p = document.createElement('p');
            p.textContent = text;
            item.append(p);
            list.append(item);
          }
          host.append(list);
        }
        document.body.append(host);
        // As the app's figure: until the frame with the list is laid out and painted.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const elapsed = performance.now() - start;
            host.remove();
            done(elapsed);
          };
          channel.port2.postMessage(null);
        });
      }),
    byColumn,
  );
}

export interface Frames {
  /** requestAnimationFrame deltas: quantised to the display clock (16.6/16.7/16.8 ms jitter at 60 Hz). */
  deltas: number[];
  /** Main-thread time of each frame: from its start (the rAF timestamp, before input handling) to the end of its rendering. */
  work: number[];
}

/** Records each frame's delta and main-thread time until `stop()` is called in the page. */
async function startFrameRecorder(page: Page) {
  await page.evaluate(() => {
    const frames = { deltas: [] as number[], work: [] as number[] };
    let last = 0;
    let running = true;
    const channel = new MessageChannel();
    let frameStart = 0;
    // A message posted from a rAF callback is handled once that frame's rendering is done.
    channel.port1.onmessage = () => frames.work.push(performance.now() - frameStart);
    const tick = (now: number) => {
      if (last) frames.deltas.push(now - last);
      last = now;
      frameStart = now;
      channel.port2.postMessage(null);
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    Object.assign(window, { __benchStopFrames: () => ((running = false), frames) });
  });
  return () => page.evaluate(() => (window as unknown as { __benchStopFrames: () => Frames }).__benchStopFrames());
}

/** Frames while a note of the board is dragged with the pointer to the next column, for about two seconds. */
export async function dragFrames(page: Page): Promise<Frames> {
  const source = page.locator('[data-note-id]').first();
  const target = page.getByRole('list', { name: /^Notes in / }).nth(1);
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  const stop = await startFrameRecorder(page);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 4, from.y + from.height / 2 + 8, { steps: 4 });
  // About two seconds of dragging, one pointer move per frame or so.
  const steps = 120;
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x + to.width / 2 - from.x) * i) / steps;
    const y = from.y + from.height / 2 + ((to.y + 120 - from.y) * i) / steps;
    await page.mouse.move(x, y);
    await page.waitForTimeout(16);
  }
  const frames = await stop();
  await page.mouse.up();
  return frames;
}

/** Frames that came late, among deltas snapped to the display clock (see onDisplayClock). */
export function droppedFrames(snapped: readonly number[]): number {
  return snapped.filter((delta) => delta > FRAME).length;
}

export async function idleFrames(page: Page, ms = 2000): Promise<Frames> {
  const stop = await startFrameRecorder(page);
  await page.waitForTimeout(ms);
  return stop();
}

/**
 * Frames are shown on the 60 Hz display clock: a delta of 16.8 ms is an on-time frame
 * with timer jitter, 33.5 ms is one dropped frame. Answers a function snapping each
 * delta to whole frames, once the idle frames show the display runs at 60 Hz.
 */
export function onDisplayClock(idle: Frames): (deltas: number[]) => number[] {
  const interval = median(idle.deltas);
  if (Math.abs(interval - FRAME) > 0.5) throw new Error(`the display runs at ${round(1000 / interval)} Hz, not 60 Hz: frame figures would not compare`);
  return (deltas) => deltas.map((d) => Math.max(1, Math.round(d / FRAME)) * FRAME);
}

export async function measureBoard(harness: Harness): Promise<Result[]> {
  const workload = makeWorkload('board', NOTES);
  const { context, page } = await harness.openApp();
  await seed(page, workload.records);
  const opening = workload.records.find((r) => r.type === 'activity' && r.id !== workload.activityId)!;

  // Open the workshop on another board first, so the figure is the render, not the read.
  const renders: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate((hash) => (location.hash = hash), boardHash(workload.workshopId, opening.id));
    await page.waitForFunction(() => document.querySelector('.column') && !document.querySelector('[data-note-id]'));
    renders.push(await timeToNotes(page, boardHash(workload.workshopId, workload.activityId), NOTES));
  }
  const floors: number[] = [];
  for (let run = 0; run < RUNS; run++) floors.push(await staticListTime(page, workload));

  const idle = await idleFrames(page);
  const drag = await dragFrames(page);
  await context.close();

  const interval = median(idle.deltas);
  const onClock = onDisplayClock(idle);

  return [
    {
      name: `Board of ${NOTES} notes: first render`,
      value: round(median(renders)),
      unit: 'ms',
      budget: 150,
      floor: round(median(floors)),
      floorName: 'static list of the same notes',
      detail: { runs: renders.map((v) => round(v)), floorRuns: floors.map((v) => round(v)) },
    },
    {
      name: `Board of ${NOTES} notes: drag frame p95`,
      value: round(percentile(onClock(drag.deltas), 0.95), 2),
      unit: 'ms',
      budget: 16.7,
      floor: round(percentile(onClock(idle.deltas), 0.95), 2),
      floorName: 'idle frame p95',
      detail: {
        p50: round(median(onClock(drag.deltas)), 2),
        frames: drag.deltas.length,
        dropped: droppedFrames(onClock(drag.deltas)),
        rawDeltaP95: round(percentile(drag.deltas, 0.95)),
        displayInterval: round(interval),
        workP50: round(median(drag.work)),
        workP95: round(percentile(drag.work, 0.95)),
        workMax: round(Math.max(...drag.work)),
      },
    },
  ];
}
