import { BrowserWindow, nativeTheme, type WebPreferences } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL, devServerUrl } from './origin';
import { setMainWindow } from './main-window';

/** Where electron-vite writes the preload, next to out/main. */
export const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

/**
 * The renderer's security settings, in one place so a test can assert each of
 * them. Spelled out even where they equal Electron's defaults: defaults have
 * changed between majors and will again.
 */
export function buildWebPreferences(preloadPath: string = PRELOAD_PATH): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Linux spell-checking downloads dictionaries from the internet; this app stays offline.
    spellcheck: process.platform !== 'linux',
  };
}

/** Match the renderer's background so the first frame does not flash white in dark mode. */
function backgroundColor(): string {
  return nativeTheme.shouldUseDarkColors ? '#0f172a' : '#f8fafc';
}

/** The URL the main window shows: the dev server in development, the bundled app otherwise. */
export function rendererEntryUrl(): string {
  return devServerUrl() ?? APP_ENTRY_URL;
}

/** The one factory for the main window (registered as such: menus, second launches and backups go to it). */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Alignboard',
    // Shown once painted, so the user never sees an empty frame.
    show: false,
    backgroundColor: backgroundColor(),
    webPreferences: buildWebPreferences(),
  });
  setMainWindow(win);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererEntryUrl());
  return win;
}
