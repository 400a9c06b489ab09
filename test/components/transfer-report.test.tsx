import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createWorkshopThroughUi, renderApp } from '../support/render-app';

vi.setConfig({ testTimeout: 20_000 });

async function openReport() {
  const app = renderApp();
  await createWorkshopThroughUi(app.user);
  await app.user.click(screen.getByRole('button', { name: /Customer lens/ }));
  await app.user.click(await screen.findByRole('textbox', { name: 'Add a note to Sales sees' }));
  await app.user.keyboard('<b>not bold</b>{Enter}');
  await app.services.app.whenSaved();
  const id = /#\/workshop\/([^/]+)/.exec(window.location.hash)?.[1] ?? '';
  window.location.hash = `#/report/${id}/a4`;
  const report = await screen.findByRole('article', { name: 'Workshop report' });
  return { ...app, id, report };
}

describe('report view', () => {
  it('shows the workshop as printable sections with its notes and a labelled chart', async () => {
    const { report } = await openReport();
    expect(within(report).getByRole('heading', { level: 1, name: 'Sales & Marketing alignment' })).toBeInTheDocument();
    const titles = within(report).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles.slice(0, 4)).toEqual(['Executive summary', 'Agenda', '1. Opening & health check', '2. Customer lens']);
    const lens = within(report).getByRole('region', { name: '2. Customer lens' });
    // Typed markup is shown as text, never as markup.
    expect(within(lens).getByText('<b>not bold</b>')).toBeInTheDocument();
    expect(lens.querySelector('b')).toBeNull();
    expect(within(report).getByRole('img', { name: /Notes per department in each activity/ })).toBeInTheDocument();
    // Set by an effect once the report is drawn (the PDF export waits for it).
    await waitFor(() => expect(document.documentElement.dataset.reportReady).toBe('true'));
  });

  it('switches to US Letter from the toolbar and goes back to the workshop', async () => {
    const { user, id } = await openReport();
    const toolbar = screen.getByRole('toolbar', { name: 'Report tools' });
    await user.selectOptions(within(toolbar).getByRole('combobox', { name: 'Paper size' }), 'US Letter');
    await waitFor(() => expect(window.location.hash).toBe(`#/report/${id}/letter`));
    expect(document.querySelector('style')?.textContent).toContain('size: letter');
    await user.click(within(toolbar).getByRole('button', { name: /Back to the workshop/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Opening & health check' })).toBeInTheDocument();
  });

  it('says so when the workshop does not exist, and marks the page for the PDF export', async () => {
    renderApp();
    window.location.hash = '#/report/nothing-here/a4';
    expect(await screen.findByText('This workshop no longer exists, so there is no report to show.')).toBeInTheDocument();
    // Main waits for either mark: this one makes the export fail at once.
    await waitFor(() => expect(document.documentElement.dataset.reportMissing).toBe('true'));
    expect(document.documentElement.dataset.reportReady).toBeUndefined();
  });

  it('does not mark an existing workshop as missing', async () => {
    await openReport();
    await waitFor(() => expect(document.documentElement.dataset.reportReady).toBe('true'));
    expect(document.documentElement.dataset.reportMissing).toBeUndefined();
  });
});
