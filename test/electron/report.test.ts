// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { IPC } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const webContents = {
    executeJavaScript: vi.fn(async (): Promise<string> => 'ready'),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')),
  };
  const windows: Array<{ options: unknown; loadURL: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn> }> = [];
  class BrowserWindow {
    webContents = webContents;
    loadURL = vi.fn(async () => {});
    destroy = vi.fn();
    constructor(readonly options: unknown) {
      windows.push(this);
    }
    static getFocusedWindow = () => null;
  }
  return {
    app: { isPackaged: true, getPath: () => '/home/user/Documents' },
    ipcMain: { handle: vi.fn() },
    dialog: { showSaveDialog: vi.fn() },
    nativeTheme: { shouldUseDarkColors: false },
    BrowserWindow,
    webContents,
    windows,
  };
});
vi.mock('electron', () => electron);
const fs = vi.hoisted(() => ({ writeFile: vi.fn(async () => {}) }));
vi.mock('node:fs/promises', () => fs);

import { pdfOptions, registerReportHandlers, renderReportPdf, reportUrl, safeFileName, testPdfDir } from '../../electron/main/report';
import { setMainWindow } from '../../electron/main/main-window';

const mainWindow = { isDestroyed: () => false, on: () => undefined, webContents: {} };
setMainWindow(mainWindow as unknown as BrowserWindow);
const appEvent = { senderFrame: { url: 'app://alignboard/index.html' }, sender: mainWindow.webContents } as unknown as IpcMainInvokeEvent;
const projectorEvent = { senderFrame: { url: 'app://alignboard/index.html' }, sender: {} } as unknown as IpcMainInvokeEvent;
type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
const handler = (channel: string) => electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)?.[1] as Invoke;

beforeEach(() => {
  electron.ipcMain.handle.mockClear();
  electron.dialog.showSaveDialog.mockReset();
  fs.writeFile.mockClear();
  electron.webContents.printToPDF.mockClear();
  electron.webContents.executeJavaScript.mockReset().mockResolvedValue('ready');
  electron.windows.length = 0;
  registerReportHandlers();
});

