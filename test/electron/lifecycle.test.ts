// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';

/**
 * The whole Electron surface index.ts touches, recording what it is asked to
 * do so the tests can check the order and the outcome of startup.
 */
const electron = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  let ready: () => void = () => undefined;
  const record = (name: string) => vi.fn((..._args: unknown[]) => void calls.push(name));
  const windows: unknown[] = [];
  class BrowserWindow {
    static getAllWindows = vi.fn(() => windows);
    static getFocusedWindow = vi.fn(() => windows[0]);
    readonly webContents = { send: vi.fn() };
    readonly once = vi.fn();
    readonly on = vi.fn();
    readonly isDestroyed = vi.fn(() => false);
    readonly isMinimized = vi.fn(() => false);
    readonly restore = vi.fn();
    readonly focus = vi.fn();
    readonly show = vi.fn();
    readonly loadURL = vi.fn(() => Promise.resolve());
    constructor(readonly options: unknown) {
      windows.push(this);
      calls.push('new BrowserWindow');
    }
  }
  const session = {
    defaultSession: { setPermissionRequestHandler: record('setPermissionRequestHandler'), setPermissionCheckHandler: record('setPermissionCheckHandler') },
  };
  const app = {
    isPackaged: true,
    lock: true,
    getPath: vi.fn((name: string) => `/home/user/.config-${name}`),
    setPath: record('setPath'),
    enableSandbox: record('enableSandbox'),
    requestSingleInstanceLock: vi.fn(() => {
      calls.push('requestSingleInstanceLock');
      return app.lock;
    }),
    quit: record('quit'),
    isReady: vi.fn(() => true),
    on: vi.fn((event: string, listener: (...args: unknown[]) => void) => {
      appListeners.set(event, listener);
    }),
    whenReady: vi.fn(() => new Promise<void>((resolve) => (ready = resolve))),
    getPreferredSystemLanguages: vi.fn(() => ['pl-PL']),
    getName: () => 'Alignboard',
    getVersion: () => '0.1.0',
  };
  return {
    calls,
    appListeners,
    windows,
    fireReady: () => ready(),
    reset: () => {
      calls.length = 0;
      appListeners.clear();
      windows.length = 0;
      app.lock = true;
      ready = () => undefined;
    },
    module: {
      app,
      session,
      BrowserWindow,
      nativeTheme: { shouldUseDarkColors: false },
      protocol: { registerSchemesAsPrivileged: record('registerSchemesAsPrivileged'), handle: record('protocol.handle') },
      ipcMain: { handle: record('ipcMain.handle'), on: record('ipcMain.on') },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: record('setApplicationMenu') },
    },
  };
});
vi.mock('electron', () => electron.module);

const { app, session, protocol } = electron.module;

async function startApp(): Promise<void> {
  vi.resetModules();
  await import('../../electron/main/index');
}

beforeEach(() => {
  vi.clearAllMocks();
  electron.reset();
});

