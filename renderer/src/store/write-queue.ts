/**
 * Runs writes one after another, in the order they were made, so a later
 * change never lands before an earlier one. A write made while none is
 * pending starts at once (in the caller's task), so its requests reach
 * IndexedDB before the page renders. `idle()` resolves when all queued
 * writes have settled (tests and the quit path wait on it).
 */
export function createWriteQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    push<T>(write: () => Promise<T>): Promise<T> {
      const start = () => {
        try {
          return write();
        } catch (error) {
          return Promise.reject(error);
        }
      };
      const next = pending === 0 ? start() : tail.then(start, start);
      pending++;
      const settled = next.then(
        () => void pending--,
        () => void pending--,
      );
      tail = settled;
      return next;
    },
    idle: (): Promise<void> => tail.then(() => undefined),
  };
}
