import type { AppInfo, BackupEntry, ExportPdfOptions, MenuCommand, SaveFileRequest, SaveOutcome } from '@shared/ipc/contract';
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
}
