/**
 * Hostile workshop files, imported through the real path (the Import button,
 * the pure import, the store), then shown on every screen that reads them:
 * the home card, the board, the projector and the report. A file that passes
 * must show content on each, never a blank page or the failure screen; a file
 * that is refused must say why and change nothing.
 */
import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { workshopToJson } from '../../shared/export/json';
import { applyDiff } from '../../shared/model/diff';
import { addNote } from '../../shared/ops/notes';
import { renderApp } from '../support/render-app';
import { makeContext, makeWorkshop } from '../support/workshop';

vi.setConfig({ testTimeout: 30_000 });

const NOTE = 'Leads arrive too late';
const slow = { timeout: 15_000 };

type FileRecord = Record<string, unknown> & { type: string; id: string };
interface WorkshopFile {
  format: string;
  version: number;
  records: FileRecord[];
  [key: string]: unknown;
}

/** A valid export: the default workshop with one note on the customer lens. */
function baseFile(): WorkshopFile {
  const ctx = makeContext('file');
  const { records, columns } = makeWorkshop(ctx);
  const withNote = applyDiff(records, addNote(records, { columnId: columns[0]!.id, text: NOTE, department: 'sales' }, ctx));
  return JSON.parse(workshopToJson(withNote, ctx.now)) as WorkshopFile;
}

const first = (file: WorkshopFile, type: string) => file.records.find((record) => record.type === type)!;
const spoil = (change: (file: WorkshopFile) => void) => () => {
  const file = baseFile();
  change(file);
  return JSON.stringify(file, null, 2);
};

async function importText(user: ReturnType<typeof renderApp>['user'], text: string) {
  const file = new File([text], 'hostile.json', { type: 'application/json' });
  await user.upload(screen.getByLabelText('Choose a workshop file (.json) to import'), file);
}