describe('report PDF in main', () => {
  it('prints with the report’s own page rules and the chosen paper', () => {
    expect(pdfOptions('a4')).toMatchObject({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdfOptions('letter').pageSize).toBe('Letter');
  });

  it('loads the report route of the workshop', () => {
    expect(reportUrl({ workshopId: 'abc-1', paper: 'letter', fileName: 'x' })).toBe('app://alignboard/index.html#/report/abc-1/letter');
  });

  it('proposes a safe file name', () => {
    expect(safeFileName('Alignboard – Q1: "Sales/Marketing" – 2026-12-01', 'pdf')).toBe('Alignboard – Q1 Sales Marketing – 2026-12-01.pdf');
    expect(safeFileName('../../etc/passwd', 'pdf')).toBe('.. .. etc passwd.pdf');
    expect(safeFileName('report.pdf', 'pdf')).toBe('report.pdf');
  });

  it('renders in a hidden, sandboxed window, then saves where the user chose', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/user/Documents/report.pdf' });
    const outcome = await handler(IPC.exportPdf)(appEvent, { workshopId: 'w1', paper: 'a4', fileName: 'Alignboard – Q1 – 2026-12-01' });
    expect(outcome).toBe('saved');
    const [win] = electron.windows;
    expect(win?.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(win?.loadURL).toHaveBeenCalledWith('app://alignboard/index.html#/report/w1/a4');
    expect(win?.destroy).toHaveBeenCalled();
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: expect.stringMatching(/Alignboard – Q1 – 2026-12-01\.pdf$/) }),
    );
    expect(fs.writeFile).toHaveBeenCalledWith('/home/user/Documents/report.pdf', Buffer.from('%PDF-1.7'));
  });

  it('writes nothing when the dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(handler(IPC.saveFile)(appEvent, { fileName: 'a', mime: 'text/csv', content: 'x' })).resolves.toBe('cancelled');
    expect(fs.writeFile).not.toHaveBeenCalled();
  });

  it('saves exports with the extension of their type', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/tmp/a.csv' });
    await handler(IPC.saveFile)(appEvent, { fileName: 'notes', mime: 'text/csv', content: '\uFEFFa,b' });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'CSV', extensions: ['csv'] }] }));
    expect(fs.writeFile).toHaveBeenCalledWith('/tmp/a.csv', '\uFEFFa,b');
  });

  it('fails at once, saving nothing, when the report view finds no such workshop', async () => {
    electron.webContents.executeJavaScript.mockResolvedValue('missing');
    const exportPdf = handler(IPC.exportPdf)(appEvent, { workshopId: 'deleted-1', paper: 'a4', fileName: 'a' });
    await expect(exportPdf).rejects.toThrow('pdf-failed:notFound');
    // The first look at the view settles it: no polling until the timeout.
    expect(electron.webContents.executeJavaScript).toHaveBeenCalledOnce();
    expect(electron.webContents.printToPDF).not.toHaveBeenCalled();
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(electron.windows[0]?.destroy).toHaveBeenCalled();
  });

  it('gives up with a timeout when the view never says ready or missing', async () => {
    electron.webContents.executeJavaScript.mockResolvedValue('pending');
    await expect(renderReportPdf({ workshopId: 'w1', paper: 'a4', fileName: 'a' }, 120)).rejects.toThrow('pdf-failed:timeout');
    expect(electron.webContents.printToPDF).not.toHaveBeenCalled();
    expect(electron.windows[0]?.destroy).toHaveBeenCalled();
  });

  it('renders the next PDF after one that failed', async () => {
    electron.webContents.executeJavaScript.mockResolvedValueOnce('missing');
    const failed = renderReportPdf({ workshopId: 'gone', paper: 'a4', fileName: 'a' });
    const next = renderReportPdf({ workshopId: 'w1', paper: 'a4', fileName: 'b' });
    await expect(failed).rejects.toThrow('pdf-failed:notFound');
    await expect(next).resolves.toEqual(Buffer.from('%PDF-1.7'));
  });

  it('renders one PDF at a time', async () => {
    let release: () => void = () => undefined;
    electron.webContents.printToPDF.mockImplementationOnce(() => new Promise((resolve) => (release = () => resolve(Buffer.from('%PDF-1')))));
    const first = renderReportPdf({ workshopId: 'w1', paper: 'a4', fileName: 'a' });
    const second = renderReportPdf({ workshopId: 'w2', paper: 'a4', fileName: 'b' });
    await vi.waitFor(() => expect(electron.webContents.printToPDF).toHaveBeenCalledOnce());
    expect(electron.windows).toHaveLength(1);
    release();
    await first;
    await second;
    expect(electron.windows).toHaveLength(2);
    expect(electron.windows[0]?.destroy).toHaveBeenCalled();
  });

  it('honours the PDF test hook only outside a packaged app, and only for an absolute folder', () => {
    expect(testPdfDir({ ALIGNBOARD_TEST_PDF_DIR: '/tmp/pdfs' }, false)).toBe('/tmp/pdfs');
    expect(testPdfDir({ ALIGNBOARD_TEST_PDF_DIR: '/tmp/pdfs' }, true)).toBeUndefined();
    expect(testPdfDir({ ALIGNBOARD_TEST_PDF_DIR: 'relative' }, false)).toBeUndefined();
    expect(testPdfDir({}, false)).toBeUndefined();
  });

  it('ignores the PDF test hook in the packaged app: the user still chooses where to save', async () => {
    process.env.ALIGNBOARD_TEST_PDF_DIR = '/tmp/pdfs';
    try {
      electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
      await expect(handler(IPC.exportPdf)(appEvent, { workshopId: 'w1', paper: 'a4', fileName: 'a' })).resolves.toBe('cancelled');
      expect(fs.writeFile).not.toHaveBeenCalled();
    } finally {
      delete process.env.ALIGNBOARD_TEST_PDF_DIR;
    }
  });

  it('refuses exports from any window but the main one', async () => {
    await expect(handler(IPC.exportPdf)(projectorEvent, { workshopId: 'w1', paper: 'a4', fileName: 'a' })).rejects.toThrow('only the main window');
    await expect(handler(IPC.saveFile)(projectorEvent, { fileName: 'a', mime: 'text/csv', content: 'x' })).rejects.toThrow('only the main window');
    expect(electron.windows).toHaveLength(0);
  });

  it('refuses bad payloads and foreign senders before any work', async () => {
    const exportPdf = handler(IPC.exportPdf);
    await expect(exportPdf(appEvent, { workshopId: '../x', paper: 'a4', fileName: 'a' })).rejects.toThrow('Invalid arguments');
    await expect(exportPdf(appEvent, { workshopId: 'w1', paper: 'a3', fileName: 'a' })).rejects.toThrow('Invalid arguments');
    await expect(handler(IPC.saveFile)(appEvent, { fileName: 'a', mime: 'text/html', content: '<script>' })).rejects.toThrow('Invalid arguments');
    await expect(exportPdf({ senderFrame: { url: 'https://evil.example' } } as unknown as IpcMainInvokeEvent, { workshopId: 'w1', paper: 'a4', fileName: 'a' })).rejects.toThrow('untrusted sender');
    expect(electron.windows).toHaveLength(0);
    expect(fs.writeFile).not.toHaveBeenCalled();
  });
});
