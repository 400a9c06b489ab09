/**
 * Runs writes one after another, in the order they were made, so a later
 * change never lands before an earlier one. `idle()` resolves when all
 * queued writes have settled (tests and the quit path wait on it).
 */
export function createWriteQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    push<T>(write: () => Promise<T>): Promise<T> {
      const next = tail.then(write, write);
      tail = next.catch(() => undefined);
      return next;
    },
    idle: (): Promise<void> => tail.then(() => undefined),
  };
}
