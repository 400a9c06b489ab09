import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Order inside a list uses fractional keys (as Excalidraw and Figma do), so a
 * move rewrites only the moved record.
 */
interface Ordered {
  id: string;
  order: string;
}

export function byOrder(a: Ordered, b: Ordered): number {
  if (a.order < b.order) return -1;
  if (a.order > b.order) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The key that places an item at `index` of `siblings` (sorted, without the item itself). */
export function keyAt(siblings: readonly Ordered[], index: number): string {
  const clamped = Math.max(0, Math.min(index, siblings.length));
  const before = siblings[clamped - 1]?.order ?? null;
  const after = siblings[clamped]?.order ?? null;
  // Equal neighbours cannot be split; place after the earlier one's successor instead.
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null);
  return generateKeyBetween(before, after);
}

/** Keys for `count` items appended after `last`. */
export function keysAfter(last: string | null, count: number): string[] {
  return generateNKeysBetween(last, null, count);
}
