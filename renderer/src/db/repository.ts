import type { Diff } from '@shared/model/diff';
import { idsToDelete, recordsToPut } from '@shared/model/diff';
import type { CustomTemplateRecord } from '@shared/model/facilitation-types';
import type { AnyRecord, Department, RecordMap, WorkshopRecord } from '@shared/model/types';
import type { AlignboardDatabase } from './database';
import { writeRaw } from './raw-write';
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
}

/**
 * The one door to storage: the store reads and writes workshops only
 * through these functions. Every failure arrives as a StorageError.
 */
export interface Repository {
  listWorkshops(): Promise<WorkshopSummary[]>;
  /** Saved custom templates, newest first. */
  listTemplates(): Promise<CustomTemplateRecord[]>;
  /** All records of a workshop, or null when it does not exist. */
  loadWorkshop(workshopId: string): Promise<RecordMap | null>;
  /**
   * Writes a diff in one transaction and marks each workshop it touches as changed
   * at `now`; resolves once it is durable. `known` (the open workshop's records after
   * the diff) lets the mark go out with the diff's own writes instead of a read first.
   */
  applyDiff(diff: Diff, now: string, known?: RecordMap | null): Promise<void>;
}

async function guarded<T>(db: AlignboardDatabase, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Once another window has taken the database over, every failure means "reload".
    throw db.closedByOtherWindow ? new StorageError('versionChange', String(error)) : toStorageError(error);
  }
}

/**
 * The diff's writes plus, for each workshop it touches (a deletion too), its record marked as changed
 * (so the home list and backups see the change). A workshop record found in the diff
 * or in `known` is stamped and written with the rest; the others are `unknown`.
 */
function stampWorkshops(diff: Diff, now: string, known: RecordMap): { puts: AnyRecord[]; unknown: string[] } {
  const puts = recordsToPut(diff);
  const gone = new Set(diff.removed.filter((record) => record.type === 'workshop').map((record) => record.id));
  const touched = new Set([...puts, ...diff.removed].map((record) => record.workshopId).filter((id) => !gone.has(id)));
  const stamped = puts.map((record) => (record.type === 'workshop' ? { ...record, updatedAt: now } : record));
  const unknown: string[] = [];
  for (const workshopId of touched) {
    if (stamped.some((record) => record.id === workshopId)) continue;
    const workshop = known[workshopId];
    if (workshop?.type === 'workshop') stamped.push({ ...workshop, updatedAt: now });
    else unknown.push(workshopId);
  }
  return { puts: stamped, unknown };
}

export function createRepository(db: AlignboardDatabase): Repository {
  const records = db.records;

  return {
    listTemplates: () =>
      guarded(db, async () => {
        const templates = (await records.where('type').equals('customTemplate').toArray()) as CustomTemplateRecord[];
        return templates.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      }),

    listWorkshops: () =>
      guarded(db, async () => {
        const workshops = (await records.where('type').equals('workshop').toArray()) as WorkshopRecord[];
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
          }))
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      }),

    loadWorkshop: (workshopId) =>
      guarded(db, async () => {
        const list = await records.where('workshopId').equals(workshopId).toArray();
        if (!list.some((record) => record.type === 'workshop')) return null;
        return Object.fromEntries(list.map((record) => [record.id, record]));
      }),

    applyDiff: (diff, now, known) =>
      guarded(db, async () => {
        // Another window took the database over: never reopen behind its back (see database.ts).
        if (db.closedByOtherWindow) throw new StorageError('versionChange', 'closed by another window');
        if (!db.isOpen()) await db.open();
        const { puts, unknown } = stampWorkshops(diff, now, known ?? {});
        await writeRaw(db, { deletions: idsToDelete(diff), puts, stamp: unknown, now });
      }),
  };
}
