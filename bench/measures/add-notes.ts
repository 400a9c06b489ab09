/**
 * Adding 200 notes through the UI (type in the quick-add box, Enter), on a 50-note
 * and on a 1,000-note board. From the Enter keydown to:
 * - the note durable on disk: the end of IndexedDB's strict-durability commit in
 *   Chromium's backend, read from a trace (./disk-commits.ts);
 * - the app told it is saved: its `alignboard:saved` mark, set when the page handles
 *   the transaction's `complete` event, which waits behind the frame that shows the note;
 * - the frame that shows the note on the board.
 * The notes are counted afterwards from a second connection. Floors, from the same
 * pages: a bare strict IndexedDB put, and a bare DOM append painted after the same Enter.
 */
import type { Page } from 'playwright-core';
import { boardHash, seed, type Harness } from '../harness';
import type { Result } from '../result';
import { DISK_COMMIT_CATEGORIES, diskCommits, firstCommitAfter } from './disk-commits';
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

/**
 * Floor of Enter to painted: the same key press (through the same input path) into a bare
 * box on the same page, whose keydown appends the text to a plain list; timed like a note,
 * to the animation frame after the append. It is what a frame costs here at least.
 */
async function bareAppends(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'bench-floor';
    const list = document.createElement('ul');
    const times: number[] = [];
    box.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      const at = event.timeStamp;
      const item = document.createElement('li');
      item.textContent = box.value;
      list.append(item);
      box.value = '';
      requestAnimationFrame(() => times.push(performance.now() - at));
    });
    document.body.append(box, list);
    Object.assign(window, { __benchFloor: times });
  });
  const box = page.locator('#bench-floor');
  for (let i = 0; i < count; i++) {
    await box.fill(`Note ${i + 1}: leads arrive without context`);
    await box.press('Enter');
    await page.waitForFunction((n) => (window as unknown as { __benchFloor: number[] }).__benchFloor.length >= n, i + 1);
  }
  const times = await page.evaluate(() => (window as unknown as { __benchFloor: number[] }).__benchFloor);
  await page.evaluate(() => {
    document.getElementById('bench-floor')?.nextElementSibling?.remove();
    document.getElementById('bench-floor')?.remove();
  });
  return times;
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

interface AddTimes {
  /** Enter to the backend's commit (the note on disk). */
  onDisk: number[];
  /** Enter to the page's `alignboard:saved` mark (the app told it is saved). */
  durable: number[];
  painted: number[];
  /** Enter to the note's text in the page's DOM (the app's work before the frame that draws it). */
  inPage: number[];
}

/**
 * Types NOTES notes into the first column's box of a board holding `onBoard` notes,
 * and for each Enter records when the app reported it durable and when the frame
 * that shows it on the board was drawn (the animation frame after the note's text
 * entered the board's DOM).
 */
