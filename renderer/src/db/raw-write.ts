import type { AnyRecord } from '@shared/model/types';
import type { AlignboardDatabase } from './database';

export interface RawWrite {
  deletions: string[];
  puts: AnyRecord[];
  /** Workshops to mark changed at `now` that are not in memory: read, then written back. */
  stamp: string[];
  now: string;
}

/**
 * One strict-durability readwrite transaction on the IndexedDB connection Dexie
 * opened. The requests go out synchronously, in order, before the caller returns:
 * through Dexie they left a few promise hops later, behind whatever the page did
 * next (a quick add's save waited for the board's render; npm run bench).
 * These writes bypass Dexie's middleware: if liveQuery or table hooks are ever
 * used, route their tables' writes through Dexie or notify them here.
 */
export function writeRaw(db: AlignboardDatabase, write: RawWrite): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const transaction = db.backendDB().transaction('records', 'readwrite', { durability: 'strict' });
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new DOMException('The write was aborted.', 'AbortError'));
    try {
      const records = transaction.objectStore('records');
      for (const id of write.deletions) records.delete(id);
      for (const record of write.puts) records.put(record);
      for (const workshopId of write.stamp) {
        const request = records.get(workshopId);
        request.onsuccess = () => {
          const record = request.result as AnyRecord | undefined;
          if (record?.type === 'workshop') records.put({ ...record, updatedAt: write.now });
        };
      }
    } catch (error) {
      // A request refused at once (a full disk, a closed connection): nothing of it is kept.
      transaction.abort();
      reject(error);
    }
  });
}
