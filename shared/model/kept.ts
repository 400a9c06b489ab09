/**
 * Values kept while what they were built from stays the same: each is filed
 * under an object (usually a `typeVersion` of ./queries.ts, so it goes when
 * that version is gone) and a name, with the inputs it was built from,
 * compared one by one with `===`. A burst of dots in a room of 200 then does
 * not rebuild what only notes, columns or people change.
 */
export function keeper<T>() {
  const kept = new WeakMap<object, Map<string, { from: readonly unknown[]; value: T }>>();
  /** The value kept under `key` and `name` if it was built from the same `from`; else `build()`, kept. */
  return function keep(key: object, name: string, from: readonly unknown[], build: () => T): T {
    let byName = kept.get(key);
    if (!byName) kept.set(key, (byName = new Map()));
    const hit = byName.get(name);
    if (hit && hit.from.length === from.length && hit.from.every((input, i) => input === from[i])) return hit.value;
    const value = build();
    byName.set(name, { from, value });
    return value;
  };
}
