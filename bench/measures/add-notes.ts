/**
 * Adding 200 notes through the UI (type in the quick-add box, Enter): the time from
 * the Enter keydown to the moment the app reports the write durable (its
 * `alignboard:saved` performance mark, set when the strict-durability Dexie
 * transaction completes). Checked afterwards from a second connection.
 */
import type { Page } from 'playwright-core';
import { boardHash, seed, type Harness } from '../harness';
import type { Result } from '../result';
import { median, percentile, round } from '../stats';
import { makeWorkload } from '../workload';

const NOTES = 200;

/** Floor: one note `put` per strict-durability IndexedDB transaction, from a connection of our own. */
function rawPuts(page: Page, template: object, count: number): Promise<number[]> {
  return page.evaluate(
    async ({ template, count }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('alignboard');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        const start = performance.now();
        await new Promise<void>((done, fail) => {
          const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
          tx.objectStore('records').put({ ...template, id: `floor-${i}`, workshopId: 'floor' });
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        });
        times.push(performance.now() - start);
      }
      await new Promise<void>((done) => {
        const tx = db.transaction('records', 'readwrite');
        tx.objectStore('records').delete(IDBKeyRange.bound('floor-', 'floor-\uffff'));
        tx.oncomplete = () => done();
      });
      db.close();
      return times;
    },
    { template, count },
  );
}

function notesInDatabase(page: Page, workshopId: string): Promise<number> {
  return page.evaluate(
    (workshopId) =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('alignboard');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('records').objectStore('records').index('[workshopId+type]').count([workshopId, 'note']);
          request.onsuccess = () => {
            db.close();
            done(request.result);
          };
        };
      }),
    workshopId,
  );
}

export async function measureAddNotes(harness: Harness): Promise<Result[]> {
  const workload = makeWorkload('add', 0);
  const { context, page } = await harness.openApp();
  await seed(page, workload.records);
  await page.evaluate((hash) => (location.hash = hash), boardHash(workload.workshopId, workload.activityId));
  const box = page.getByRole('textbox', { name: /^Add a note to / }).first();
  await box.waitFor();

  await page.evaluate(() => {
    const state = { enterAt: 0, saves: [] as number[] };
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') state.enterAt = event.timeStamp || performance.now();
    }, true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'alignboard:saved') state.saves.push(entry.startTime);
    }).observe({ type: 'mark' });
    Object.assign(window, { __benchAdd: state });
  });

  const latencies: number[] = [];
  for (let i = 0; i < NOTES; i++) {
    await box.fill(`Note ${i + 1}: leads arrive without context`);
    const before = await page.evaluate(() => (window as unknown as { __benchAdd: { saves: number[] } }).__benchAdd.saves.length);
    await box.press('Enter');
    const latency = await page.waitForFunction((before) => {
      const state = (window as unknown as { __benchAdd: { enterAt: number; saves: number[] } }).__benchAdd;
      return state.saves.length > before ? state.saves[before]! - state.enterAt : null;
    }, before);
    latencies.push((await latency.jsonValue()) as number);
  }
  const stored = await notesInDatabase(page, workload.workshopId);
  if (stored !== NOTES) throw new Error(`expected ${NOTES} notes in IndexedDB, found ${stored}`);

  const template = { type: 'note', activityId: 'a', columnId: 'c', text: 'Note: leads arrive without context', department: 'sales', order: 'a0' };
  const floor = await rawPuts(page, template, NOTES);
  await context.close();

  return [
    {
      name: `Add ${NOTES} notes: Enter to durable, p95`,
      value: round(percentile(latencies, 0.95)),
      unit: 'ms',
      budget: 20,
      floor: round(percentile(floor, 0.95)),
      floorName: 'raw IndexedDB put, strict durability, p95',
      detail: { p50: round(median(latencies)), p95: round(percentile(latencies, 0.95)), max: round(Math.max(...latencies)), floorP50: round(median(floor)) },
    },
  ];
}
