// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const created: Array<{ options: unknown; once: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn> }> = [];
  class BrowserWindow {
    readonly once = vi.fn();
    readonly on = vi.fn();
    readonly show = vi.fn();
    readonly loadURL = vi.fn(() => Promise.resolve());
    constructor(readonly options: unknown) {
      created.push(this);
    }
  }
  return { created, BrowserWindow, app: { isPackaged: true }, nativeTheme: { shouldUseDarkColors: false } };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.BrowserWindow,
  app: electron.app,
  nativeTheme: electron.nativeTheme,
}));

import { buildWebPreferences, createMainWindow } from '../../electron/main/window';

describe('buildWebPreferences', () => {
  it('turns on every isolation and sandbox setting', () => {
    const prefs = buildWebPreferences('/app/out/preload/index.cjs');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.spellcheck).toBe(process.platform !== 'linux');
  });

  it('turns off node integration, insecure content and webviews', () => {
    const prefs = buildWebPreferences('/app/out/preload/index.cjs');
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('points the preload at the CommonJS bundle next to the main bundle', () => {
    expect(buildWebPreferences('/x/index.cjs').preload).toBe('/x/index.cjs');
    expect(buildWebPreferences().preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
  });
});

describe('createMainWindow', () => {
  const savedUrl = process.env.ELECTRON_RENDERER_URL;

  beforeEach(() => {
    electron.created.length = 0;
    electron.app.isPackaged = true;
    delete process.env.ELECTRON_RENDERER_URL;
  });

  afterEach(() => {
    if (savedUrl === undefined) delete process.env.ELECTRON_RENDERER_URL;
    else process.env.ELECTRON_RENDERER_URL = savedUrl;
  });

  it('creates a hidden, titled window with the secure preferences', () => {
    createMainWindow();
    const options = electron.created[0]?.options;
    expect(options).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 960,
      minHeight: 600,
      title: 'Alignboard',
      show: false,
      webPreferences: buildWebPreferences(),
    });
  });

  it('shows the window only once it is ready to show', () => {
    createMainWindow();
    const win = electron.created[0];
    expect(win?.show).not.toHaveBeenCalled();
    const [event, onReady] = win?.once.mock.calls[0] ?? [];
    expect(event).toBe('ready-to-show');
    (onReady as () => void)();
    expect(win?.show).toHaveBeenCalledOnce();
  });

  it('loads the bundled app from app://alignboard when packaged', () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    createMainWindow();
    expect(electron.created[0]?.loadURL).toHaveBeenCalledWith('app://alignboard/index.html');
  });

  it('loads the dev server in development', () => {
    electron.app.isPackaged = false;
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    createMainWindow();
    expect(electron.created[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });
});
