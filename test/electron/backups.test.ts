// @vitest-environment node
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { IPC } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const window = { isDestroyed: () => false, webContents: { send: vi.fn() } };
  return {
    app: { isPackaged: true, getPath: () => '/nowhere', on: vi.fn(), quit: vi.fn() },
    ipcMain: { handle: vi.fn() },
    BrowserWindow: { getAllWindows: vi.fn(() => [window]) },
    window,
  };
});
vi.mock('electron', () => electron);

import { BACKUPS_KEPT, installQuitBackup, listBackups, readBackup, registerBackupHandlers, writeBackup } from '../../electron/main/backups';

const appEvent = { senderFrame: { url: 'app://alignboard/index.html' } } as unknown as IpcMainInvokeEvent;

function snapshot(workshopId: string, title = 'Q1 "alignment"') {
  return JSON.stringify(
    { format: 'alignboard-workshop', version: 1, exportedAt: 'x', records: [{ type: 'workshop', id: workshopId, workshopId, title }] },
    null,
    2,
  );
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alignboard-backups-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('backups', () => {
  it('writes a snapshot and lists it with its workshop, title and time', async () => {
    const name = await writeBackup(dir, 'w1', snapshot('w1'), new Date('2026-11-26T15:30:05.123Z'));
    expect(name).toBe('w1--20261126T153005Z.json');
    expect(await listBackups(dir)).toEqual([
      { id: name, workshopId: 'w1', title: 'Q1 "alignment"', savedAt: '2026-11-26T15:30:05Z', bytes: snapshot('w1').length },
    ]);
    expect(await readBackup(dir, name)).toBe(snapshot('w1'));
  });

  it(`keeps the newest ${BACKUPS_KEPT} of each workshop and leaves other workshops alone`, async () => {
    await writeBackup(dir, 'other', snapshot('other'), new Date('2026-01-01T00:00:00Z'));
    for (let minute = 0; minute < BACKUPS_KEPT + 3; minute++) {
      await writeBackup(dir, 'w1', snapshot('w1'), new Date(Date.UTC(2026, 10, 26, 10, minute)));
    }
    const files = readdirSync(dir).sort();
    expect(files.filter((file) => file.startsWith('w1--'))).toHaveLength(BACKUPS_KEPT);
    expect(files).toContain('w1--20261126T101200Z.json');
    expect(files).not.toContain('w1--20261126T100200Z.json');
    expect(files).toContain('other--20260101T000000Z.json');
    expect(files.some((file) => file.endsWith('.tmp'))).toBe(false);
  });

  it('refuses to store anything but an export of the named workshop', async () => {
    await expect(writeBackup(dir, 'w1', snapshot('w2'))).rejects.toThrow('not an export of this workshop');
    await expect(writeBackup(dir, 'w1', '{"format":"other"}')).rejects.toThrow();
    await expect(writeBackup(dir, 'w1', 'not json')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('ignores foreign files and never reads outside the folder', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    expect(await listBackups(dir)).toEqual([]);
    await expect(readBackup(dir, '../../etc/passwd')).rejects.toThrow('Unknown backup');
    expect(await listBackups(join(dir, 'missing'))).toEqual([]);
  });

  it('registers validated IPC handlers over the folder', async () => {
    registerBackupHandlers(() => dir);
    const handler = (channel: string) =>
      electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)?.[1] as (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
    await handler(IPC.writeBackup)(appEvent, 'w1', snapshot('w1'));
    const list = (await handler(IPC.listBackups)(appEvent)) as Array<{ id: string }>;
    expect(list).toHaveLength(1);
    await expect(handler(IPC.readBackup)(appEvent, list[0]!.id)).resolves.toBe(snapshot('w1'));
    await expect(handler(IPC.readBackup)(appEvent, '../secret.json')).rejects.toThrow('Invalid arguments');
    await expect(handler(IPC.writeBackup)(appEvent, '../w1', snapshot('w1'))).rejects.toThrow('Invalid arguments');
    await expect(handler(IPC.listBackups)({ senderFrame: { url: 'https://evil.example' } } as unknown as IpcMainInvokeEvent)).rejects.toThrow('untrusted sender');
  });

  it('holds the quit until the renderer has written its snapshots, then quits once', async () => {
    vi.useFakeTimers();
    try {
      electron.ipcMain.handle.mockClear();
      installQuitBackup(5000);
      const beforeQuit = electron.app.on.mock.calls.find(([name]) => name === 'before-quit')?.[1] as (event: { preventDefault: () => void }) => void;
      const event = { preventDefault: vi.fn() };
      beforeQuit(event);
      expect(event.preventDefault).toHaveBeenCalled();
      expect(electron.window.webContents.send).toHaveBeenCalledWith(IPC.backupNow);
      expect(electron.app.quit).not.toHaveBeenCalled();

      const flushed = electron.ipcMain.handle.mock.calls.find(([name]) => name === IPC.backupsFlushed)?.[1] as (event: IpcMainInvokeEvent) => Promise<void>;
      await flushed(appEvent);
      expect(electron.app.quit).toHaveBeenCalledTimes(1);
      // The second before-quit (from app.quit) goes through.
      const again = { preventDefault: vi.fn() };
      beforeQuit(again);
      expect(again.preventDefault).not.toHaveBeenCalled();
      vi.advanceTimersByTime(10_000);
      expect(electron.app.quit).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('quits anyway when the renderer does not answer in time', () => {
    vi.useFakeTimers();
    try {
      electron.app.on.mockClear();
      electron.app.quit.mockClear();
      installQuitBackup(5000);
      const beforeQuit = electron.app.on.mock.calls.find(([name]) => name === 'before-quit')?.[1] as (event: { preventDefault: () => void }) => void;
      beforeQuit({ preventDefault: vi.fn() });
      vi.advanceTimersByTime(4999);
      expect(electron.app.quit).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(electron.app.quit).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
