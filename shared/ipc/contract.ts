import type { Locale } from '../i18n/locales';
import { MAX_WORKSHOP_FILE_BYTES } from '../model/file-limits';

/**
 * The one contract between the renderer and the Electron main process.
 * Every channel is named here; main validates each payload with its schema in
 * ./schemas.ts (kept apart so the preload bundles no zod), and the preload
 * exposes one named function per channel.
 */
export const IPC = {
  getAppInfo: 'app:get-info',
  setLocale: 'app:set-locale',
  menuCommand: 'menu:command',
  openProjector: 'projector:open',
  exportPdf: 'transfer:export-pdf',
  saveFile: 'transfer:save-file',
  writeBackup: 'transfer:write-backup',
  listBackups: 'transfer:list-backups',
  readBackup: 'transfer:read-backup',
  deleteBackups: 'transfer:delete-backups',
  /** main → renderer: the app is quitting, snapshot what changed. */
  backupNow: 'transfer:backup-now',
  /** renderer → main: the quit snapshots are written (or failed); main may quit. */
  backupsFlushed: 'transfer:backups-flushed',
  roomAddresses: 'room:addresses',
  roomOpen: 'room:open',
  roomClose: 'room:close',
  /** renderer → main (send, not invoke): one host message for the room, as JSON text. */
  roomSend: 'room:send',
  /** main → renderer: one message from the room, as JSON text; or the room closed. */
  roomMessage: 'room:message',
  roomClosed: 'room:closed',
} as const;

/** An address of this laptop a room can listen on, with the network it belongs to. */
export interface RoomAddress {
  address: string;
  /** The network interface's name (e.g. `Wi-Fi`, `en0`), or `loopback`. */
  label: string;
}

export const MENU_COMMANDS = ['undo', 'redo', 'new-workshop', 'go-home', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

/** What the preload exposes on `window.alignboard`. */
export interface AlignboardBridge {
  getAppInfo(): Promise<AppInfo>;
  /** Tells main the UI language so native menus follow it. */
  setLocale(locale: Locale): Promise<void>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Opens (or brings forward) the projector window for a workshop. */
  openProjector(workshopId: string): Promise<void>;
  /** Renders the report route to PDF in main and saves it through the OS dialog. */
  exportPdf(options: ExportPdfOptions): Promise<SaveOutcome>;
  saveFile(request: SaveFileRequest): Promise<SaveOutcome>;
  writeBackup(workshopId: string, json: string): Promise<void>;
  listBackups(): Promise<BackupEntry[]>;
  readBackup(id: string): Promise<string>;
  /** Deletes every snapshot of one workshop (one the user deleted); resolves to how many went. */
  deleteBackups(workshopId: string): Promise<number>;
  /** Subscribes to main's "quitting, back up now"; returns the unsubscribe function. */
  onBackupRequest(listener: () => void): () => void;
  backupsFlushed(): Promise<void>;
  /** The laptop's addresses a room can listen on, local networks first. */
  roomAddresses(): Promise<RoomAddress[]>;
  /** Opens the room on one address (main runs the server); resolves with its join address. */
  roomOpen(address: string): Promise<{ joinUrl: string }>;
  roomClose(): Promise<void>;
  /** One host message (JSON text) to the room. */
  roomSend(text: string): void;
  /** Messages from the room (JSON text); returns the unsubscribe function. */
  onRoomMessage(listener: (text: string) => void): () => void;
  /** The room stopped (closed by main, or the server failed); returns the unsubscribe function. */
  onRoomClosed(listener: () => void): () => void;
}

export const BRIDGE_KEY = 'alignboard';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
/** Largest file the renderer may ask main to save or back up: the one workshop-file limit. */
export const MAX_SAVE_BYTES = MAX_WORKSHOP_FILE_BYTES;
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const SAVE_MIMES = ['text/markdown', 'text/csv', 'application/json', XLSX_MIME] as const;

/** Binary formats cross IPC as base64 text, so every save request stays one plain, validated string. */
export function isBinaryMime(mime: (typeof SAVE_MIMES)[number]): boolean {
  return mime === XLSX_MIME;
}

export interface ExportPdfOptions {
  workshopId: string;
  paper: PaperSize;
  fileName: string;
}

export interface SaveFileRequest {
  fileName: string;
  mime: (typeof SAVE_MIMES)[number];
  /** The text of a text format; for a binary one (.xlsx, see isBinaryMime) its bytes in base64. */
  content: string;
}

/** One snapshot file in the backups folder. */
export interface BackupEntry {
  id: string;
  workshopId: string;
  title: string;
  /** ISO time the snapshot was written. */
  savedAt: string;
  bytes: number;
}

/**
 * Why main refused or failed a backup. It travels in the error's message as
 * `backup-failed:<reason>` (IPC keeps only the message); see backupProblemOf.
 */
export const BACKUP_PROBLEMS = ['diskFull', 'permission', 'tooLarge', 'tooManyNotes', 'invalid'] as const;
export type BackupProblem = (typeof BACKUP_PROBLEMS)[number] | 'unknown';

/** The `<prefix>:<reason>` in an error's message when it is one of `known`, else 'unknown'. */
function reasonIn<Reason extends string>(error: unknown, prefix: string, known: readonly Reason[]): Reason | 'unknown' {
  const message = error instanceof Error ? error.message : String(error);
  const reason = new RegExp(`${prefix}:([A-Za-z]+)`).exec(message)?.[1];
  return (known as readonly string[]).includes(reason ?? '') ? (reason as Reason) : 'unknown';
}

/** The reason in an error from a backup call, or 'unknown'. */
export function backupProblemOf(error: unknown): BackupProblem {
  return reasonIn(error, 'backup-failed', BACKUP_PROBLEMS);
}

/**
 * Why main could not make a PDF: the report route found no such workshop, or
 * did not finish rendering in time. It travels as `pdf-failed:<reason>`.
 */
export const PDF_PROBLEMS = ['notFound', 'timeout'] as const;
export type PdfProblem = (typeof PDF_PROBLEMS)[number] | 'unknown';

/** The reason in an error from the PDF export, or 'unknown'. */
export function pdfProblemOf(error: unknown): PdfProblem {
  return reasonIn(error, 'pdf-failed', PDF_PROBLEMS);
}

/** How a save ended: written, or the user closed the dialog. */
export type SaveOutcome = 'saved' | 'cancelled';
