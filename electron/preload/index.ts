import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_KEY,
  IPC,
  MENU_COMMANDS,
  type AlignboardBridge,
  type AppInfo,
  type BackupEntry,
  type ExportPdfOptions,
  type SaveFileRequest,
  type RoomAddress,
  type SaveOutcome,
  type MenuCommand,
} from '../../shared/ipc/contract';
import type { Locale } from '../../shared/i18n/locales';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/**
 * The whole surface the renderer gets: named functions over fixed channels.
 * ipcRenderer itself never crosses the bridge, so page code cannot pick a channel.
 */
const api = {
  async getAppInfo(): Promise<AppInfo> {
    const info: unknown = await ipcRenderer.invoke(IPC.getAppInfo);
    return info as AppInfo;
  },

  async setLocale(locale: Locale): Promise<void> {
    await ipcRenderer.invoke(IPC.setLocale, locale);
  },

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const relay = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC.menuCommand, relay);
    return () => {
      ipcRenderer.removeListener(IPC.menuCommand, relay);
    };
  },

  async openProjector(workshopId: string): Promise<void> {
    await ipcRenderer.invoke(IPC.openProjector, workshopId);
  },

  async exportPdf(options: ExportPdfOptions): Promise<SaveOutcome> {
    return (await ipcRenderer.invoke(IPC.exportPdf, options)) as SaveOutcome;
  },

  async saveFile(request: SaveFileRequest): Promise<SaveOutcome> {
    return (await ipcRenderer.invoke(IPC.saveFile, request)) as SaveOutcome;
  },

  async writeBackup(workshopId: string, json: string): Promise<void> {
    await ipcRenderer.invoke(IPC.writeBackup, workshopId, json);
  },

  async listBackups(): Promise<BackupEntry[]> {
    return (await ipcRenderer.invoke(IPC.listBackups)) as BackupEntry[];
  },

  async readBackup(id: string): Promise<string> {
    return (await ipcRenderer.invoke(IPC.readBackup, id)) as string;
  },

  async deleteBackups(workshopId: string): Promise<number> {
    return (await ipcRenderer.invoke(IPC.deleteBackups, workshopId)) as number;
  },

  onBackupRequest(listener: () => void): () => void {
    const relay = (): void => listener();
    ipcRenderer.on(IPC.backupNow, relay);
    return () => {
      ipcRenderer.removeListener(IPC.backupNow, relay);
    };
  },

  async backupsFlushed(): Promise<void> {
    await ipcRenderer.invoke(IPC.backupsFlushed);
  },

  async roomAddresses(): Promise<RoomAddress[]> {
    return (await ipcRenderer.invoke(IPC.roomAddresses)) as RoomAddress[];
  },

  async roomOpen(address: string): Promise<{ joinUrl: string }> {
    return (await ipcRenderer.invoke(IPC.roomOpen, address)) as { joinUrl: string };
  },

  async roomClose(): Promise<void> {
    await ipcRenderer.invoke(IPC.roomClose);
  },

  roomSend(text: string): void {
    ipcRenderer.send(IPC.roomSend, text);
  },

  onRoomMessage(listener: (text: string) => void): () => void {
    const relay = (_event: IpcRendererEvent, text: unknown): void => {
      if (typeof text === 'string') listener(text);
    };
    ipcRenderer.on(IPC.roomMessage, relay);
    return () => {
      ipcRenderer.removeListener(IPC.roomMessage, relay);
    };
  },

  onRoomClosed(listener: () => void): () => void {
    const relay = (): void => listener();
    ipcRenderer.on(IPC.roomClosed, relay);
    return () => {
      ipcRenderer.removeListener(IPC.roomClosed, relay);
    };
  },
} satisfies AlignboardBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, api);
