import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BackupEntry } from '../../shared/ipc/contract';
import { EXPORT_FORMAT } from '../../shared/export/json';
import { MAX_NOTES_PER_WORKSHOP, MAX_WORKSHOP_FILE_BYTES } from '../../shared/model/file-limits';

/** Snapshots kept per workshop; older ones are deleted when a new one is written. */
export const BACKUPS_KEPT = 10;
/** Most bytes the backups folder keeps; past it the oldest snapshots go (never a workshop's newest). */
export const BACKUPS_MAX_TOTAL_BYTES = 500 * 1024 * 1024;

/** `<workshop>--<time>.json`; the time has milliseconds since 0.2 (older files have none). */
export const BACKUP_FILE = /^([A-Za-z0-9_-]{1,100})--(\d{8}T\d{6}(?:\d{3})?Z)\.json$/;
const TEMPORARY = /\.tmp$/;

/** Why a backup was refused or failed; the renderer shows it (see BackupProblem in the contract). */
export class BackupError extends Error {
  constructor(readonly reason: 'diskFull' | 'permission' | 'tooLarge' | 'tooManyNotes' | 'invalid') {
    // The reason travels in the message: IPC keeps only an error's message.
    super(`backup-failed:${reason}`);
  }
}

/** Maps a file-system error to the reason a person can act on. */
export function backupErrorFrom(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new BackupError('diskFull');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new BackupError('permission');
  return error;
}

/** `20261126T153000123Z`: sortable, and safe in a file name on every OS. */
export function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function stampToIso(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z$/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7] ?? '000'}Z` : value;
}

const EARLIEST_SNAPSHOT = Date.UTC(2020, 0, 1);

/**
 * Refuses anything that is not a restorable export of this workshop, within
 * the app's limits. Returns when the snapshot was taken (its `exportedAt`),
 * which names the file: the renderer compares later changes with that time.
 */
export function checkSnapshot(json: string, workshopId: string, now: Date): Date {
  if (Buffer.byteLength(json, 'utf8') > MAX_WORKSHOP_FILE_BYTES) throw new BackupError('tooLarge');
  let file: { format?: unknown; exportedAt?: unknown; records?: Array<{ type?: unknown; id?: unknown }> };
  try {
    file = JSON.parse(json) as typeof file;
  } catch {
    throw new BackupError('invalid');
  }
  const records = Array.isArray(file.records) ? file.records : [];
  const workshop = records[0];
  if (file.format !== EXPORT_FORMAT || workshop?.type !== 'workshop' || workshop.id !== workshopId) {
    throw new BackupError('invalid');
  }
  if (records.filter((record) => record?.type === 'note').length > MAX_NOTES_PER_WORKSHOP) throw new BackupError('tooManyNotes');
  const taken = typeof file.exportedAt === 'string' ? new Date(file.exportedAt) : null;
  // A time that cannot be read, or one from the future, is replaced by the time of writing.
  const plausible = taken !== null && taken.getTime() >= EARLIEST_SNAPSHOT && taken.getTime() <= now.getTime();
  return plausible ? taken : now;
}

/** Removes temporary files a crash or a power cut left behind. */
export async function cleanLeftovers(dir: string): Promise<number> {
  const files = await readdir(dir).catch(() => [] as string[]);
  const leftovers = files.filter((file) => TEMPORARY.test(file));
  await Promise.all(leftovers.map((file) => rm(join(dir, file), { force: true })));
  return leftovers.length;
}

/** Flushes a folder's entries (the rename) to disk; best effort, and not possible on Windows. */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r').catch(() => null);
  try {
    await handle?.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the file itself is already on disk.
  } finally {
    await handle?.close();
  }
}

/** Writes `data` to `path` durably: a unique temporary file, flushed to disk, then renamed over. */
async function writeDurably(path: string, data: string): Promise<void> {
  const temporary = `${path}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    await syncFolder(dirname(path));
  } catch (error) {
    await rm(temporary, { force: true });
    throw backupErrorFrom(error);
  }
}

/** Deletes older snapshots: past BACKUPS_KEPT per workshop, then the oldest while the folder is over its cap. */
async function prune(dir: string, maxTotalBytes: number): Promise<void> {
  const perWorkshop = new Map<string, number>();
  const kept: BackupEntry[] = [];
  for (const entry of await listBackups(dir)) {
    const rank = (perWorkshop.get(entry.workshopId) ?? 0) + 1;
    perWorkshop.set(entry.workshopId, rank);
    if (rank > BACKUPS_KEPT) await rm(join(dir, entry.id), { force: true });
    else kept.push(entry);
  }
  let total = kept.reduce((sum, entry) => sum + entry.bytes, 0);
  const newest = new Set<string>();
  const removable = kept.filter((entry) => {
    if (newest.has(entry.workshopId)) return true;
    newest.add(entry.workshopId); // each workshop's newest snapshot stays
    return false;
  });
  for (const entry of removable.reverse()) {
    if (total <= maxTotalBytes) break;
    await rm(join(dir, entry.id), { force: true });
    total -= entry.bytes;
  }
}

/** Writes one snapshot and prunes the folder. Returns the file name. */
export async function writeBackup(dir: string, workshopId: string, json: string, now = new Date(), maxTotalBytes = BACKUPS_MAX_TOTAL_BYTES): Promise<string> {
  const taken = checkSnapshot(json, workshopId, now);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw backupErrorFrom(error);
  }
  const name = `${workshopId}--${stamp(taken)}.json`;
  await writeDurably(join(dir, name), json);
  // The snapshot is safe on disk: failing to tidy older ones must not report it as failed.
  await prune(dir, maxTotalBytes).catch((error: unknown) => console.warn('Could not prune old backups', error));
  return name;
}

/** The title from the head of a snapshot (the workshop record comes first), without reading the whole file. */
async function titleOf(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
    const match = /"title":\s*("(?:[^"\\]|\\.)*")/.exec(buffer.subarray(0, bytesRead).toString('utf8'));
    return match?.[1] ? (JSON.parse(match[1]) as string) : '';
  } finally {
    await handle.close();
  }
}

/** One folder entry, or null when it is not a snapshot or cannot be read (never fatal to the list). */
async function entryOf(dir: string, file: string): Promise<BackupEntry | null> {
  const match = BACKUP_FILE.exec(file);
  if (!match?.[1] || !match[2]) return null;
  const path = join(dir, file);
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    return { id: file, workshopId: match[1], savedAt: stampToIso(match[2]), bytes: info.size, title: await titleOf(path) };
  } catch {
    return null;
  }
}

/** Every readable snapshot, newest first. */
export async function listBackups(dir: string): Promise<BackupEntry[]> {
  const files = await readdir(dir).catch(() => [] as string[]);
  const entries = await Promise.all(files.map((file) => entryOf(dir, file)));
  return entries.filter((entry): entry is BackupEntry => entry !== null).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** One snapshot's text; the id is checked against the file-name pattern, so it cannot leave the folder. */
export async function readBackup(dir: string, id: string): Promise<string> {
  if (!BACKUP_FILE.test(id)) throw new Error('Unknown backup');
  if ((await stat(join(dir, id))).size > MAX_WORKSHOP_FILE_BYTES) throw new BackupError('tooLarge');
  return readFile(join(dir, id), 'utf8');
}

/** Deletes every snapshot of one workshop (a workshop the user deleted). Returns how many went. */
export async function deleteBackups(dir: string, workshopId: string): Promise<number> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => BACKUP_FILE.exec(file)?.[1] === workshopId);
  await Promise.all(files.map((file) => rm(join(dir, file), { force: true })));
  return files.length;
}
