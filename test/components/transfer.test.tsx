import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { BackupEntry, SaveFileRequest } from '../../shared/ipc/contract';
import { App } from '../../renderer/src/app/App';
import { AlignboardDatabase } from '../../renderer/src/db/database';
import type { Platform } from '../../renderer/src/platform';
import { createServices } from '../../renderer/src/services';
import { ServicesProvider } from '../../renderer/src/services-context';
import { createFakePlatform } from '../support/services';
import { createWorkshopThroughUi } from '../support/render-app';

// Each test drives the whole app through several screens in jsdom: slower than the default 5 s.
vi.setConfig({ testTimeout: 20_000 });

let counter = 0;

/** The app over a fresh database with a platform that records saves (and optionally has backups). */
function renderTransfer(backups: Platform['backups'] = null) {
  window.location.hash = '';
  localStorage.clear();
  const saved: SaveFileRequest[] = [];
  const platform: Platform = {
    ...createFakePlatform(),
    backups,
    saveFile: vi.fn(async (request: SaveFileRequest) => {
      saved.push(request);
      return 'saved' as const;
    }),
    exportPdf: vi.fn(async () => 'saved' as const),
  };
  const services = createServices({ db: new AlignboardDatabase(`transfer-test-${++counter}`), platform });
  const user = userEvent.setup();
  render(
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>,
  );
  return { services, user, saved, platform };
}

/** A workshop with a note, exported as JSON through the menu; back on the home screen afterwards. */
async function workshopAndItsExport(app: ReturnType<typeof renderTransfer>) {
  await createWorkshopThroughUi(app.user);
  await app.user.click(screen.getByRole('button', { name: /Customer lens/ }));
  await app.user.click(await screen.findByRole('textbox', { name: 'Add a note to Sales sees' }));
  await app.user.keyboard('=cmd|calc{Enter}');
  await app.services.app.whenSaved();
  await app.user.click(screen.getByRole('button', { name: 'Export Sales & Marketing alignment' }));
  await app.user.click(screen.getByRole('button', { name: 'Full backup (.json)' }));
  await waitFor(() => expect(app.saved).toHaveLength(1));
  await app.user.click(screen.getByRole('button', { name: /All workshops/ }));
  await screen.findByRole('heading', { level: 1, name: 'Your workshops' });
  return app.saved[0]!.content;
}

async function snapshot(app: ReturnType<typeof renderTransfer>) {
  await app.services.app.whenSaved();
  return (await app.services.db.records.toArray()).sort((a, b) => a.id.localeCompare(b.id));
}

async function importText(app: ReturnType<typeof renderTransfer>, text: string, name = 'workshop.json') {
  const file = new File([text], name, { type: 'application/json' });
  await app.user.upload(screen.getByLabelText('Choose a workshop file (.json) to import'), file);
}

