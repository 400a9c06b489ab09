/** Why a write or an open failed, in words the UI can translate. */
export type StorageProblem = 'quota' | 'blocked' | 'versionChange' | 'failed';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) return String(error.name);
  return '';
}

/** Maps Dexie/IndexedDB errors (including ones wrapped in `inner`) to a {@link StorageError}. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const inner = error && typeof error === 'object' && 'inner' in error ? error.inner : undefined;
  const names = [errorName(error), errorName(inner)];
  const detail = error instanceof Error ? error.message : String(error);
  if (names.includes('QuotaExceededError')) return new StorageError('quota', detail);
  if (names.includes('DatabaseClosedError') && /blocked/i.test(detail)) return new StorageError('blocked', detail);
  if (names.includes('VersionChangeError')) return new StorageError('versionChange', detail);
  return new StorageError('failed', detail);
}
