/**
 * When IndexedDB's backend (in Chromium's browser process) finished committing each
 * transaction, read from a Chromium trace of the `IndexedDB` and `blink.user_timing`
 * categories. The page learns of a commit only when its main thread handles the
 * `complete` event, which can wait behind rendering; the trace shows when the data was
 * on disk (a strict-durability commit is flushed before its complete callbacks run).
 */

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { startTime?: number } };
}

/** The categories to trace for {@link diskCommits}. */
export const DISK_COMMIT_CATEGORIES = ['IndexedDB', 'blink.user_timing'];

/**
 * Each commit's end, on the page's `performance.now()` clock, in order. The two clocks
 * are tied by the page's user-timing marks, which carry both times (any mark will do).
 */
export function diskCommits(trace: Buffer): number[] {
  const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
  const mark = traceEvents.find((e) => e.ph === 'I' && typeof e.args?.data?.startTime === 'number');
  if (!mark) throw new Error('the trace holds no user-timing mark to align its clock with the page');
  const offset = mark.ts / 1000 - mark.args!.data!.startTime!;
  return traceEvents
    .filter((e) => e.name === 'Transaction::CommitPhaseTwo.TransactionCompleteCallbacks' && e.ph === 'X')
    .map((e) => (e.ts + (e.dur ?? 0)) / 1000 - offset)
    .sort((a, b) => a - b);
}

/** For each moment in `starts` (page clock), the time to the first commit that ended after it. */
export function firstCommitAfter(starts: readonly number[], commits: readonly number[]): number[] {
  return starts.map((start) => {
    const end = commits.find((at) => at > start);
    if (end === undefined) throw new Error(`no IndexedDB commit after ${start.toFixed(1)} ms`);
    return end - start;
  });
}
