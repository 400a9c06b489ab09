// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, IPC, type AlignboardBridge } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(() => Promise.resolve()), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

async function loadBridge(): Promise<AlignboardBridge> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('../../electron/preload/index');
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe(BRIDGE_KEY);
  return api as AlignboardBridge;
}

type Relay = (event: unknown, command: unknown) => void;

describe('preload bridge', () => {
  beforeEach(() => {
    electron.ipcRenderer.invoke.mockClear();
    electron.ipcRenderer.on.mockClear();
    electron.ipcRenderer.removeListener.mockClear();
  });

  it('exposes only the named functions of the contract', async () => {
    const api = await loadBridge();
    expect(Object.keys(api).sort()).toEqual([
      'backupsFlushed',
      'deleteBackups',
      'exportPdf',
      'getAppInfo',
      'listBackups',
      'onBackupRequest',
      'onMenuCommand',
      'onRoomClosed',
      'onRoomMessage',
      'openProjector',
      'readBackup',
      'roomAddresses',
      'roomClose',
      'roomOpen',
      'roomSend',
      'saveFile',
      'setLocale',
      'writeBackup',
    ]);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('invokes the fixed channels', async () => {
    const api = await loadBridge();
    await api.setLocale('pl');
    await api.getAppInfo();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[IPC.setLocale, 'pl'], [IPC.getAppInfo]]);
  });

  it('passes on known menu commands and drops anything else', async () => {
    const api = await loadBridge();
    const listener = vi.fn();
    api.onMenuCommand(listener);
    const [channel, relay] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, Relay];
    expect(channel).toBe(IPC.menuCommand);
    relay({}, 'undo');
    relay({}, 'format-disk');
    relay({}, 42);
    expect(listener.mock.calls).toEqual([['undo']]);
  });

  it('returns an unsubscribe that removes exactly its own listener', async () => {
    const api = await loadBridge();
    const unsubscribe = api.onMenuCommand(vi.fn());
    const [, relay] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, Relay];
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC.menuCommand, relay);
  });
});