function go(hash: string) {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

/** No screen fell back to the failure message. */
function notFailed() {
  expect(screen.queryByRole('heading', { name: 'This screen could not be shown' })).not.toBeInTheDocument();
}

/** The imported workshop shows real content on the home card, the board, the projector and the report. */
async function showsEverywhere(app: ReturnType<typeof renderApp>, title: RegExp) {
  const card = await screen.findByRole('article', { name: title }, slow);
  expect(within(card).getByText('1 note')).toBeInTheDocument();
  notFailed();
  const workshop = (await app.services.db.records.where('type').equals('workshop').toArray())[0]!;

  await app.user.click(within(card).getByRole('button', { name: 'Open' }));
  await app.user.click(await screen.findByRole('button', { name: /Customer lens/ }, slow));
  const list = await screen.findByRole('list', { name: 'Notes in Sales sees' }, slow);
  expect(within(list).getByText(NOTE)).toBeInTheDocument();
  notFailed();

  go(`#/projector/${encodeURIComponent(workshop.id)}`);
  expect(await screen.findByRole('main', { name: 'Projector' }, slow)).toHaveTextContent(/\S/);
  notFailed();

  go(`#/report/${encodeURIComponent(workshop.id)}/a4`);
  const report = await screen.findByRole('heading', { level: 1, name: title }, slow);
  expect(report.closest('.report-screen')).toHaveTextContent(NOTE);
  notFailed();
  // The page header's CSS stays one well-formed rule whatever the title holds.
  const css = document.querySelector('.report-screen style')?.textContent ?? '';
  const header = /@top-left \{ content: ("(?:[^"\\]|\\.)*");/s.exec(css)?.[1];
  expect(header).toBeDefined();
  expect(header).not.toMatch(/[\r\n\f]/);
  go('#/');
}

/** Files the import accepts: each must show content everywhere. */
const accepted: Array<[string, () => string, RegExp]> = [
  ['an unchanged export (the control)', spoil(() => {}), /^Q1 alignment$/],
  [
    'markup and an RTL override in the title',
    spoil((file) => (first(file, 'workshop').title = '<img src=x onerror="window.pwned=1"> Q1 \u202Egnp.exe')),
    /<img src=x onerror="window.pwned=1"> Q1/,
  ],
];

/** Files the import refuses, with the message that says why. */
const refused: Array<[string, () => string, RegExp]> = [
  ['a truncated file', () => spoil(() => {})().slice(0, 300), /not a complete workshop export: it ends too early/],
  ['a file that is not JSON', () => '\u0000\u0001PK zip bytes', /not a valid workshop export: it breaks at line 1, column 1\./],
  ['another JSON document', () => JSON.stringify({ hello: 'world' }), /not an Alignboard workshop file/],
  ['records that are not a list', spoil((file) => (file.records = {} as never)), /not an Alignboard workshop file/],
  ['a __proto__ key', () => spoil(() => {})().replace('"format"', '"__proto__": {"admin": true}, "format"'), /forbidden key “__proto__”/],
  ['a constructor key', () => spoil(() => {})().replace('"format"', '"constructor": {"prototype": {}}, "format"'), /forbidden key “(constructor|prototype)”/],
  ['a newer format version', spoil((file) => (file.version = 99)), /newer Alignboard \(format version 99\)/],
  ['a wrong type', spoil((file) => (first(file, 'activity').timeboxMinutes = 'soon')), /is not valid \(timeboxMinutes:/],
  ['an overlong note', spoil((file) => (first(file, 'note').text = 'x'.repeat(100_000))), /is not valid \(text:/],
  ['two workshops', spoil((file) => file.records.push({ ...first(file, 'workshop'), id: 'second' })), /exactly one workshop/],
  ['no workshop', spoil((file) => (file.records = file.records.filter((record) => record.type !== 'workshop'))), /exactly one workshop/],
  ['a record of another workshop', spoil((file) => (first(file, 'note').workshopId = 'elsewhere')), /belongs to a different workshop/],
  ['a duplicate id', spoil((file) => file.records.push({ ...first(file, 'note') })), /have the same id/],
  ['a broken reference', spoil((file) => (first(file, 'note').columnId = 'missing')), /refers to “missing” \(columnId\)/],
];

/** A facilitation run whose timer cannot be read as a time. */
function runWithTimer(file: WorkshopFile, startedAt: string) {
  const workshop = first(file, 'workshop');
  const activity = first(file, 'activity');
  file.records.push({
    type: 'activityRun',
    id: 'run-1',
    workshopId: workshop.id,
    activityId: activity.id,
    phase: 'write',
    timer: { startedAt, accumulatedMs: 0, extraMinutes: 0 },
    spotlightId: null,
    skipped: false,
    prompt: null,
  });
}

/** Values the schema took but the app cannot use: refused since field validation (real times, days, ids, keys, kinds). */
const refusedFields: Array<[string, () => string, RegExp]> = [
  ['a title with a lone carriage return', spoil((file) => (first(file, 'workshop').title = 'Q1\ralignment";} body{display:none')), /title: Line breaks/],
  ['an unparseable timestamp', spoil((file) => (first(file, 'note').createdAt = 'yesterday at noon')), /createdAt/],
  ['an unparseable workshop time', spoil((file) => (first(file, 'workshop').updatedAt = 'not a time')), /updatedAt/],
  ['an invalid calendar day', spoil((file) => (first(file, 'workshop').date = '2026-02-31')), /date/],
  [
    'duplicate department ids',
    spoil((file) => {
      const departments = first(file, 'workshop').departments as Array<{ id: string }>;
      departments[1]!.id = 'sales';
    }),
    /departments/,
  ],
  ['a bad order key', spoil((file) => (first(file, 'note').order = 'not a key!')), /order/],
  ['timer values that produce NaN', spoil((file) => runWithTimer(file, 'soon')), /startedAt/],
  [
    'a record kind that does not belong in a workshop file',
    spoil((file) =>
      file.records.push({
        type: 'customTemplate',
        id: 'tpl-1',
        workshopId: first(file, 'workshop').id,
        title: 'Smuggled template',
        activities: [{ templateKey: null, title: 'A', timeboxMinutes: 5, columns: [{ templateKey: null, title: 'C' }] }],
        createdAt: '2026-11-26T10:00:00.000Z',
      }),
    ),
    /customTemplate|type/,
  ],
];

describe('hostile workshop files', () => {
  for (const [label, make, title] of accepted) {
    it(`accepts ${label} and shows it on the home card, board, projector and report`, async () => {
      vi.spyOn(console, 'error');
      const app = renderApp();
      await screen.findByRole('heading', { name: 'No workshops yet' }, slow);
      await importText(app.user, make());
      expect(await screen.findByText(/Imported “.*” as a new workshop\./s, {}, slow)).toBeInTheDocument();
      await showsEverywhere(app, title);
      expect((window as { pwned?: unknown }).pwned).toBeUndefined();
      expect(console.error).not.toHaveBeenCalled();
    });
  }

  for (const [label, make, message] of [...refused, ...refusedFields]) {
    it(`refuses ${label} with a clear message and changes nothing`, async () => {
      const app = renderApp();
      await screen.findByRole('heading', { name: 'No workshops yet' }, slow);
      await importText(app.user, make());
      const alert = await screen.findByRole('alert', {}, slow);
      await waitFor(() => expect(alert).toHaveTextContent(message));
      expect(alert).toHaveTextContent('Nothing was imported and nothing was changed.');
      expect(await app.services.db.records.count()).toBe(0);
      expect(screen.getByRole('heading', { name: 'No workshops yet' })).toBeInTheDocument();
      notFailed();
    });
  }

  it('refuses a file over the size limit without reading it', async () => {
    const app = renderApp();
    await screen.findByRole('heading', { name: 'No workshops yet' }, slow);
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 64 * 1024 * 1024 });
    const read = vi.spyOn(file, 'text');
    await app.user.upload(screen.getByLabelText('Choose a workshop file (.json) to import'), file);
    expect(await screen.findByRole('alert', {}, slow)).toHaveTextContent(/This file is 64 MB; the largest workshop file Alignboard imports is \d+ MB\./);
    expect(read).not.toHaveBeenCalled();
    expect(await app.services.db.records.count()).toBe(0);
  });
});
