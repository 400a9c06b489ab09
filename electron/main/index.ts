import { app, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { installWebContentsGuards } from './guards';
import { registerIpcHandlers } from './ipc';
import { registerProjectorHandlers } from './projector';
import { installQuitBackup, registerBackupHandlers } from './backups';
import { registerReportHandlers } from './report';
import { registerRoomHandlers } from './room';
import { installMenu, localeFromSystem } from './menu';
import { restrictPermissions } from './permissions';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';
import { getMainWindow } from './main-window';

/** The main window for a second launch: the one people work in, opened again if it was closed. */
function mainWindow(): BrowserWindow | undefined {
  if (!app.isReady()) return undefined;
  return getMainWindow() ?? createMainWindow();
}

// A fixed data folder, set before anything reads it (the single-instance lock
// lives there too), so the database never moves with the product name or build.
// Development runs get their own, so `npm run dev` never touches real workshops.
app.setPath('userData', join(app.getPath('appData'), app.isPackaged ? 'Alignboard' : 'Alignboard-dev'));
// Every renderer sandboxed, whatever a future window forgets to set.
app.enableSandbox();
registerAppScheme();

if (claimSingleInstance(mainWindow)) {
  installWebContentsGuards();

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && !getMainWindow()) createMainWindow();
  });

  void app.whenReady().then(() => {
    handleAppProtocol();
    restrictPermissions(session.defaultSession);
    registerIpcHandlers(installMenu);
    registerProjectorHandlers();
    registerReportHandlers();
    registerBackupHandlers();
    registerRoomHandlers();
    installQuitBackup();
    installMenu(localeFromSystem(app.getPreferredSystemLanguages()));
    createMainWindow();
  });
}
