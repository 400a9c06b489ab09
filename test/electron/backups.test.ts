// @vitest-environment node
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { IPC } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const windowLike = () => ({ isDestroyed: () => false, on: () => undefined, webContents: { send: vi.fn() } });
  return {
    main: windowLike(),
    projector: windowLike(),
    app: { isPackaged: true, getPath: () => '/nowhere', on: vi.fn(), quit: vi.fn() },
    ipcMain: { handle: vi.fn() },
  };
});
vi.mock('electron', () => ({ app: electron.app, ipcMain: electron.ipcMain }));

import { backupsIdle, installQuitBackup, registerBackupHandlers } from '../../electron/main/backups';
import { setMainWindow } from '../../electron/main/main-window';

const fromWindow = (win: { webContents: unknown }) =>
  ({ senderFrame: { url: 'app://alignboard/index.html' }, sender: win.webContents }) as unknown as IpcMainInvokeEvent;
const mainEvent = fromWindow(electron.main);
const projectorEvent = fromWindow(electron.projector);

type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
const handler = (channel: string) => [...electron.ipcMain.handle.mock.calls].reverse().find(([name]) => name === channel)?.[1] as Invoke;

function snapshot(workshopId: string) {
  return JSON.stringify({ format: 'alignboard-workshop', version: 1, exportedAt: '2026-11-26T10:00:00.000Z', records: [{ type: 'workshop', id: workshopId, title: 'T' }] });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alignboard-backups-ipc-'));
  setMainWindow(electron.main as unknown as BrowserWindow);
  electron.ipcMain.handle.mockClear();
  electron.app.on.mockClear();
  electron.app.quit.mockClear();
  electron.main.webContents.send.mockClear();
  electron.projector.webContents.send.mockClear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('backup IPC', () => {
  it('writes, lists, reads and deletes for the main window, with validated arguments', async () => {
    registerBackupHandlers(() => dir);
    await handler(IPC.writeBackup)(mainEvent, 'w1', snapshot('w1'));
    const list = (await handler(IPC.listBackups)(mainEvent)) as Array<{ id: string }>;
    expect(list.map((entry) => entry.id)).toEqual(['w1--20261126T100000000Z.json']);
    await expect(handler(IPC.readBackup)(mainEvent, list[0]!.id)).resolves.toBe(snapshot('w1'));
    await expect(handler(IPC.readBackup)(mainEvent, '../secret.json')).rejects.toThrow('Invalid arguments');
    await expect(handler(IPC.writeBackup)(mainEvent, '../w1', snapshot('w1'))).rejects.toThrow('Invalid arguments');
    await expect(handler(IPC.deleteBackups)(mainEvent, '../w1')).rejects.toThrow('Invalid arguments');
    await expect(handler(IPC.deleteBackups)(mainEvent, 'w1')).resolves.toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses every backup channel to the projector window, which writes nothing', async () => {
    registerBackupHandlers(() => dir);
    await expect(handler(IPC.writeBackup)(projectorEvent, 'w1', snapshot('w1'))).rejects.toThrow('only the main window');
    await expect(handler(IPC.listBackups)(projectorEvent)).rejects.toThrow('only the main window');
    await expect(handler(IPC.readBackup)(projectorEvent, 'w1--20261126T100000Z.json')).rejects.toThrow('only the main window');
    await expect(handler(IPC.deleteBackups)(projectorEvent, 'w1')).rejects.toThrow('only the main window');
    await expect(handler(IPC.listBackups)({ senderFrame: { url: 'https://evil.example' }, sender: electron.main.webContents } as unknown as IpcMainInvokeEvent)).rejects.toThrow('untrusted sender');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cleans leftovers from the folder when it starts', async () => {
    writeFileSync(join(dir, 'w1--20261126T100000Z.json.1-abc.tmp'), '{"half');
    registerBackupHandlers(() => dir);
    await backupsIdle();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('quitting', () => {
  function beforeQuit(): (event: { preventDefault: () => void }) => void {
    return electron.app.on.mock.calls.find(([name]) => name === 'before-quit')?.[1] as (event: { preventDefault: () => void }) => void;
  }

  it("asks the main window only, and quits once it reports its snapshots written (once)", async () => {
    vi.useFakeTimers();
    try {
      installQuitBackup(5000);
      const event = { preventDefault: vi.fn() };
      beforeQuit()(event);
      expect(event.preventDefault).toHaveBeenCalled();
      expect(electron.main.webContents.send).toHaveBeenCalledWith(IPC.backupNow);
      expect(electron.projector.webContents.send).not.toHaveBeenCalled();

      // The projector cannot cut the wait short.
      await expect(handler(IPC.backupsFlushed)(projectorEvent)).rejects.toThrow('only the main window');
      await vi.advanceTimersByTimeAsync(10);
      expect(electron.app.quit).not.toHaveBeenCalled();

      await handler(IPC.backupsFlushed)(mainEvent);
      await vi.advanceTimersByTimeAsync(0);
      expect(electron.app.quit).toHaveBeenCalledTimes(1);
      const again = { preventDefault: vi.fn() };
      beforeQuit()(again);
      expect(again.preventDefault).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(electron.app.quit).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('quits anyway when the main window does not answer in time', async () => {
    vi.useFakeTimers();
    try {
      installQuitBackup(5000);
      beforeQuit()({ preventDefault: vi.fn() });
      await vi.advanceTimersByTimeAsync(4999);
      expect(electron.app.quit).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(electron.app.quit).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
