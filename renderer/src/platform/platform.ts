import type { AppInfo, BackupEntry, ExportPdfOptions, MenuCommand, RoomAddress, SaveFileRequest, SaveOutcome } from '@shared/ipc/contract';
import type { HostMessage, RoomToHost } from '@shared/room/protocol';
import type { Locale } from '@shared/i18n/locales';

/**
 * What the renderer needs from the machine it runs on. Electron implements it
 * over the preload bridge, a plain browser with web APIs; nothing else in the
 * renderer knows which one it got.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  setLocale(locale: Locale): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Electron: a second window, full screen on an external display if there is one; browser: a new window. */
  openProjector(workshopId: string): Promise<void>;
  /** Electron: PDF through printToPDF and a save dialog; browser: opens the report and prints. */
  exportPdf(options: ExportPdfOptions): Promise<SaveOutcome | 'printing'>;
  /** Electron: save dialog; browser: a download. */
  saveFile(request: SaveFileRequest): Promise<SaveOutcome>;
  /** Automatic backups exist only on the desktop; the browser hides them. */
  backups: {
    writeBackup(workshopId: string, json: string): Promise<void>;
    listBackups(): Promise<BackupEntry[]>;
    readBackup(id: string): Promise<string>;
    /** Deletes every snapshot of one workshop (one that was deleted); resolves to how many went. */
    deleteBackups(workshopId: string): Promise<number>;
    /** Runs `backup` when the app quits; main waits for it (a few seconds at most). */
    onQuit(backup: () => Promise<unknown>): () => void;
  } | null;
  /** The room (participants' devices); null where this platform cannot open one. */
  room: RoomPlatform | null;
}

export type { RoomAddress };

/** What the facilitator's page needs to host a room; the rules and the data stay in the page. */
export interface RoomPlatform {
  /** Where a room can listen (desktop: the laptop's networks; browser: the room `npm run room` started). */
  addresses(): Promise<RoomAddress[]>;
  /** Opens the room (or connects to it) and starts handing its messages to `events`. */
  open(address: string, events: RoomEvents): Promise<RoomLink>;
}

export interface RoomEvents {
  message(message: RoomToHost): void;
  /** The room stopped or the connection to it was lost. */
  closed(): void;
}

export interface RoomLink {
  /** The address participants open (the QR code). */
  readonly joinUrl: string;
  send(message: HostMessage): void;
  close(): Promise<void>;
}
