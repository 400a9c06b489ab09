import type { Diff } from '@shared/model/diff';
import { idsToDelete, recordsToPut } from '@shared/model/diff';
import type { CustomTemplateRecord } from '@shared/model/facilitation-types';
import type { Department, RecordMap, WorkshopRecord } from '@shared/model/types';
import type { AlignboardDatabase } from './database';
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
  /** Writes a diff in one transaction; resolves once it is durable. */
  applyDiff(diff: Diff, now: string): Promise<void>;
}

async function guarded<T>(db: AlignboardDatabase, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Once another window has taken the database over, every failure means "reload".
    throw db.closedByOtherWindow ? new StorageError('versionChange', String(error)) : toStorageError(error);
  }
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

    applyDiff: (diff, now) =>
      guarded(db, () =>
        db.transaction('rw', records, async () => {
          const deletions = idsToDelete(diff);
          if (deletions.length > 0) await records.bulkDelete(deletions);
          const puts = recordsToPut(diff);
          if (puts.length > 0) await records.bulkPut(puts);
          // Touch each workshop that still exists so the home list and backups see the change.
          const touched = new Set(puts.map((record) => record.workshopId));
          for (const workshopId of touched) {
            await records.update(workshopId, (record) => {
              if (record.type === 'workshop') record.updatedAt = now;
            });
          }
        }),
      ),
  };
}
