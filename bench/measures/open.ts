/**
 * Opening a workshop of 2,000 notes from IndexedDB: from the click on the home
 * screen (a hash change) to the first frame with its board's notes in the DOM.
 */
import type { Page } from 'playwright-core';
import { boardHash, seed, timeToNotes, type Harness } from '../harness';
import type { Result } from '../result';
import { median, round } from '../stats';
import { makeWorkload } from '../workload';

const NOTES = 2000;
const ON_BOARD = 200;
const RUNS = 5;

/** Floor: reading the same workshop's records through the same index with raw IndexedDB. */
function rawRead(page: Page, workshopId: string): Promise<number> {
  return page.evaluate(
    (workshopId) =>
      new Promise<number>((done, fail) => {
        const start = performance.now();
        const open = indexedDB.open('alignboard');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('records').objectStore('records').index('workshopId').getAll(workshopId);
          request.onsuccess = () => {
            db.close();
            done(performance.now() - start);
          };
        };
      }),
    workshopId,
  );
}

export async function measureOpen(harness: Harness): Promise<Result[]> {
  const workload = makeWorkload('open', NOTES, ON_BOARD);
  const { context, page } = await harness.openApp();
  await seed(page, workload.records);

  const opens: number[] = [];
  const floors: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForFunction(() => !document.querySelector('[data-note-id]') && !document.querySelector('.workshop'));
    opens.push(await timeToNotes(page, boardHash(workload.workshopId, workload.activityId), ON_BOARD));
    floors.push(await rawRead(page, workload.workshopId));
  }
  await context.close();

  return [
    {
      name: `Open a workshop of ${NOTES} notes`,
      value: round(median(opens)),
      unit: 'ms',
      budget: 300,
      floor: round(median(floors)),
      floorName: 'raw IndexedDB getAll of the same records',
      detail: { runs: opens.map((v) => round(v)), floorRuns: floors.map((v) => round(v)), notesOnOpenedBoard: ON_BOARD },
    },
  ];
}
