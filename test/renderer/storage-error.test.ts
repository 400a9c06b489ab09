import { describe, expect, it } from 'vitest';
import { toStorageError } from '../../renderer/src/db/storage-error';

describe('toStorageError', () => {
  it('recognises a full disk, also when Dexie wraps it', () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(toStorageError(quota).problem).toBe('quota');
    expect(toStorageError(Object.assign(new Error('abort'), { name: 'AbortError', inner: quota })).problem).toBe('quota');
  });

  it('recognises a version change and falls back to a generic failure', () => {
    expect(toStorageError(Object.assign(new Error('x'), { name: 'VersionChangeError' })).problem).toBe('versionChange');
    expect(toStorageError('weird').problem).toBe('failed');
  });
});
