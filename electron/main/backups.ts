import { app, BrowserWindow, type Event } from 'electron';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IPC, type BackupEntry } from '../../shared/ipc/contract';
import { readBackupArgs, writeBackupArgs } from '../../shared/ipc/schemas';
import { EXPORT_FORMAT } from '../../shared/export/json';
import { handle } from './ipc';
import { z } from 'zod';

/** Snapshots kept per workshop; older ones are deleted when a new one is written. */
export const BACKUPS_KEPT = 10;

const FILE = /^([A-Za-z0-9_-]{1,100})--(\d{8}T\d{6}Z)\.json$/;

export function backupsDir(): string {
  return join(app.getPath('userData'), 'backups');
}

/** `20261126T153000Z`: sortable, and safe in a file name on every OS. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

function stampToIso(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : value;
}

/** Refuses anything that is not one of our workshop exports, so the folder holds only restorable files. */
function checkSnapshot(json: string, workshopId: string): void {
  const file = JSON.parse(json) as { format?: unknown; records?: Array<{ type?: unknown; id?: unknown }> };
  const workshop = Array.isArray(file.records) ? file.records[0] : undefined;
  if (file.format !== EXPORT_FORMAT || workshop?.type !== 'workshop' || workshop.id !== workshopId) {
    throw new Error('Refused backup: not an export of this workshop');
  }
}

/**
 * Writes one snapshot (to a temporary name, then renamed, so a crash never
 * leaves half a file) and keeps the newest BACKUPS_KEPT of that workshop.
 */
export async function writeBackup(dir: string, workshopId: string, json: string, now = new Date()): Promise<string> {
  checkSnapshot(json, workshopId);
  await mkdir(dir, { recursive: true });
  const name = `${workshopId}--${stamp(now)}.json`;
  const temporary = join(dir, `${name}.tmp`);
  await writeFile(temporary, json, 'utf8');
  await rename(temporary, join(dir, name));
  const older = (await readdir(dir))
    .filter((file) => FILE.exec(file)?.[1] === workshopId)
    .sort()
    .reverse()
    .slice(BACKUPS_KEPT);
  await Promise.all(older.map((file) => rm(join(dir, file), { force: true })));
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

/** Every snapshot, newest first. */
export async function listBackups(dir: string): Promise<BackupEntry[]> {
  const files = await readdir(dir).catch(() => [] as string[]);
  const entries = await Promise.all(
    files.map(async (file): Promise<BackupEntry | null> => {
      const match = FILE.exec(file);
      if (!match?.[1] || !match[2]) return null;
      const path = join(dir, file);
      return { id: file, workshopId: match[1], savedAt: stampToIso(match[2]), bytes: (await stat(path)).size, title: await titleOf(path) };
    }),
  );
  return entries.filter((entry): entry is BackupEntry => entry !== null).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** One snapshot's text; the id is checked against the file-name pattern, so it cannot leave the folder. */
export async function readBackup(dir: string, id: string): Promise<string> {
  if (!FILE.test(id)) throw new Error('Unknown backup');
  return readFile(join(dir, id), 'utf8');
}

export function registerBackupHandlers(dir: () => string = backupsDir): void {
  handle(IPC.writeBackup, writeBackupArgs, async (workshopId, json) => {
    await writeBackup(dir(), workshopId, json);
  });
  handle(IPC.listBackups, z.tuple([]), () => listBackups(dir()));
  handle(IPC.readBackup, readBackupArgs, (id) => readBackup(dir(), id));
}

/** How long quitting waits for the renderer's last snapshots. */
export const QUIT_BACKUP_TIMEOUT_MS = 5000;

/**
 * On quit, asks the windows to snapshot what changed and quits once one of
 * them reports done, or after a timeout: a backup must never keep the app
 * from closing.
 */
export function installQuitBackup(timeoutMs = QUIT_BACKUP_TIMEOUT_MS): void {
  let asked = false;
  let finish: (() => void) | null = null;
  handle(IPC.backupsFlushed, z.tuple([]), () => {
    finish?.();
  });
  app.on('before-quit', (event: Event) => {
    const windows = BrowserWindow.getAllWindows().filter((win) => !win.isDestroyed());
    if (asked || windows.length === 0) return;
    asked = true;
    event.preventDefault();
    const timer = setTimeout(() => finish?.(), timeoutMs);
    finish = () => {
      finish = null;
      clearTimeout(timer);
      app.quit();
    };
    for (const win of windows) win.webContents.send(IPC.backupNow);
  });
}