describe('startup', () => {
  it('keeps development data apart from the installed app', async () => {
    app.isPackaged = false;
    try {
      await startApp();
      expect(app.setPath).toHaveBeenCalledWith('userData', expect.stringMatching(/config-appData[\\/]Alignboard-dev$/));
    } finally {
      app.isPackaged = true;
    }
  });

  it('fixes the userData folder before taking the single-instance lock', async () => {
    await startApp();
    expect(app.setPath).toHaveBeenCalledWith('userData', expect.stringMatching(/config-appData[\\/]Alignboard$/));
    expect(electron.calls.indexOf('setPath')).toBeLessThan(electron.calls.indexOf('requestSingleInstanceLock'));
  });

  it('registers the privileged app scheme and sandboxes all renderers before ready', async () => {
    await startApp();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(electron.calls).not.toContain('new BrowserWindow');
  });

  it('quits a second instance without opening a window', async () => {
    app.lock = false;
    await startApp();
    electron.fireReady();
    await Promise.resolve();
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(electron.calls).not.toContain('new BrowserWindow');
    expect(electron.appListeners.has('second-instance')).toBe(false);
  });

  it('on ready serves app://, denies permissions, registers IPC and the menu, then opens the window', async () => {
    await startApp();
    electron.fireReady();
    await vi.waitFor(() => expect(electron.calls).toContain('new BrowserWindow'));
    const order = ['protocol.handle', 'setPermissionRequestHandler', 'ipcMain.handle', 'setApplicationMenu', 'new BrowserWindow'];
    const positions = order.map((name) => electron.calls.indexOf(name));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('grants only fullscreen, clipboard write and persistent storage, and only to the app itself', async () => {
    await startApp();
    electron.fireReady();
    await vi.waitFor(() => expect(electron.calls).toContain('new BrowserWindow'));
    const requestHandler = session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string },
    ) => void;
    const checkHandler = session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      contents: unknown, permission: string, origin: string,
    ) => boolean;
    const contents = { getURL: () => 'app://alignboard/index.html' };
    const ask = (permission: string, url: string) => {
      const callback = vi.fn();
      requestHandler(contents, permission, callback, { requestingUrl: url });
      return callback.mock.calls[0]?.[0] as boolean;
    };
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(ask(permission, 'app://alignboard/index.html')).toBe(false);
      expect(checkHandler(contents, permission, 'app://alignboard')).toBe(false);
    }
    for (const permission of ['fullscreen', 'persistent-storage', 'clipboard-sanitized-write']) {
      expect(ask(permission, 'app://alignboard/index.html')).toBe(true);
      expect(ask(permission, 'https://evil.example/')).toBe(false);
      expect(checkHandler(contents, permission, 'app://alignboard')).toBe(true);
      expect(checkHandler(contents, permission, 'https://evil.example')).toBe(false);
    }
  });

  it('quits when the last window closes, except on macOS', async () => {
    await startApp();
    const onAllClosed = electron.appListeners.get('window-all-closed');
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      onAllClosed?.();
      expect(app.quit).not.toHaveBeenCalled();
      Object.defineProperty(process, 'platform', { value: 'linux' });
      onAllClosed?.();
      expect(app.quit).toHaveBeenCalledOnce();
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  });

  it('re-creates the window on activate when none is open', async () => {
    await startApp();
    electron.appListeners.get('activate')?.();
    expect(electron.windows).toHaveLength(1);
    electron.appListeners.get('activate')?.();
    expect(electron.windows).toHaveLength(1);
  });
});

describe('a second launch', () => {
  it('focuses the main window, not the projector opened after it', async () => {
    await startApp();
    electron.fireReady();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    const main = electron.windows[0] as { focus: ReturnType<typeof vi.fn> };
    const projector = { isMinimized: vi.fn(() => false), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    electron.windows.unshift(projector);
    electron.appListeners.get('second-instance')?.();
    expect(main.focus).toHaveBeenCalledOnce();
    expect(projector.focus).not.toHaveBeenCalled();
  });

  it('opens the main window again when only the projector is left (macOS keeps running)', async () => {
    await startApp();
    electron.fireReady();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    const closed = vi.mocked((electron.windows[0] as { on: (event: string, listener: () => void) => void }).on).mock.calls.find(([event]) => event === 'closed')?.[1];
    closed?.();
    electron.appListeners.get('second-instance')?.();
    expect(electron.windows).toHaveLength(2);
    expect((electron.windows[1] as { focus: ReturnType<typeof vi.fn> }).focus).toHaveBeenCalledOnce();
  });
});

describe('claimSingleInstance', () => {
  async function load() {
    vi.resetModules();
    return import('../../electron/main/single-instance');
  }

  it('restores and focuses the existing window when a second instance starts', async () => {
    const { claimSingleInstance } = await load();
    const win = { isMinimized: vi.fn(() => true), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    expect(claimSingleInstance(() => win as unknown as BrowserWindow)).toBe(true);
    electron.appListeners.get('second-instance')?.();
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();
  });

  it('returns false and quits when another instance holds the lock', async () => {
    const { claimSingleInstance } = await load();
    app.lock = false;
    expect(claimSingleInstance(() => undefined)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
  });
});

describe('isPermissionAllowed', () => {
  it('allows the three permissions the app uses, for its own origin only', async () => {
    const { isPermissionAllowed } = await import('../../electron/main/permissions');
    expect(isPermissionAllowed('fullscreen', 'app://alignboard/index.html', undefined)).toBe(true);
    expect(isPermissionAllowed('fullscreen', 'http://127.0.0.1:5173/', 'http://127.0.0.1:5173')).toBe(true);
    expect(isPermissionAllowed('fullscreen', 'http://127.0.0.1:5173/', undefined)).toBe(false);
    expect(isPermissionAllowed('media', 'app://alignboard/index.html', undefined)).toBe(false);
    expect(isPermissionAllowed('persistent-storage', 'not a url', undefined)).toBe(false);
  });
});
