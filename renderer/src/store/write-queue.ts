/** A write refused because an earlier one failed: it was computed on top of a change that is not on disk. */
export class WriteRefused extends Error {
  constructor() {
    super('An earlier change could not be saved.');
    this.name = 'WriteRefused';
  }
}

/**
 * Runs writes one after another, in the order they were made, so a later change
 * never lands before an earlier one. A write made while none is pending starts at
 * once (in the caller's task).
 *
 * When a write fails, every write queued after it is refused (each was computed on
 * top of the failed one) and so is every new one, until `recover()` — the store calls
 * it once it has reloaded what is really on disk. `idle()` resolves when all queued
 * writes have settled (tests, the quit path and recovery wait on it).
 */
export function createWriteQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  let failed = false;

  return {
    push<T>(write: () => Promise<T>): Promise<T> {
      const start = (): Promise<T> => {
        if (failed) return Promise.reject(new WriteRefused());
        try {
          return write();
        } catch (error) {
          return Promise.reject(error);
        }
      };
      const next = (pending === 0 ? start() : tail.then(start, start)).catch((error: unknown) => {
        failed = true;
        throw error;
      });
      pending++;
      const settled = next.then(
        () => void pending--,
        () => void pending--,
      );
      tail = settled;
      return next;
    },
    idle: (): Promise<void> => tail.then(() => undefined),
    /** True after a failed write, until `recover()`. */
    get failed() {
      return failed;
    },
    /** Accepts writes again (after the screen was brought back to what is on disk). */
    recover() {
      failed = false;
    },
  };
}

export type WriteQueue = ReturnType<typeof createWriteQueue>;
