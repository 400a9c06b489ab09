import { app, ipcMain } from 'electron';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { IPC } from '../../shared/ipc/contract';
import { roomOpenArgs } from '../../shared/ipc/schemas';
import { loadAssets } from '../room/assets';
import { openRoom, type InProcessHost, type Room } from '../room/server';
import { handle } from './ipc';
import { fromMainWindow, getMainWindow, isMainWindowContents } from './main-window';
import { roomAddresses } from './room-addresses';

/** The port a room tries first (so a firewall rule can name it); any free one if it is taken. */
export const ROOM_PORT = 4190;

interface OpenRoom {
  address: string;
  room: Room;
  host: InProcessHost;
}

let current: OpenRoom | null = null;

function toWindow(channel: string, ...args: unknown[]): void {
  getMainWindow()?.webContents.send(channel, ...args);
}

/** The participant page, built next to the app's own bundles (out/room). */
function assetsFolder(): string {
  return join(app.getAppPath(), 'out', 'room');
}

async function listen(address: string): Promise<Room> {
  const assets = existsSync(join(assetsFolder(), 'index.html')) ? { assets: loadAssets(assetsFolder()) } : {};
  try {
    return await openRoom({ host: address, port: ROOM_PORT, ...assets });
  } catch {
    return openRoom({ host: address, port: 0, ...assets });
  }
}

/**
 * Opens the room on one of the laptop's own addresses, or re-attaches the main
 * window to the room already open there (after a reload of the window): the
 * devices keep their passes. The host connection is in-process, relayed to
 * the main window over IPC.
 */
async function open(address: string): Promise<{ joinUrl: string }> {
  if (!roomAddresses(networkInterfaces()).some((candidate) => candidate.address === address)) {
    throw new Error('Not an address of this computer.');
  }
  if (current && current.address !== address) await close();
  if (!current) {
    const room = await listen(address);
    current = { address, room, host: attach(room) };
  } else {
    current.host.close();
    current.host = attach(current.room);
  }
  return { joinUrl: current.room.joinUrl };
}

function attach(room: Room): InProcessHost {
  const host = room.attachHost(
    (text) => toWindow(IPC.roomMessage, text),
    () => undefined,
  );
  return host;
}

export async function close(): Promise<void> {
  const closing = current;
  current = null;
  if (!closing) return;
  closing.host.close();
  await closing.room.close();
  toWindow(IPC.roomClosed);
}

/** The room's channels, for the main window only; the room closes when the app quits. */
export function registerRoomHandlers(): void {
  handle(IPC.roomAddresses, z.tuple([]), () => roomAddresses(networkInterfaces()), fromMainWindow);
  handle(IPC.roomOpen, roomOpenArgs, open, fromMainWindow);
  handle(IPC.roomClose, z.tuple([]), close, fromMainWindow);
  ipcMain.on(IPC.roomSend, (event, text: unknown) => {
    if (!isMainWindowContents(event.sender) || typeof text !== 'string') return;
    current?.host.send(text);
  });
  app.on('will-quit', () => void close());
}
