// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Session } from 'electron';

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
      ipcMain: { handle: record('ipcMain.handle') },
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

  it('denies every permission request and check on the default session', async () => {
    await startApp();
    electron.fireReady();
    await vi.waitFor(() => expect(electron.calls).toContain('new BrowserWindow'));
    const requestHandler = session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown, permission: string, callback: (granted: boolean) => void,
    ) => void;
    const checkHandler = session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      contents: unknown, permission: string,
    ) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(checkHandler({}, permission)).toBe(false);
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

describe('denyAllPermissions', () => {
  it('installs handlers that refuse everything', async () => {
    const { denyAllPermissions } = await import('../../electron/main/permissions');
    const fake = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(fake as unknown as Session);
    const callback = vi.fn();
    (fake.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (g: boolean) => void) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((fake.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean)()).toBe(false);
  });
});
