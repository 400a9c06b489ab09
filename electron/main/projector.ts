import { BrowserWindow, screen, type Display } from 'electron';
import { IPC } from '../../shared/ipc/contract';
import { openProjectorArgs } from '../../shared/ipc/schemas';
import { handle } from './ipc';
import { buildWebPreferences, rendererEntryUrl } from './window';

/** The projector's page: the app's entry with the `#/projector/<id>` route. */
export function projectorUrl(workshopId: string, entry: string = rendererEntryUrl()): string {
  return `${entry.split('#')[0]}#/projector/${encodeURIComponent(workshopId)}`;
}

/** The display the room looks at: any display other than the primary one, if there is one. */
export function externalDisplay(displays: Display[], primary: Display): Display | undefined {
  return displays.find((display) => display.id !== primary.id);
}

let projector: BrowserWindow | null = null;

/**
 * Opens the projector window, or brings it forward and points it at the
 * workshop. With a second display it goes full screen there; otherwise it
 * is an ordinary second window. Same secure preferences as the main window.
 */
export function openProjectorWindow(workshopId: string): BrowserWindow {
  const url = projectorUrl(workshopId);
  if (projector && !projector.isDestroyed()) {
    void projector.loadURL(url);
    projector.focus();
    return projector;
  }
  const external = externalDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay());
  const win = new BrowserWindow({
    title: 'Alignboard',
    width: 1280,
    height: 720,
    ...(external ? { x: external.bounds.x, y: external.bounds.y, fullscreen: true } : {}),
    show: false,
    // The projector theme is dark: no white flash on the room's wall.
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: buildWebPreferences(),
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (projector === win) projector = null;
  });
  void win.loadURL(url);
  projector = win;
  return win;
}

/** Registers the `openProjector` channel (sender and workshop id validated). */
export function registerProjectorHandlers(): void {
  handle(IPC.openProjector, openProjectorArgs, (workshopId) => {
    openProjectorWindow(workshopId);
  });
}