describe('export menu', () => {
  it('saves JSON, Markdown and CSV with a dated file name, and asks the platform for the PDF', async () => {
    const app = renderTransfer();
    await createWorkshopThroughUi(app.user);
    const open = () => app.user.click(screen.getByRole('button', { name: 'Export Sales & Marketing alignment' }));
    await open();
    expect(screen.getByRole('button', { name: 'Export Sales & Marketing alignment' })).toHaveAttribute('aria-expanded', 'true');
    await app.user.click(screen.getByRole('button', { name: 'Markdown (.md)' }));
    await open();
    await app.user.click(screen.getByRole('button', { name: 'Notes as a spreadsheet (.csv)' }));
    await open();
    await app.user.click(screen.getByRole('button', { name: 'PDF report' }));
    await waitFor(() => expect(app.saved).toHaveLength(2));

    expect(app.saved.map((request) => request.mime)).toEqual(['text/markdown', 'text/csv']);
    expect(app.saved[0]!.fileName).toMatch(/^Alignboard – Sales & Marketing alignment – \d{4}-\d{2}-\d{2}\.md$/);
    expect(app.saved[0]!.content).toContain('# Sales \\& Marketing alignment');
    expect(app.saved[1]!.content.startsWith('\uFEFF"Activity","Column","Department","Note","Created"')).toBe(true);
    expect(app.platform.exportPdf).toHaveBeenCalledWith(expect.objectContaining({ paper: 'a4', fileName: expect.stringMatching(/\.pdf$/) }));
    expect(await screen.findByText('The PDF report was saved.')).toBeInTheDocument();
  });

  it('says in words why main made no PDF', async () => {
    const app = renderTransfer();
    await createWorkshopThroughUi(app.user);
    // What ipcRenderer.invoke rejects with when main refuses: only the message crosses.
    vi.mocked(app.platform.exportPdf)
      .mockRejectedValueOnce(new Error("Error invoking remote method 'transfer:export-pdf': Error: pdf-failed:notFound"))
      .mockRejectedValueOnce(new Error("Error invoking remote method 'transfer:export-pdf': Error: pdf-failed:timeout"));
    const exportPdf = async () => {
      await app.user.click(screen.getByRole('button', { name: 'Export Sales & Marketing alignment' }));
      await app.user.click(screen.getByRole('button', { name: 'PDF report' }));
    };
    await exportPdf();
    expect(await screen.findByText(/No PDF was made: the workshop “Sales & Marketing alignment” is not in this app’s data any more/)).toBeInTheDocument();
    await exportPdf();
    expect(await screen.findByText(/No PDF was made: the report did not finish rendering in time/)).toBeInTheDocument();
    expect(screen.queryByText(/pdf-failed/)).not.toBeInTheDocument();
  });

  it('closes with Escape and gives focus back to the Export button', async () => {
    const app = renderTransfer();
    await createWorkshopThroughUi(app.user);
    const button = screen.getByRole('button', { name: 'Export Sales & Marketing alignment' });
    await app.user.click(button);
    expect(screen.getByRole('button', { name: 'PDF report' })).toHaveFocus();
    await app.user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'PDF report' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});

describe('export from a home card', () => {
  it('loads the workshop and saves it without opening it', async () => {
    const app = renderTransfer();
    await createWorkshopThroughUi(app.user);
    await app.user.click(screen.getByRole('button', { name: /All workshops/ }));
    const card = await screen.findByRole('article', { name: 'Sales & Marketing alignment' });
    await app.user.click(within(card).getByRole('button', { name: 'Export Sales & Marketing alignment' }));
    await app.user.click(within(card).getByRole('button', { name: 'Spreadsheet (.csv)' }));
    await waitFor(() => expect(app.saved).toHaveLength(1));
    expect(app.saved[0]!.content.startsWith('\uFEFF"Activity","Column","Department","Note","Created"')).toBe(true);
    expect(screen.getByRole('heading', { level: 1, name: 'Your workshops' })).toBeInTheDocument();
  });
});

describe('import', () => {
  it('adds an exported workshop as a new one and leaves the original untouched', async () => {
    const app = renderTransfer();
    const json = await workshopAndItsExport(app);
    const before = await snapshot(app);
    await importText(app, json);
    expect(await screen.findByText('Imported “Sales & Marketing alignment” as a new workshop.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('article', { name: 'Sales & Marketing alignment' })).toHaveLength(2));
    const after = await snapshot(app);
    expect(after).toHaveLength(before.length * 2);
    // The original records are still there, unchanged.
    for (const record of before) expect(after.find((r) => r.id === record.id)).toEqual(record);
  });

  const badFiles: Array<[string, (json: string) => string, RegExp]> = [
    ['a truncated file', (json) => json.slice(0, 200), /not a complete workshop export: it ends too early/],
    ['a broken line', (json) => json.replace(/"version": (\d+),/, '"version": $1,,'), /it breaks at line 3, column 16\./],
    ['wrong types', (json) => json.replace(/"timeboxMinutes": \d+/, '"timeboxMinutes": "soon"'), /Record \d+ of the file is not valid \(timeboxMinutes:/],
    ['a __proto__ key', (json) => json.replace('"format"', '"__proto__": {"admin": true}, "format"'), /forbidden key “__proto__”/],
    ['a broken reference', (json) => json.replace(/"columnId": "[^"]+"/, '"columnId": "missing"'), /refers to “missing” \(columnId\)/],
    ['an unknown version', (json) => json.replace(/"version": \d+/, '"version": 7'), /newer Alignboard \(format version 7\)/],
  ];

  for (const [label, spoil, message] of badFiles) {
    it(`refuses ${label} with a clear message and changes nothing`, async () => {
      const app = renderTransfer();
      const json = await workshopAndItsExport(app);
      const before = await snapshot(app);
      await importText(app, spoil(json));
      const alert = await screen.findByRole('alert');
      await waitFor(() => expect(alert).toHaveTextContent(message));
      expect(alert).toHaveTextContent('Nothing was imported and nothing was changed.');
      expect(await snapshot(app)).toEqual(before);
      expect(screen.getAllByRole('article')).toHaveLength(1);
    });
  }

  it('refuses an oversized file without reading it', async () => {
    const app = renderTransfer();
    await screen.findByRole('button', { name: 'Create the default workshop' });
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 21 * 1024 * 1024 });
    const text = vi.spyOn(file, 'text');
    await app.user.upload(screen.getByLabelText('Choose a workshop file (.json) to import'), file);
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is 21 MB; the largest workshop file Alignboard imports is 20 MB.');
    expect(text).not.toHaveBeenCalled();
    expect(await app.services.db.records.count()).toBe(0);
  });
});

describe('backups', () => {
  it('are hidden where the platform has none (the browser)', async () => {
    renderTransfer(null);
    await screen.findByRole('button', { name: 'Import workshop…' });
    expect(screen.queryByRole('button', { name: 'Backups…' })).not.toBeInTheDocument();
  });

  it('lists the snapshots and restores one as a new workshop', async () => {
    const files = new Map<string, string>();
    const entries: BackupEntry[] = [];
    const app = renderTransfer({
      writeBackup: async () => {},
      listBackups: async () => entries,
      readBackup: async (id) => files.get(id) ?? '',
      deleteBackups: async () => 0,
      onQuit: () => () => {},
    });
    const json = await workshopAndItsExport(app);
    files.set('w--20261126T101500Z.json', json);
    entries.push({ id: 'w--20261126T101500Z.json', workshopId: 'w', title: 'Sales & Marketing alignment', savedAt: '2026-11-26T10:15:00Z', bytes: json.length });

    await app.user.click(screen.getByRole('button', { name: 'Backups…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Automatic backups' });
    await app.user.click(await within(dialog).findByRole('button', { name: /^Restore Sales & Marketing alignment from/ }));
    expect(await screen.findByText('Restored “Sales & Marketing alignment” as a new workshop.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('article', { name: 'Sales & Marketing alignment' })).toHaveLength(2));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('snapshots every changed workshop when the app quits, and only changed ones', async () => {
    const written: Array<{ workshopId: string; json: string }> = [];
    let quit: (() => Promise<unknown>) | null = null;
    const app = renderTransfer({
      writeBackup: async (workshopId, json) => {
        written.push({ workshopId, json });
      },
      listBackups: async () => [],
      readBackup: async () => '',
      deleteBackups: async () => 0,
      onQuit: (backup) => {
        quit = backup;
        return () => (quit = null);
      },
    });
    await createWorkshopThroughUi(app.user);
    await app.services.app.whenSaved();
    expect(quit).not.toBeNull();
    await quit!();
    expect(written).toHaveLength(1);
    const file = JSON.parse(written[0]!.json) as { format: string; records: Array<{ type: string; id: string }> };
    expect(file.format).toBe('alignboard-workshop');
    expect(file.records[0]).toMatchObject({ type: 'workshop', id: written[0]!.workshopId });
    // Nothing changed since: the next quit writes nothing.
    await quit!();
    expect(written).toHaveLength(1);
  });
});
