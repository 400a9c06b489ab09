import { workshopToJson } from '@shared/export/json';
import type { Platform } from '../../platform';
import type { WorkshopActions } from '../../store/workshop-actions';

/** Matches electron/main/backups.ts: snapshots kept per workshop. */
export const BACKUPS_KEPT = 10;
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Writes a snapshot of every workshop changed since its last snapshot.
 * `lastSaved` maps workshop id → when its newest snapshot was taken (seed it
 * from the existing backups, so a restart does not snapshot unchanged work).
 * Returns how many were written.
 */
export async function backupChangedWorkshops(
  source: Pick<WorkshopActions, 'listWorkshops' | 'readWorkshop'>,
  backups: NonNullable<Platform['backups']>,
  lastSaved: Map<string, string>,
  now: () => string,
): Promise<number> {
  let written = 0;
  for (const summary of await source.listWorkshops()) {
    const last = lastSaved.get(summary.id);
    if (last !== undefined && summary.updatedAt <= last) continue;
    const records = await source.readWorkshop(summary.id);
    if (!records) continue;
    const time = now();
    await backups.writeBackup(summary.id, workshopToJson(records, time));
    lastSaved.set(summary.id, time);
    written++;
  }
  return written;
}

/** The newest snapshot time of each workshop, from the backups list. */
export async function lastBackupTimes(backups: NonNullable<Platform['backups']>): Promise<Map<string, string>> {
  const times = new Map<string, string>();
  for (const entry of await backups.listBackups()) {
    const known = times.get(entry.workshopId);
    if (!known || entry.savedAt > known) times.set(entry.workshopId, entry.savedAt);
  }
  return times;
}
