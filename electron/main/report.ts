import { app, BrowserWindow, dialog, type PrintToPDFOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IPC, XLSX_MIME, isBinaryMime, type ExportPdfOptions, type PaperSize, type SaveFileRequest, type SaveOutcome } from '../../shared/ipc/contract';
import { exportPdfArgs, saveFileArgs } from '../../shared/ipc/schemas';
import { handle } from './ipc';
import { buildWebPreferences, rendererEntryUrl } from './window';

const READY_TIMEOUT_MS = 20_000;

/**
 * printToPDF settings. Page size, margins, running header and page numbers
 * come from the report's own @page rules (CSS margin boxes, which Chromium
 * prints), so Electron and the browser produce the same pages.
 */
export function pdfOptions(paper: PaperSize): PrintToPDFOptions {
  return {
    pageSize: paper === 'letter' ? 'Letter' : 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  };
}

/** A file name the OS accepts: no path separators, reserved or control characters. */
export function safeFileName(name: string, extension: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 150) || 'Alignboard';
  return cleaned.toLowerCase().endsWith(`.${extension}`) ? cleaned : `${cleaned}.${extension}`;
}

export function reportUrl(options: ExportPdfOptions): string {
  return `${rendererEntryUrl()}#/report/${encodeURIComponent(options.workshopId)}/${options.paper}`;
}

/** Waits until the report view says it has rendered (it sets `data-report-ready` on <html>). */
async function whenReady(win: BrowserWindow): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ready = (await win.webContents.executeJavaScript('document.documentElement.dataset.reportReady === "true"')) as boolean;
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The report did not render in time');
}

/** Renders the report route in a hidden window with the app's own secure settings and prints it. */
export async function renderReportPdf(options: ExportPdfOptions): Promise<Buffer> {
  const win = new BrowserWindow({ show: false, width: 1024, height: 1400, webPreferences: buildWebPreferences() });
  try {
    await win.loadURL(reportUrl(options));
    await whenReady(win);
    return await win.webContents.printToPDF(pdfOptions(options.paper));
  } finally {
    win.destroy();
  }
}

async function saveThroughDialog(fileName: string, extension: string, data: string | Uint8Array): Promise<SaveOutcome> {
  const parent = BrowserWindow.getFocusedWindow();
  const dialogOptions = {
    defaultPath: join(app.getPath('documents'), safeFileName(fileName, extension)),
    filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
  };
  const result = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
  if (result.canceled || !result.filePath) return 'cancelled';
  await writeFile(result.filePath, data);
  return 'saved';
}

const EXTENSIONS: Record<SaveFileRequest['mime'], string> = {
  'text/markdown': 'md',
  'text/csv': 'csv',
  'application/json': 'json',
  [XLSX_MIME]: 'xlsx',
};

export function registerReportHandlers(): void {
  handle(IPC.exportPdf, exportPdfArgs, async (options) => saveThroughDialog(options.fileName, 'pdf', await renderReportPdf(options)));
  handle(IPC.saveFile, saveFileArgs, (request) =>
    saveThroughDialog(request.fileName, EXTENSIONS[request.mime], isBinaryMime(request.mime) ? Buffer.from(request.content, 'base64') : request.content),
  );
}
