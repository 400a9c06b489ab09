import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { fromBase64, toBase64 } from '../../shared/export/base64';
import { XLSX_MIME, type SaveFileRequest } from '../../shared/ipc/contract';
import { App } from '../../renderer/src/app/App';
import { AlignboardDatabase } from '../../renderer/src/db/database';
import type { Platform } from '../../renderer/src/platform';
import { createServices } from '../../renderer/src/services';
import { ServicesProvider } from '../../renderer/src/services-context';
import { createFakePlatform } from '../support/services';
import { createWorkshopThroughUi } from '../support/render-app';

vi.setConfig({ testTimeout: 30_000 });

function renderApp() {
  window.location.hash = '';
  localStorage.clear();
  const saved: SaveFileRequest[] = [];
  const platform: Platform = {
    ...createFakePlatform(),
    saveFile: vi.fn(async (request: SaveFileRequest) => {
      saved.push(request);
      return 'saved' as const;
    }),
  };
  const services = createServices({ db: new AlignboardDatabase(`transfer-xlsx-${Math.random()}`), platform });
  const user = userEvent.setup();
  render(
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>,
  );
  return { services, user, saved };
}

describe('base64 for binary saves', () => {
  it('round-trips every byte value and every length', () => {
    for (const length of [0, 1, 2, 3, 4, 255, 256, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 37 + length) % 256);
      const text = toBase64(bytes);
      expect(text).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
      expect([...fromBase64(text)]).toEqual([...bytes]);
    }
    expect(toBase64(new TextEncoder().encode('Sprzedaż'))).toBe(btoa(String.fromCharCode(...new TextEncoder().encode('Sprzedaż'))));
    expect(() => fromBase64('no spaces allowed')).toThrow();
  });
});

describe('Excel workbook from the export menu', () => {
  it('saves an .xlsx through the platform, in the workshop’s language, that reads back as a workbook', async () => {
    const app = renderApp();
    await createWorkshopThroughUi(app.user);
    await app.user.click(screen.getByRole('button', { name: 'Export Sales & Marketing alignment' }));
    await app.user.click(screen.getByRole('button', { name: 'Excel workbook (.xlsx)' }));
    await waitFor(() => expect(app.saved).toHaveLength(1), { timeout: 20_000 });
    const [request] = app.saved;
    expect(request!.mime).toBe(XLSX_MIME);
    expect(request!.fileName).toMatch(/^Alignboard – Sales & Marketing alignment – \d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = fromBase64(request!.content);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Actions', 'Notes', 'KPIs', 'Health check']);
    expect(await screen.findByText(/^Saved “Alignboard – Sales & Marketing alignment – .*\.xlsx”\.$/)).toBeInTheDocument();
  });

  it('is offered on a home card too', async () => {
    const app = renderApp();
    await createWorkshopThroughUi(app.user);
    await app.user.click(screen.getByRole('button', { name: /All workshops/ }));
    const card = await screen.findByRole('article', { name: 'Sales & Marketing alignment' });
    await app.user.click(within(card).getByRole('button', { name: 'Export Sales & Marketing alignment' }));
    await app.user.click(within(card).getByRole('button', { name: 'Excel workbook (.xlsx)' }));
    await waitFor(() => expect(app.saved.map((request) => request.mime)).toEqual([XLSX_MIME]), { timeout: 20_000 });
  });
});
