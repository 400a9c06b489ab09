// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { IPC } from '../../shared/ipc/contract';
import { setLocaleArgs } from '../../shared/ipc/schemas';

const electron = vi.hoisted(() => ({
  app: { isPackaged: true, getName: () => 'Alignboard', getVersion: () => '0.1.0' },
  ipcMain: { handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import { guardHandler, registerIpcHandlers } from '../../electron/main/ipc';

type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function eventFrom(url: string | null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url } } as unknown as IpcMainInvokeEvent;
}

const appEvent = eventFrom('app://alignboard/index.html');

/** The listener registerIpcHandlers gave ipcMain.handle for `channel`. */
function registered(channel: string): Invoke {
  const call = electron.ipcMain.handle.mock.calls.find(([name]) => name === channel);
  if (!call) throw new Error(`no handler for ${channel}`);
  return call[1] as Invoke;
}

describe('guardHandler', () => {
  it('rejects a sender from a foreign origin without running the handler', async () => {
    const fn = vi.fn();
    const invoke = guardHandler(IPC.setLocale, setLocaleArgs, fn);
    await expect(invoke(eventFrom('https://evil.example'), 'pl')).rejects.toThrow(
      'Rejected IPC from untrusted sender',
    );
    expect(fn).not.toHaveBeenCalled();
  });

  it('rejects a sender without a frame', async () => {
    const invoke = guardHandler(IPC.setLocale, setLocaleArgs, vi.fn());
    await expect(invoke(eventFrom(null), 'pl')).rejects.toThrow('Rejected IPC from untrusted sender');
  });

  it('rejects the dev server origin in a packaged app', async () => {
    const invoke = guardHandler(IPC.setLocale, setLocaleArgs, vi.fn(), undefined);
    await expect(invoke(eventFrom('http://localhost:5173/'), 'pl')).rejects.toThrow('untrusted sender');
  });

  it('accepts the dev server origin in development', async () => {
    const fn = vi.fn();
    const invoke = guardHandler(IPC.setLocale, setLocaleArgs, fn, 'http://localhost:5173');
    await invoke(eventFrom('http://localhost:5173/'), 'pl');
    expect(fn).toHaveBeenCalledWith('pl');
  });

  it('rejects malformed arguments without running the handler', async () => {
    const fn = vi.fn();
    const invoke = guardHandler(IPC.setLocale, setLocaleArgs, fn);
    await expect(invoke(appEvent, 'de')).rejects.toThrow(`Invalid arguments for ${IPC.setLocale}`);
    await expect(invoke(appEvent, 42)).rejects.toThrow(`Invalid arguments for ${IPC.setLocale}`);
    await expect(invoke(appEvent)).rejects.toThrow('Invalid arguments');
    await expect(invoke(appEvent, 'pl', 'extra')).rejects.toThrow('Invalid arguments');
    expect(fn).not.toHaveBeenCalled();
  });

  it('runs the handler with validated arguments and returns its result', async () => {
    const invoke = guardHandler(IPC.setLocale, setLocaleArgs, (locale) => `menu in ${locale}`);
    await expect(invoke(appEvent, 'pl')).resolves.toBe('menu in pl');
  });
});

describe('registerIpcHandlers', () => {
  beforeEach(() => {
    electron.ipcMain.handle.mockClear();
  });

  it('rebuilds the menu in the locale the renderer reports', async () => {
    const onLocaleChange = vi.fn();
    registerIpcHandlers(onLocaleChange);
    await registered(IPC.setLocale)(appEvent, 'pl');
    expect(onLocaleChange).toHaveBeenCalledWith('pl');
  });

  it('guards every channel it registers', async () => {
    const onLocaleChange = vi.fn();
    registerIpcHandlers(onLocaleChange);
    await expect(registered(IPC.setLocale)(appEvent, 'de')).rejects.toThrow('Invalid arguments');
    await expect(registered(IPC.getAppInfo)(eventFrom('https://evil.example'))).rejects.toThrow(
      'untrusted sender',
    );
    expect(onLocaleChange).not.toHaveBeenCalled();
  });

  it('answers getAppInfo with name, version and platform', async () => {
    registerIpcHandlers(vi.fn());
    await expect(registered(IPC.getAppInfo)(appEvent)).resolves.toEqual({
      name: 'Alignboard',
      version: '0.1.0',
      platform: process.platform,
    });
  });
});
