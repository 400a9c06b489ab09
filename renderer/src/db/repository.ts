import type { Diff } from '@shared/model/diff';
import { idsToDelete, recordsToPut } from '@shared/model/diff';
import { customTemplateSchema, type CustomTemplateRecord } from '@shared/model/facilitation-types';
import { brokenRecords } from '@shared/model/integrity';
import { readRecords, SCHEMA_VERSION, type UnreadableRecord } from '@shared/model/migrations';
import { workshopSchema, type AnyRecord, type Department, type RecordMap } from '@shared/model/types';
import type { AlignboardDatabase, SetAsideRecord } from './database';
import { StorageError, toStorageError } from './storage-error';

export interface WorkshopSummary {
  id: string;
  title: string;
  organisation: string;
  facilitator: string;
  date: string;
  departments: [Department, Department];
  noteCount: number;
  updatedAt: string;
  /** When it was imported, until renamed. */
  importedAt?: string;
}

export interface LoadedWorkshop {
  records: RecordMap;
  /** Records that could not be shown (invalid, or their board is gone): moved aside on disk, never dropped. */
  setAside: UnreadableRecord[];
}

/**
 * The one door to storage: the store reads and writes workshops only through these
 * functions, and every failure arrives as a StorageError. What is read is validated
 * (shared/model): a record that fails is set aside and reported, never handed to a screen.
 */
export interface Repository {
  /** The workshops that can be opened, most recently changed first. */
  listWorkshops(): Promise<WorkshopSummary[]>;
  /** Saved custom templates, newest first. */
  listTemplates(): Promise<CustomTemplateRecord[]>;
  /** All readable records of a workshop, or null when it does not exist. */
  loadWorkshop(workshopId: string): Promise<LoadedWorkshop | null>;
  /** Writes a diff in one transaction; resolves once it is durable. */
  applyDiff(diff: Diff): Promise<void>;
}

async function guarded<T>(db: AlignboardDatabase, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Once another window has taken the database over, every failure means "reload".
    throw db.closedByOtherWindow ? new StorageError('versionChange', String(error)) : toStorageError(error);
  }
}

function valid<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, list: unknown[]): T[] {
  return list.flatMap((entry) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** What cannot be shown: records that fail their schema, and those whose column or activity is gone. */
function sortOut(raw: unknown[]): LoadedWorkshop & { aside: SetAsideRecord[] } {
  const { records, unreadable } = readRecords(raw, SCHEMA_VERSION);
  const broken = brokenRecords(records);
  const brokenIds = new Set(broken.map(({ record }) => record.id));
  const setAside: UnreadableRecord[] = [
    ...unreadable,
    ...broken.map(({ record, field }) => ({
      index: raw.findIndex((entry) => (entry as { id?: unknown }).id === record.id) + 1,
      id: record.id,
      type: record.type,
      path: field,
      detail: 'points at a board that is not there',
    })),
  ];
  const kept: AnyRecord[] = records.filter((record) => !brokenIds.has(record.id));
  const aside = setAside.map((entry) => ({ ...entry, record: raw[entry.index - 1] }));
  return { records: Object.fromEntries(kept.map((record) => [record.id, record])), setAside, aside };
}

export function createRepository(db: AlignboardDatabase): Repository {
  const records = db.records;

  return {
    listTemplates: () =>
      guarded(db, async () => {
        const templates = valid(customTemplateSchema, await records.where('type').equals('customTemplate').toArray());
        return templates.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      }),

    listWorkshops: () =>
      guarded(db, async () => {
        const workshops = valid(workshopSchema, await records.where('type').equals('workshop').toArray());
        const counts = await Promise.all(
          workshops.map((workshop) => records.where('[workshopId+type]').equals([workshop.id, 'note']).count()),
        );
        return workshops
          .map((workshop, index) => ({
            id: workshop.id,
            title: workshop.title,
            organisation: workshop.organisation,
            facilitator: workshop.facilitator ?? '',
            date: workshop.date,
            departments: workshop.departments,
            noteCount: counts[index] ?? 0,
            updatedAt: workshop.updatedAt,
            importedAt: workshop.importedAt,
          }))
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      }),

    loadWorkshop: (workshopId) =>
      guarded(db, async () => {
        const raw: unknown[] = await records.where('workshopId').equals(workshopId).toArray();
        const { records: loaded, setAside, aside } = sortOut(raw);
        if (!Object.values(loaded).some((record) => record.type === 'workshop')) return null;
        if (aside.length > 0) await db.setAside(aside);
        return { records: loaded, setAside };
      }),

    applyDiff: (diff) =>
      guarded(db, async () => {
        // Another window took the database over: never reopen behind its back (see database.ts).
        if (db.closedByOtherWindow) throw new StorageError('versionChange', 'closed by another window');
        await db.transaction('rw', records, (transaction) => {
          // On the transaction Dexie opened (after its open and upgrade), straight on
          // IndexedDB's store: a request that cannot be placed throws here, and Dexie
          // aborts the whole diff. Once all are placed, commit at once: left to itself,
          // IndexedDB commits only after the page has handled each request's result,
          // which waits behind React's render and the frame (bench: note on disk p95
          // 55 ms -> 7 ms after Enter). Dexie's bulk calls would not do: they report a
          // refused record later, after the commit was asked for, and the rest would stay.
          const store = transaction.idbtrans.objectStore('records');
          for (const id of idsToDelete(diff)) store.delete(id);
          for (const record of recordsToPut(diff)) store.put(record);
          transaction.idbtrans.commit();
        });
      }),
  };
}
