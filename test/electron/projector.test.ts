// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
  const created: Array<{
    options: Record<string, unknown>;
    loadURL: ReturnType<typeof vi.fn>;
    focus: ReturnType<typeof vi.fn>;
    destroyed: boolean;
  }> = [];
  const handlers = new Map<string, Handler>();
  class BrowserWindow {
    readonly once = vi.fn();
    readonly on = vi.fn();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly loadURL = vi.fn(() => Promise.resolve());
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      created.push(this);
    }
    isDestroyed() {
      return this.destroyed;
    }
  }
  const primary = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
  const screen = { displays: [primary], getAllDisplays: vi.fn(), getPrimaryDisplay: vi.fn(() => primary) };
  screen.getAllDisplays.mockImplementation(() => screen.displays);
  return {
    created,
    handlers,
    primary,
    BrowserWindow,
    screen,
    app: { isPackaged: true, getName: () => 'Alignboard', getVersion: () => '1.0.0' },
    nativeTheme: { shouldUseDarkColors: false },
    ipcMain: { handle: vi.fn((channel: string, handler: Handler) => handlers.set(channel, handler)) },
  };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.BrowserWindow,
  app: electron.app,
  nativeTheme: electron.nativeTheme,
  screen: electron.screen,
  ipcMain: electron.ipcMain,
}));

import { IPC } from '../../shared/ipc/contract';
import { openProjectorWindow, projectorUrl, registerProjectorHandlers } from '../../electron/main/projector';
import { buildWebPreferences } from '../../electron/main/window';

const appSender = { senderFrame: { url: 'app://alignboard/index.html' } };

describe('projector window', () => {
  beforeEach(() => {
    electron.created.forEach((win) => (win.destroyed = true));
    electron.created.length = 0;
    electron.screen.displays = [electron.primary];
  });

  it('loads the projector route of the app', () => {
    expect(projectorUrl('w-1', 'app://alignboard/index.html')).toBe('app://alignboard/index.html#/projector/w-1');
  });

  it('opens an ordinary second window with the secure preferences when there is one display', () => {
    openProjectorWindow('w-1');
    const win = electron.created[0]!;
    expect(win.options).toMatchObject({ webPreferences: buildWebPreferences(), show: false });
    expect(win.options.fullscreen).toBeUndefined();
    expect(win.loadURL).toHaveBeenCalledWith('app://alignboard/index.html#/projector/w-1');
  });

  it('goes full screen on the external display when there are two', () => {
    electron.screen.displays = [electron.primary, { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } }];
    openProjectorWindow('w-1');
    expect(electron.created[0]!.options).toMatchObject({ x: 1920, y: 0, fullscreen: true });
  });

  it('reuses an open projector window instead of opening another', () => {
    openProjectorWindow('w-1');
    openProjectorWindow('w-2');
    expect(electron.created).toHaveLength(1);
    expect(electron.created[0]!.loadURL).toHaveBeenLastCalledWith('app://alignboard/index.html#/projector/w-2');
    expect(electron.created[0]!.focus).toHaveBeenCalled();
  });

  it('validates the workshop id and the sender before opening anything', async () => {
    registerProjectorHandlers();
    const handler = electron.handlers.get(IPC.openProjector)!;
    await expect(handler(appSender, '../../etc')).rejects.toThrow(/Invalid arguments/);
    await expect(handler({ senderFrame: { url: 'https://evil.example/' } }, 'w-1')).rejects.toThrow(/untrusted sender/);
    expect(electron.created).toHaveLength(0);
    await handler(appSender, 'w-1');
    expect(electron.created).toHaveLength(1);
  });
});
