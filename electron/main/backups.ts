import { app, type Event } from 'electron';
import { join } from 'node:path';
import { z } from 'zod';
import { IPC } from '../../shared/ipc/contract';
import { deleteBackupsArgs, readBackupArgs, writeBackupArgs } from '../../shared/ipc/schemas';
import { cleanLeftovers, deleteBackups, listBackups, readBackup, writeBackup } from './backup-files';
import { handle } from './ipc';
import { fromMainWindow, getMainWindow } from './main-window';

export { BACKUPS_KEPT, listBackups, readBackup, writeBackup } from './backup-files';

export function backupsDir(): string {
  return join(app.getPath('userData'), 'backups');
}

/**
 * Changes to the backups folder, one at a time: two snapshots can never race
 * on a name or a prune, and quitting can wait for the last one.
 */
let queue: Promise<unknown> = Promise.resolve();

function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Resolves once every queued write or delete has finished. */
export function backupsIdle(): Promise<void> {
  return queue.then(() => undefined);
}

/**
 * The backup channels, open to the main window only: the projector and the
 * hidden report window show the same workshops and must not write them too.
 * Temporary files a crash left behind are removed first.
 */
export function registerBackupHandlers(dir: () => string = backupsDir): void {
  void serialised(() => cleanLeftovers(dir()));
  handle(IPC.writeBackup, writeBackupArgs, async (workshopId, json) => {
    await serialised(() => writeBackup(dir(), workshopId, json));
  }, fromMainWindow);
  handle(IPC.listBackups, z.tuple([]), () => listBackups(dir()), fromMainWindow);
  handle(IPC.readBackup, readBackupArgs, (id) => readBackup(dir(), id), fromMainWindow);
  handle(IPC.deleteBackups, deleteBackupsArgs, (workshopId) => serialised(() => deleteBackups(dir(), workshopId)), fromMainWindow);
}

/** How long quitting waits for the main window's last snapshots. */
export const QUIT_BACKUP_TIMEOUT_MS = 5000;

/**
 * On quit, asks the main window to finish its pending saves and snapshot what
 * changed, and quits once it reports done and the files are on disk, or after
 * a timeout: a backup must never keep the app from closing.
 */
export function installQuitBackup(timeoutMs = QUIT_BACKUP_TIMEOUT_MS): void {
  let asked = false;
  let finish: (() => void) | null = null;
  handle(IPC.backupsFlushed, z.tuple([]), () => {
    finish?.();
  }, fromMainWindow);
  app.on('before-quit', (event: Event) => {
    const main = getMainWindow();
    if (asked || !main) return;
    asked = true;
    event.preventDefault();
    let quitting = false;
    const quit = () => {
      if (quitting) return;
      quitting = true;
      clearTimeout(timer);
      finish = null;
      app.quit();
    };
    const timer = setTimeout(quit, timeoutMs);
    finish = () => void backupsIdle().then(quit);
    main.webContents.send(IPC.backupNow);
  });
}
