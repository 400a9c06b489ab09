/**
 * Upgrades of older export files, one step per version: `MIGRATIONS[n]`
 * turns a version-n file into version n+1. Version 1 is the first format, so
 * there is nothing to upgrade yet; when records change shape, bump
 * EXPORT_VERSION (shared/export/json.ts) and add the step here.
 */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Runs every step from `from` up to `to`; null when a step is missing. */
export function migrate(
  file: Record<string, unknown>,
  from: number,
  to: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Record<string, unknown> | null {
  let current = file;
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (!step) return null;
    current = { ...step(current), version: version + 1 };
  }
  return current;
}
