/**
 * The desktop app, launched for real: Electron with the built app (out/), a
 * fresh data folder, driven through playwright-core's Electron support. Run by
 * `npm run test:desktop` (run.ts), which skips it where Electron cannot be
 * downloaded. One long story, because each launch of Electron is slow and
 * every step builds on the data of the one before.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { eventually, notesList, noteCard, pointerDrag } from '../e2e/support/board';
import { addNote, createWorkshop, writeAs } from '../e2e/support/workshop-flow';

const ROOT = resolve(import.meta.dirname, '../..');
const BINARY = process.env.ALIGNBOARD_ELECTRON ?? '';
const TITLE = 'Desktop smoke workshop';

const home = mkdtempSync(join(tmpdir(), 'alignboard-desktop-'));
const pdfDir = mkdtempSync(join(tmpdir(), 'alignboard-desktop-pdf-'));
/** Linux keeps app data under XDG_CONFIG_HOME; an unpackaged app uses "Alignboard-dev". */
const userData = join(home, 'config', 'Alignboard-dev');
const env: Record<string, string> = {
  ...(process.env as Record<string, string>),
  HOME: home,
  XDG_CONFIG_HOME: join(home, 'config'),
  // Test hook, honoured only by an unpackaged app: PDFs go here without a dialog.
  ALIGNBOARD_TEST_PDF_DIR: pdfDir,
  ELECTRON_ENABLE_LOGGING: '1',
};
// Electron refuses to start its sandbox as root (CI containers) without this.
const args = [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT];

let app: ElectronApplication | null = null;

async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
  app = await _electron.launch({ executablePath: BINARY, args, env, cwd: ROOT, timeout: 60_000 });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

/** Quits the way a user does (before-quit runs, so the final backup is taken). */
async function quit(running: ElectronApplication): Promise<void> {
  const closed = new Promise<void>((done) => running.process().once('exit', () => done()));
  // The process may be gone before it answers: the exit is what counts.
  await running.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => undefined);
  await closed;
  app = null;
}

function backups(): string[] {
  const dir = join(userData, 'backups');
  return existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.json')) : [];
}

afterAll(async () => {
  await app?.close().catch(() => undefined);
  rmSync(home, { recursive: true, force: true });
  rmSync(pdfDir, { recursive: true, force: true });
});

describe('the desktop app', () => {
  it('works end to end: board, restart, projector, menus, PDF, single instance, backups', async () => {
    // 1. First start: the main window shows the bundled app on app://, with the CSP header.
    let { app: running, page } = await launch();
    expect(page.url()).toMatch(/^app:\/\/alignboard\//);
    const csp = await page.evaluate(async () => (await fetch('app://alignboard/index.html')).headers.get('content-security-policy'));
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    await page.getByRole('heading', { level: 1, name: 'Your workshops' }).waitFor();

    // 2. A workshop with notes from both departments, one of them moved.
    await createWorkshop(page, TITLE);
    await page.getByRole('button', { name: /Customer lens/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();
    await writeAs(page, 'Sales');
    await addNote(page, 'Sales sees', 'Named accounts');
    await writeAs(page, 'Marketing');
    await addNote(page, 'Marketing sees', 'Food producers in CEE');
    await pointerDrag(page, noteCard(page, 'Named accounts'), notesList(page, 'Our shared customer definition'));
    await notesList(page, 'Our shared customer definition').getByText('Named accounts', { exact: true }).waitFor();

    // 3. Quit and start again: everything is still there, and a backup was written on quit.
    await quit(running);
    expect(backups().length).toBeGreaterThan(0);
    ({ app: running, page } = await launch());
    await page.getByRole('article', { name: TITLE }).waitFor();
    await page.getByRole('article', { name: TITLE }).getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('button', { name: /Customer lens/ }).click();
    await notesList(page, 'Our shared customer definition').getByText('Named accounts', { exact: true }).waitFor();
    await notesList(page, 'Marketing sees').getByText('Food producers in CEE', { exact: true }).waitFor();

    // 4. The projector: full screen on a second display if there is one, else a second window; it follows the phase.
    const [projector] = await Promise.all([running.waitForEvent('window'), page.getByRole('button', { name: 'Open projector' }).click()]);
    await projector.getByRole('heading', { level: 1, name: 'Customer lens' }).waitFor();
    const placement = await running.evaluate(({ BrowserWindow, screen }) => {
      const win = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().includes('#/projector/'));
      return { fullScreen: win?.isFullScreen() ?? null, displays: screen.getAllDisplays().length };
    });
    expect(placement.fullScreen).toBe(placement.displays > 1);
    await page.getByRole('button', { name: 'Next phase →' }).click();
    await eventually(() => projector.locator('.projector__phase strong').textContent()).toBe('Reveal');

    // 5. File → Home with the projector focused: the main window goes home, the wall does not.
    await running.evaluate(({ BrowserWindow, Menu }) => {
      BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().includes('#/projector/'))?.focus();
      const file = Menu.getApplicationMenu()?.items.find((item) => item.label === 'File');
      file?.submenu?.items.find((item) => item.label === 'Home')?.click();
    });
    await page.getByRole('heading', { level: 1, name: 'Your workshops' }).waitFor();
    expect(projector.url()).toContain('#/projector/');
    expect(await projector.getByRole('heading', { level: 1, name: 'Your workshops' }).count()).toBe(0);

    // 6. The PDF through the real printToPDF, into the test folder, read back with pdftotext.
    // The workshop's id, from the projector's route (#/projector/<id>).
    const id = /#\/projector\/([^/?#]+)/.exec(projector.url())?.[1] ?? '';
    expect(id).not.toBe('');
    const outcome = await page.evaluate(
      (options) => (window as unknown as { alignboard: { exportPdf(o: unknown): Promise<string> } }).alignboard.exportPdf(options),
      { workshopId: decodeURIComponent(id), paper: 'a4', fileName: 'smoke-report' },
    );
    expect(outcome).toBe('saved');
    const pdf = join(pdfDir, 'smoke-report.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain(TITLE);
    expect(text).toContain('Named accounts');

    // 7. A second launch hands over to this one and focuses the main window, not the projector.
    await running.evaluate(({ BrowserWindow }) => {
      const g = globalThis as unknown as { focused: string[] };
      g.focused = [];
      for (const win of BrowserWindow.getAllWindows()) {
        const focus = win.focus.bind(win);
        win.focus = () => {
          g.focused.push(win.webContents.getURL().includes('#/projector/') ? 'projector' : 'main');
          focus();
        };
      }
    });
    const second = spawn(BINARY, args, { env, stdio: 'ignore' });
    const secondExit = await new Promise<number | null>((done) => second.once('exit', (code) => done(code)));
    expect(secondExit).toBe(0);
    await eventually(() => running.evaluate(() => (globalThis as unknown as { focused: string[] }).focused)).toEqual(['main']);

    // 8. A change, then quit: the final snapshot holds it.
    await page.getByRole('article', { name: TITLE }).getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('button', { name: /Customer lens/ }).click();
    await writeAs(page, 'Sales');
    await addNote(page, 'Sales sees', 'Written just before quitting');
    await quit(running);
    const newest = backups().sort().at(-1);
    expect(newest).toBeDefined();
    expect(readFileSync(join(userData, 'backups', newest!), 'utf8')).toContain('Written just before quitting');
  });
});
