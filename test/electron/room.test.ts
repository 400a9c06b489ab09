// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import WebSocket from 'ws';
import { IPC } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const windowLike = () => ({ isDestroyed: () => false, on: () => undefined, webContents: { send: vi.fn() } });
  return {
    main: windowLike(),
    projector: windowLike(),
    app: { isPackaged: true, getAppPath: () => '/nowhere', on: vi.fn() },
    ipcMain: { handle: vi.fn(), on: vi.fn() },
  };
});
vi.mock('electron', () => ({ app: electron.app, ipcMain: electron.ipcMain }));

import { setMainWindow } from '../../electron/main/main-window';
import { close, registerRoomHandlers } from '../../electron/main/room';

const fromWindow = (win: { webContents: unknown }) => ({ senderFrame: { url: 'app://alignboard/index.html' }, sender: win.webContents }) as unknown as IpcMainInvokeEvent;
type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
const invoke = (channel: string, event: IpcMainInvokeEvent, ...args: unknown[]) =>
  (electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)![1] as Invoke)(event, ...args);
const sendFromWindow = (win: { webContents: unknown }, text: string) =>
  (electron.ipcMain.on.mock.calls.find(([name]) => name === IPC.roomSend)![1] as (event: IpcMainEvent, text: unknown) => void)(fromWindow(win) as unknown as IpcMainEvent, text);
/** Messages main relayed to the main window, parsed. */
const relayed = () => electron.main.webContents.send.mock.calls.filter(([channel]) => channel === IPC.roomMessage).map(([, text]) => JSON.parse(String(text)) as { t: string });

beforeEach(() => {
  setMainWindow(electron.main as unknown as BrowserWindow);
  electron.ipcMain.handle.mockClear();
  electron.ipcMain.on.mockClear();
  electron.main.webContents.send.mockClear();
  registerRoomHandlers();
});
afterEach(() => close());

describe('the room in the desktop app', () => {
  it('opens only on an address of this computer, and only for the main window', async () => {
    await expect(invoke(IPC.roomOpen, fromWindow(electron.main), '203.0.113.7')).rejects.toThrow('Not an address of this computer');
    await expect(invoke(IPC.roomOpen, fromWindow(electron.projector), '127.0.0.1')).rejects.toThrow('only the main window');
    await expect(invoke(IPC.roomOpen, fromWindow(electron.main), '0.0.0.0')).rejects.toThrow();
  });

  it('relays the room to the main window over IPC, and a reload re-attaches to the same room', async () => {
    const { joinUrl } = (await invoke(IPC.roomOpen, fromWindow(electron.main), '127.0.0.1')) as { joinUrl: string };
    expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#k=[A-Za-z0-9_-]{43}$/);
    await vi.waitFor(() => expect(relayed().map((message) => message.t)).toEqual(['room']));

    // A phone joins: its join reaches the window; the window's answer reaches the phone.
    const origin = new URL(joinUrl).origin;
    const phone = new WebSocket(`${origin.replace('http', 'ws')}/ws`, { headers: { Origin: origin } });
    const heard: Array<{ t: string }> = [];
    phone.on('message', (data) => heard.push(JSON.parse(String(data)) as { t: string }));
    await new Promise((resolve) => phone.once('open', resolve));
    phone.send(JSON.stringify({ t: 'join', key: joinUrl.split('#k=')[1], name: 'Ala', department: 'sales' }));
    await vi.waitFor(() => expect(relayed().map((message) => message.t)).toContain('join'));
    const join = relayed().find((message) => message.t === 'join') as unknown as { participantId: string };
    sendFromWindow(electron.projector, JSON.stringify({ t: 'joined', participantId: join.participantId })); // ignored: not the main window
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([]);
    sendFromWindow(electron.main, JSON.stringify({ t: 'joined', participantId: join.participantId }));
    await vi.waitFor(() => expect(heard.map((message) => message.t)).toEqual(['welcome']));

    // The window reloads and opens the room again: same room, same address, the phone stays.
    const again = (await invoke(IPC.roomOpen, fromWindow(electron.main), '127.0.0.1')) as { joinUrl: string };
    expect(again.joinUrl).toBe(joinUrl);
    expect(phone.readyState).toBe(WebSocket.OPEN);

    // Closing the room closes the phone's connection with "going away" and tells the window.
    const closed = new Promise<number>((resolve) => phone.once('close', resolve));
    await invoke(IPC.roomClose, fromWindow(electron.main));
    expect(await closed).toBe(1001);
    expect(electron.main.webContents.send).toHaveBeenCalledWith(IPC.roomClosed);
  });
});
