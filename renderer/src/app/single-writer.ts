/**
 * One tab at a time changes a workshop (browser mode: two tabs would each
 * save their own copy and overwrite the other's edits). A Web Lock per
 * workshop: the tab holding it writes, another tab is told and stays
 * read-only until it takes the lock over (which ends the first tab's turn).
 */
export type WriterState = 'checking' | 'writer' | 'blocked' | 'takenOver';

/** The part of `navigator.locks` used here (tests pass a fake). */
export interface Locks {
  request(name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<void> | void): Promise<unknown>;
}

/** A tab that just left the workshop (or React's development double mount) frees it within ms: ask once more after this. */
export const ASK_AGAIN_MS = 300;

export function lockName(workshopId: string): string {
  return `alignboard:workshop:${workshopId}`;
}

export function availableLocks(): Locks | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

/**
 * Asks for the workshop's lock and reports what this tab may do; `steal`
 * takes it from whichever tab has it. Returns `release`, for when the tab
 * leaves the workshop.
 */
export function holdWorkshop(locks: Locks, workshopId: string, onState: (state: WriterState) => void, steal = false): () => void {
  let released = false;
  let granted = false;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const ask = (options: LockOptions, again: boolean) =>
    locks
      .request(lockName(workshopId), options, async (lock) => {
        if (released) return;
        if (!lock) {
          if (again) setTimeout(() => !released && void ask(options, false), ASK_AGAIN_MS);
          else onState('blocked');
          return;
        }
        granted = true;
        onState('writer');
        await held;
      })
      // Granted, then lost: another tab took it over.
      .catch(() => !released && granted && onState('takenOver'));
  onState('checking');
  void ask(steal ? { steal: true } : { ifAvailable: true }, !steal);
  return () => {
    released = true;
    release();
  };
}
