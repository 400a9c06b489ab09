import { app, type BrowserWindow } from 'electron';

/**
 * Two instances would write to the same IndexedDB from two processes, so a
 * second launch hands over to the first one and quits.
 *
 * @returns false when another instance already runs (this one is quitting).
 */
export function claimSingleInstance(getWindow: () => BrowserWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    // The main window (never the projector or the hidden report window); the
    // caller opens a new one when it was closed (macOS keeps running without).
    const win = getWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}