async function addThroughUi(harness: Harness, prefix: string, onBoard: number): Promise<AddTimes & { page: Page; close: () => Promise<void> }> {
  const workload = makeWorkload(prefix, onBoard);
  const { context, page } = await harness.openApp();
  await seed(page, workload.records);
  await page.evaluate((hash) => (location.hash = hash), boardHash(workload.workshopId, workload.activityId));
  const box = page.getByRole('textbox', { name: /^Add a note to / }).first();
  await box.waitFor();

  await page.evaluate(() => {
    const state = { enterAt: 0, saves: [] as number[], shown: [] as number[], paints: [] as number[], expecting: '' };
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') state.enterAt = event.timeStamp || performance.now();
    }, true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'alignboard:saved') state.saves.push(entry.startTime);
    }).observe({ type: 'mark' });
    new MutationObserver(() => {
      if (!state.expecting) return;
      const shown = [...document.querySelectorAll('.note__text')].some((node) => node.textContent === state.expecting);
      if (!shown) return;
      state.expecting = '';
      state.shown.push(performance.now());
      requestAnimationFrame(() => state.paints.push(performance.now()));
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
    Object.assign(window, { __benchAdd: state });
  });

  type State = { enterAt: number; saves: number[]; shown: number[]; paints: number[]; expecting: string };
  const durable: number[] = [];
  const painted: number[] = [];
  const inPage: number[] = [];
  const enters: number[] = [];
  await harness.browser.startTracing(page, { categories: DISK_COMMIT_CATEGORIES });
  for (let i = 0; i < NOTES; i++) {
    const text = `Note ${i + 1}: leads arrive without context`;
    await box.fill(text);
    const before = await page.evaluate((text) => {
      const state = (window as unknown as { __benchAdd: State }).__benchAdd;
      state.expecting = text;
      return { saves: state.saves.length, paints: state.paints.length };
    }, text);
    await box.press('Enter');
    const times = await page.waitForFunction((before) => {
      const state = (window as unknown as { __benchAdd: State }).__benchAdd;
      if (state.saves.length <= before.saves || state.paints.length <= before.paints) return null;
      return [state.enterAt, state.saves[before.saves]! - state.enterAt, state.paints[before.paints]! - state.enterAt, state.shown[before.paints]! - state.enterAt];
    }, before);
    const [enterAt, saved, paint, shown] = (await times.jsonValue()) as [number, number, number, number];
    enters.push(enterAt);
    durable.push(saved);
    painted.push(paint);
    inPage.push(shown);
  }
  const onDisk = firstCommitAfter(enters, diskCommits(await harness.browser.stopTracing()));
  const stored = await notesInDatabase(page, workload.workshopId);
  if (stored !== onBoard + NOTES) throw new Error(`expected ${onBoard + NOTES} notes in IndexedDB, found ${stored}`);
  return { onDisk, durable, painted, inPage, page, close: () => context.close() };
}

export async function measureAddNotes(harness: Harness): Promise<Result[]> {
  const small = await addThroughUi(harness, 'add', 50);
  const template = { type: 'note', activityId: 'a', columnId: 'c', text: 'Note: leads arrive without context', department: 'sales', author: null, order: 'a0' };
  const floor = await rawPuts(small.page, template, NOTES);
  const paintFloor = await bareAppends(small.page, NOTES);
  await small.close();
  const large = await addThroughUi(harness, 'add-large', 1000);
  const largePaintFloor = await bareAppends(large.page, NOTES);
  await large.close();

  const p95 = (values: number[]) => round(percentile(values, 0.95));
  const spread = (values: number[]) => ({ p50: round(median(values)), p95: p95(values), max: round(Math.max(...values)) });
  const board = (label: string, times: AddTimes, paintFloor: number[], paintBudget: number): Result[] => [
    {
      name: `Add ${NOTES} notes (${label}): Enter to durable on disk, p95`,
      value: p95(times.onDisk),
      unit: 'ms',
      budget: 20,
      floor: p95(floor),
      floorName: 'raw IndexedDB put, strict durability, p95',
      detail: { ...spread(times.onDisk), floorP50: round(median(floor)) },
    },
    {
      name: `Add ${NOTES} notes (${label}): Enter to the app told saved, p95`,
      value: p95(times.durable),
      unit: 'ms',
      budget: null,
      floor: null,
      detail: spread(times.durable),
    },
    {
      name: `Add ${NOTES} notes (${label}): Enter to painted, p95`,
      value: p95(times.painted),
      unit: 'ms',
      budget: paintBudget,
      floor: p95(paintFloor),
      floorName: 'bare append on the same page, Enter to painted, p95',
      // inPage: Enter to the note in the page, before the frame: the app's own share of the figure.
      detail: { ...spread(times.painted), floorP50: round(median(paintFloor)), inPage: spread(times.inPage) },
    },
  ];
  return [...board('50-note board', small, paintFloor, 16.7), ...board('1,000-note board', large, largePaintFloor, 50)];
}
