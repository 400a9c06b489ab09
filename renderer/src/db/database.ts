import Dexie, { type Table } from 'dexie';
import { migrateRecord } from '@shared/model/migrations';
import type { UnreadableRecord } from '@shared/model/migrations';
import type { AnyRecord } from '@shared/model/types';

export const DATABASE_NAME = 'alignboard';

/** A record that could not be read, kept out of the workshop with why, so nothing is silently dropped. */
export interface SetAsideRecord extends UnreadableRecord {
  /** The record as it was stored. */
  record: unknown;
  setAsideAt?: string;
}

/** Another window stands in the way: it holds an older version open, or it upgraded the data. */
export type ConnectionProblem = 'blocked' | 'versionChange';

/**
 * The one Dexie database. Every schema version stays declared here with its
 * upgrade, so data written by any earlier version opens under the current one.
 * Only this module and ./repository.ts import Dexie.
 */
export class AlignboardDatabase extends Dexie {
  records!: Table<AnyRecord, string>;
  /** Records a load could not show (invalid, or their board is gone), by their id. */
  aside!: Table<SetAsideRecord & { key: string; workshopId: string }, string>;
  /** Set when another window upgraded or deleted the database: this connection stays closed until a reload. */
  closedByOtherWindow = false;
  private readonly problemListeners = new Set<(problem: ConnectionProblem) => void>();

  constructor(name = DATABASE_NAME) {
    // 'strict' makes Chromium flush a transaction to disk before reporting it complete,
    // so a confirmed save survives a crash or power loss.
    super(name, { chromeTransactionDurability: 'strict' });
    // The data's schema version is the database's (shared/model/migrations.ts): each
    // version upgrades the records written by the one before, in its upgrade transaction.
    this.version(1).stores({
      records: 'id, type, workshopId, [workshopId+type]',
    });
    this.version(2)
      .stores({ aside: 'key, workshopId' })
      .upgrade((tx) =>
        tx
          .table('records')
          .toCollection()
          .modify((record: unknown, ref: { value: unknown }) => {
            ref.value = migrateRecord(record, 1);
          }),
      );
    // A newer version in another window wants to upgrade: let it (close), and do not
    // reopen behind the user's back at a version that no longer exists; they reload.
    // Returning false stops Dexie's default handler, which would allow a silent reopen.
    this.on('versionchange', () => {
      this.closedByOtherWindow = true;
      this.close({ disableAutoOpen: true });
      this.tell('versionChange');
      return false;
    });
    // We want to upgrade but an older window holds the database open: Dexie waits for
    // it; the user must close it. Opening resumes by itself once they do.
    this.on('blocked', () => this.tell('blocked'));
  }

  /** Moves records a load could not show out of the workshop, into the `aside` table, in one transaction. */
  async setAside(entries: SetAsideRecord[]): Promise<void> {
    const now = new Date().toISOString();
    const rows = entries.map((entry) => {
      const fields = (typeof entry.record === 'object' && entry.record !== null ? entry.record : {}) as Record<string, unknown>;
      return { ...entry, key: String(fields.id ?? entry.id), workshopId: String(fields.workshopId ?? ''), setAsideAt: now };
    });
    await this.transaction('rw', this.records, this.aside, async () => {
      await this.records.bulkDelete(rows.map((row) => row.key));
      await this.aside.bulkPut(rows);
    });
  }

  /** Calls `listener` when another window blocks this one or takes the database over; returns an unsubscribe. */
  onConnectionProblem(listener: (problem: ConnectionProblem) => void): () => void {
    this.problemListeners.add(listener);
    return () => this.problemListeners.delete(listener);
  }

  private tell(problem: ConnectionProblem) {
    for (const listener of this.problemListeners) listener(problem);
  }
}
