import { app, BrowserWindow, dialog, type PrintToPDFOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { IPC, XLSX_MIME, isBinaryMime, type ExportPdfOptions, type PaperSize, type PdfProblem, type SaveFileRequest, type SaveOutcome } from '../../shared/ipc/contract';
import { exportPdfArgs, saveFileArgs } from '../../shared/ipc/schemas';
import { handle } from './ipc';
import { fromMainWindow } from './main-window';
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

/** Why a PDF could not be made; the renderer shows it translated (see pdfProblemOf in the contract). */
export class PdfError extends Error {
  constructor(readonly reason: Exclude<PdfProblem, 'unknown'>) {
    // The reason travels in the message: IPC keeps only an error's message.
    super(`pdf-failed:${reason}`);
  }
}

/** What the report view says on <html>: `data-report-ready` once drawn, `data-report-missing` when there is no such workshop. */
const REPORT_STATE = `(() => {
  const marks = document.documentElement.dataset;
  return marks.reportReady === 'true' ? 'ready' : marks.reportMissing === 'true' ? 'missing' : 'pending';
})()`;

/**
 * Waits until the report view has rendered. Only the renderer can read the
 * workshop (it lives in IndexedDB), so an unknown id is refused as soon as the
 * view says it found nothing, not after the timeout.
 */
async function whenReady(win: BrowserWindow, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = (await win.webContents.executeJavaScript(REPORT_STATE)) as string;
    if (state === 'ready') return;
    if (state === 'missing') throw new PdfError('notFound');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new PdfError('timeout');
}

/** The PDF in progress: reports render one at a time (each is a hidden window holding a whole workshop). */
let rendering: Promise<unknown> = Promise.resolve();

/** Renders the report route in a hidden window with the app's own secure settings and prints it. */
export function renderReportPdf(options: ExportPdfOptions, timeoutMs = READY_TIMEOUT_MS): Promise<Buffer> {
  const render = () => renderNow(options, timeoutMs);
  const next = rendering.then(render, render);
  rendering = next.catch(() => undefined);
  return next;
}

async function renderNow(options: ExportPdfOptions, timeoutMs: number): Promise<Buffer> {
  const win = new BrowserWindow({
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: buildWebPreferences(),
  });
  try {
    await win.loadURL(reportUrl(options));
    await whenReady(win, timeoutMs);
    return await win.webContents.printToPDF(pdfOptions(options.paper));
  } finally {
    win.destroy();
  }
}

/**
 * Test hook, for the desktop smoke test (test/desktop): with
 * ALIGNBOARD_TEST_PDF_DIR set to an absolute folder, a PDF is written there
 * without a dialog. Honoured only when the app is not packaged: an installed
 * app always asks the user where to save.
 */
export function testPdfDir(env: NodeJS.ProcessEnv = process.env, isPackaged: boolean = app.isPackaged): string | undefined {
  const dir = env.ALIGNBOARD_TEST_PDF_DIR;
  return !isPackaged && dir && isAbsolute(dir) ? dir : undefined;
}

async function savePdf(fileName: string, pdf: Buffer): Promise<SaveOutcome> {
  const testDir = testPdfDir();
  if (!testDir) return saveThroughDialog(fileName, 'pdf', pdf);
  await writeFile(join(testDir, safeFileName(fileName, 'pdf')), pdf);
  return 'saved';
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
  // From the main window only: the projector and the hidden report window never export.
  handle(IPC.exportPdf, exportPdfArgs, async (options) => savePdf(options.fileName, await renderReportPdf(options)), fromMainWindow);
  handle(
    IPC.saveFile,
    saveFileArgs,
    (request) =>
      saveThroughDialog(request.fileName, EXTENSIONS[request.mime], isBinaryMime(request.mime) ? Buffer.from(request.content, 'base64') : request.content),
    fromMainWindow,
  );
}
