import { z } from 'zod';
import { LOCALES, type Locale } from '../i18n/locales';

/**
 * The one contract between the renderer and the Electron main process.
 * Every channel is named here; main validates each payload with the schema
 * next to it, and the preload exposes one named function per channel.
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
  /** main → renderer: the app is quitting, snapshot what changed. */
  backupNow: 'transfer:backup-now',
  /** renderer → main: the quit snapshots are written (or failed); main may quit. */
  backupsFlushed: 'transfer:backups-flushed',
} as const;

export const setLocaleArgs = z.tuple([z.enum(LOCALES)]);

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
  /** Subscribes to main's "quitting, back up now"; returns the unsubscribe function. */
  onBackupRequest(listener: () => void): () => void;
  backupsFlushed(): Promise<void>;
}

export const BRIDGE_KEY = 'alignboard';

// --- Projector window (issue 3) ---
/** A workshop id as it appears in the projector route; a safe alphabet, since main puts it in a URL. */
export const openProjectorArgs = z.tuple([z.string().regex(/^[A-Za-z0-9_-]{1,100}$/)]);

// --- Export, backups (issue 5) ---
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
/** Ids are the app's own (uuids); kept to a safe alphabet since main puts them in file names and URLs. */
const safeId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
/** Largest file the renderer may ask main to save or back up (a 2,000-note workshop is ~1 MB). */
export const MAX_SAVE_BYTES = 50 * 1024 * 1024;

export const exportPdfArgs = z.tuple([
  z.strictObject({ workshopId: safeId, paper: z.enum(PAPER_SIZES), fileName: z.string().min(1).max(200) }),
]);
export type ExportPdfOptions = z.infer<typeof exportPdfArgs>[0];
export const saveFileArgs = z.tuple([
  z.strictObject({
    fileName: z.string().min(1).max(200),
    mime: z.enum(['text/markdown', 'text/csv', 'application/json']),
    content: z.string().max(MAX_SAVE_BYTES),
  }),
]);
export type SaveFileRequest = z.infer<typeof saveFileArgs>[0];
export const writeBackupArgs = z.tuple([safeId, z.string().min(2).max(MAX_SAVE_BYTES)]);
export const readBackupArgs = z.tuple([z.string().regex(/^[A-Za-z0-9_-]{1,100}--\d{8}T\d{6}Z\.json$/)]);

/** One snapshot file in the backups folder. */
export interface BackupEntry {
  id: string;
  workshopId: string;
  title: string;
  /** ISO time the snapshot was written. */
  savedAt: string;
  bytes: number;
}

/** How a save ended: written, or the user closed the dialog. */
export type SaveOutcome = 'saved' | 'cancelled';
