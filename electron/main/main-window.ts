import type { BrowserWindow, IpcMainInvokeEvent, WebContents } from 'electron';

/**
 * The window people work in. The projector shows the room's wall and the report
 * window is hidden: menu commands, a second launch and backups belong to this
 * one only, so they are routed here by identity, never by focus or by order.
 */
let main: BrowserWindow | null = null;

export function setMainWindow(win: BrowserWindow): void {
  main = win;
  win.on('closed', () => {
    if (main === win) main = null;
  });
}

/** The main window, if it is open. */
export function getMainWindow(): BrowserWindow | undefined {
  return main && !main.isDestroyed() ? main : undefined;
}

/** True when `contents` belongs to the main window. */
export function isMainWindowContents(contents: WebContents | undefined): boolean {
  const win = getMainWindow();
  return contents !== undefined && win !== undefined && win.webContents === contents;
}

/** An IPC sender check: only the main window's page may use the channel. */
export function fromMainWindow(event: IpcMainInvokeEvent): boolean {
  return isMainWindowContents(event.sender);
}
