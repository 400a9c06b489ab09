/**
 * Renderer JS heap with a workshop of 5,000 notes open (after a forced garbage
 * collection, from the DevTools protocol's Runtime.getHeapUsage).
 */
import type { Page } from 'playwright-core';
import { boardHash, seed, timeToNotes, type Harness } from '../harness';
import type { Result } from '../result';
import { round } from '../stats';
import { makeWorkload } from '../workload';

const NOTES = 5000;
const ON_BOARD = 1000;
const MB = 1024 * 1024;

async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / MB;
}

export async function measureHeap(harness: Harness): Promise<Result[]> {
  const workload = makeWorkload('heap', NOTES, ON_BOARD);

  // Floor: a blank page holding the same records as plain objects, without the app.
  const blank = await harness.newContext();
  const blankPage = await blank.newPage();
  await blankPage.evaluate((records) => Object.assign(window, { __records: records }), workload.records);
  const floor = await usedHeap(blankPage);
  await blank.close();

  const { context, page } = await harness.openApp();
  const home = await usedHeap(page);
  await seed(page, workload.records);
  await timeToNotes(page, boardHash(workload.workshopId, workload.activityId), ON_BOARD);
  const open = await usedHeap(page);
  await context.close();

  return [
    {
      name: `JS heap, workshop of ${NOTES} notes open`,
      value: round(open),
      unit: 'MB',
      budget: 250,
      floor: round(floor),
      floorName: 'blank page holding the same records',
      detail: { appOnHomeScreen: round(home), notesOnOpenedBoard: ON_BOARD },
    },
  ];
}
