import Dexie, { type Table } from 'dexie';
import type { AnyRecord } from '@shared/model/types';

export const DATABASE_NAME = 'alignboard';

/**
 * The one Dexie database. Every schema version stays declared here with its
 * upgrade, so data written by any earlier version opens under the current one.
 * Only this module and ./repository.ts import Dexie.
 */
export class AlignboardDatabase extends Dexie {
  records!: Table<AnyRecord, string>;

  constructor(name = DATABASE_NAME) {
    // 'strict' makes Chromium flush a transaction to disk before reporting it complete,
    // so a confirmed save survives a crash or power loss.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      records: 'id, type, workshopId, [workshopId+type]',
    });
  }
}
