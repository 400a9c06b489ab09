import { workshopToJson } from '@shared/export/json';
import { backupProblemOf, type BackupProblem } from '@shared/ipc/contract';
import { MAX_NOTES_PER_WORKSHOP, MAX_WORKSHOP_FILE_BYTES, megabytes } from '@shared/model/file-limits';
import type { Platform } from '../../platform';
import type { WorkshopActions } from '../../store/workshop-actions';
import type { Notice } from '../../store/state';

/** Matches electron/main/backup-files.ts: snapshots kept per workshop. */
export const BACKUPS_KEPT = 10;
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000;

export interface BackupFailure {
  workshopId: string;
  title: string;
  problem: BackupProblem;
  detail: string;
}

export interface BackupRun {
  written: number;
  failures: BackupFailure[];
}

/**
 * True when `changedAt` is later than `snapshotAt`, compared as times (not as
 * strings: `10:00:00.500Z` sorts before `10:00:00Z`). When either cannot be
 * read, the workshop counts as changed: an extra snapshot costs less than a missed one.
 */
export function changedSince(changedAt: string, snapshotAt: string): boolean {
  const changed = Date.parse(changedAt);
  const snapshot = Date.parse(snapshotAt);
  if (Number.isNaN(changed) || Number.isNaN(snapshot)) return true;
  return changed > snapshot;
}

/**
 * Writes a snapshot of every workshop changed since its last snapshot.
 * `lastSaved` maps workshop id → when its newest snapshot was taken (seed it
 * from the existing backups, so a restart does not snapshot unchanged work).
 * One workshop's failure does not stop the others; every failure is returned.
 */
export async function backupChangedWorkshops(
  source: Pick<WorkshopActions, 'listWorkshops' | 'readWorkshop'>,
  backups: NonNullable<Platform['backups']>,
  lastSaved: Map<string, string>,
  now: () => string,
): Promise<BackupRun> {
  const run: BackupRun = { written: 0, failures: [] };
  for (const summary of await source.listWorkshops()) {
    const last = lastSaved.get(summary.id);
    if (last !== undefined && !changedSince(summary.updatedAt, last)) continue;
    try {
      // Taken before reading: a change made while the snapshot is read counts as newer.
      const time = now();
      const records = await source.readWorkshop(summary.id);
      if (!records) continue;
      await backups.writeBackup(summary.id, workshopToJson(records, time));
      lastSaved.set(summary.id, time);
      run.written++;
    } catch (error) {
      run.failures.push({ workshopId: summary.id, title: summary.title, problem: backupProblemOf(error), detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return run;
}

/** The newest snapshot time of each workshop, from the backups list. */
export async function lastBackupTimes(backups: NonNullable<Platform['backups']>): Promise<Map<string, string>> {
  const times = new Map<string, string>();
  for (const entry of await backups.listBackups()) {
    const known = times.get(entry.workshopId);
    if (!known || changedSince(entry.savedAt, known)) times.set(entry.workshopId, entry.savedAt);
  }
  return times;
}

export const BACKUP_NOTICE_PREFIX = 'backupHealth.';

/**
 * What the user is told about a run that had failures: the folder-wide
 * problems (disk full, no permission) first, since they stop every backup.
 */
export function backupFailureNotice(failures: readonly BackupFailure[]): Omit<Notice, 'id'> | null {
  const first = failures.find((f) => f.problem === 'diskFull' || f.problem === 'permission') ?? failures[0];
  if (!first) return null;
  switch (first.problem) {
    case 'diskFull':
    case 'permission':
      return { tone: 'error', key: `${BACKUP_NOTICE_PREFIX}${first.problem}` };
    case 'tooLarge':
      return { tone: 'error', key: `${BACKUP_NOTICE_PREFIX}tooLarge`, params: { title: first.title, max: megabytes(MAX_WORKSHOP_FILE_BYTES).replace(/\.0$/, '') } };
    case 'tooManyNotes':
      return { tone: 'error', key: `${BACKUP_NOTICE_PREFIX}tooManyNotes`, params: { title: first.title, max: MAX_NOTES_PER_WORKSHOP } };
    default:
      return { tone: 'error', key: `${BACKUP_NOTICE_PREFIX}unknown`, params: { detail: first.detail.slice(0, 200) } };
  }
}
