import { writeFileSync } from 'node:fs';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { createWorkshop } from '../../test/e2e/support/workshop-flow';
import { bareDragFrames } from '../measures/bare-drag';
import { dragFrames, idleFrames, onDisplayClock } from '../measures/board';
import { BASE_URL, startHarness, type Harness } from '../harness';
import type { DragFrames, Facilitator, RoomAddress, Stored } from './facilitator';
import { cpuMeter } from './util';

/** The page's origin, which the room process must accept as its host (`--host-origin`). */
export const PAGE_ORIGIN = new URL(BASE_URL).origin;

/** The app's phase names in English, as the phase bar shows them. */
const PHASE_LABELS = { write: 'Write', reveal: 'Reveal', group: 'Group', vote: 'Vote', discuss: 'Discuss', done: 'Done' } as const;
const TIMER_LABELS = { start: 'Start timer', pause: 'Pause timer', reset: 'Reset timer' } as const;

/**
 * A mouse click in the middle of a button, as a person makes it: the button is
 * found first (Playwright's role queries take long on a board of 300 notes),
 * then `clicking` marks the moment, then the click.
 */
async function click(page: Page, button: Locator, clicking?: () => void): Promise<void> {
  const box = await button.boundingBox();
  if (!box) throw new Error('The button to click is not on screen.');
  clicking?.();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * The real facilitator's page in Chromium (browser mode, IndexedDB) as the
 * room's host, driven through its UI as a facilitator would: it creates a
 * workshop, opens the room from the Room panel, moves through the agenda and
 * phases. What it stored is read from IndexedDB past the app.
 */
export function pageFacilitator(): Facilitator {
  let harness: Harness | null = null;
  let page: Page | null = null;
  const current = () => {
    if (!page) throw new Error('The facilitator page is not open.');
    return page;
  };
  const facilitatorUrl = (room: RoomAddress) => `${BASE_URL}?room=${encodeURIComponent(room.origin)}&roomKey=${room.hostSecret}`;
  // `ROOM_PAGE_PROFILE=file.cpuprofile`: a CPU profile of the page from the reveal (or, with
  // `ROOM_PAGE_PROFILE_FROM=write`, from the room's opening, through the writing) to the discussion.
  const profileTo = process.env.ROOM_PAGE_PROFILE;
  const profileFrom = process.env.ROOM_PAGE_PROFILE_FROM === 'write' ? 'opened' : 'reveal';
  let profiler: CDPSession | null = null;
  const profile = async (phase: string | undefined) => {
    if (!profileTo) return;
    if (phase === profileFrom && !profiler) {
      profiler = await current().context().newCDPSession(current());
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.start');
    } else if (phase === 'discuss' && profiler) {
      const { profile: taken } = await profiler.send('Profiler.stop');
      writeFileSync(profileTo, JSON.stringify(taken));
      await profiler.detach();
      profiler = null;
    }
  };
  const roomOpen = (on: Page) => on.getByRole('button', { name: /^Room: \d+ connected$/ }).waitFor({ timeout: 60_000 });

  return {
    kind: 'the facilitator page in Chromium (IndexedDB)',
    async start(room) {
      harness = await startHarness();
      ({ page } = await harness.openApp({ width: 1366, height: 768 }));
      await page.goto(facilitatorUrl(room));
      await createWorkshop(page);
      await page.getByRole('button', { name: /Customer lens/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();
      await page.getByRole('button', { name: 'Room', exact: true }).click();
      const panel = page.getByRole('dialog', { name: 'The room: participants on their own phones' });
      await panel.getByRole('button', { name: 'Open the room' }).click();
      await panel.getByRole('img', { name: /^QR code to join/ }).waitFor();
      await panel.getByRole('button', { name: 'Close', exact: true }).click();
      await profile('opened');
    },
    async reconnect(room) {
      // The room process restarted with a new host secret: open the page with it; the room reopens.
      const on = current();
      const hash = new URL(on.url()).hash;
      await on.goto(`${facilitatorUrl(room)}${hash}`);
      await roomOpen(on);
    },
    async reload() {
      const on = current();
      await on.reload();
      await roomOpen(on);
    },
    async show(step, clicking) {
      const on = current();
      await profile(step.phase);
      const agenda = on.getByRole('navigation', { name: 'Agenda' }).getByRole('button').nth(step.activity);
      if (step.phase) {
        await agenda.click();
        await click(on, on.getByRole('navigation', { name: 'Phases' }).getByRole('button', { name: PHASE_LABELS[step.phase] }), clicking);
      } else await click(on, agenda, clicking);
      return /#\/workshop\/[^/]+\/([^/?]+)/.exec(on.url())![1]!;
    },
    async timer(action) {
      await current().getByRole('button', { name: TIMER_LABELS[action] }).click();
    },
    async stored() {
      return current().evaluate(
        () =>
          new Promise<Stored>((done, fail) => {
            const request = indexedDB.open('alignboard');
            request.onerror = () => fail(request.error);
            request.onsuccess = () => {
              const read = request.result.transaction('records').objectStore('records').getAll();
              read.onsuccess = () => {
                const all = read.result as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- records as stored
                const of = (type: string) => all.filter((record) => record.type === type);
                done({
                  notes: of('note').map(({ id, text, author, activityId }) => ({ id, text, author: author ?? null, activityId })),
                  votes: of('deviceVote').map(({ participantId, targetId, count }) => ({ participantId, targetId, count })),
                  ratings: of('participantRating').map(({ participantId, step, score }) => ({ participantId, step, score })),
                  participants: of('participant').length,
                  receipts: of('appliedIntents').reduce((sum, applied) => sum + (applied.intentIds as string[]).length, 0),
                  hostLost: [],
                });
                request.result.close();
              };
            };
          }),
      );
    },
    async dragFrames(): Promise<DragFrames> {
      const on = current();
      const idle = await idleFrames(on);
      // `ROOM_DRAG_TRACE=file.json`: a Chromium trace of the page during the drag (open it in DevTools' Performance panel).
      const traceTo = process.env.ROOM_DRAG_TRACE;
      if (traceTo) await harness!.browser.startTracing(on, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'] });
      const meter = cpuMeter();
      const drag = await dragFrames(on);
      const cpu = meter();
      if (traceTo) writeFileSync(traceTo, await harness!.browser.stopTracing());
      // The floor, right after, while the devices still write: the same drag on a static page of its own.
      const floorContext = await harness!.newContext();
      const bare = await bareDragFrames(await floorContext.newPage()).finally(() => floorContext.close());
      const snap = onDisplayClock(idle);
      return { idle: snap(idle.deltas), drag: snap(drag.deltas), bare: snap(bare.deltas), cpu };
    },
    async memory() {
      const heap = await current().evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
      return { rssMb: heap / 2 ** 20, heapMb: heap / 2 ** 20 };
    },
    async stop() {
      await harness?.close();
      harness = null;
      page = null;
    },
  };
}
