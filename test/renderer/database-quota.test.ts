import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { openCustomerLens } from '../fixtures/ui';
import { renderApp } from '../support/render-app';

const notesIn = (column: string) =>
  within(screen.getByRole('list', { name: `Notes in ${column}` }))
    .queryAllByRole('paragraph')
    .map((p) => p.textContent);

describe('a full disk while typing', () => {
  it('says so plainly, takes the unsaved note off the board and keeps the typed text', async () => {
    const { user, services } = renderApp();
    await openCustomerLens(user);
    const box = screen.getByRole('textbox', { name: 'Add a note to Sales sees' });
    await user.click(box);
    await user.keyboard('Saved before the disk filled up{Enter}');
    await services.app.whenSaved();

    // The browser refuses the next write, as Chromium does when the quota is used up.
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw quota;
    });
    await user.keyboard('Typed on a full disk{Enter}');

    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(/the disk is full or the storage quota is used up/);
    await waitFor(() => expect(notesIn('Sales sees')).toEqual(['Saved before the disk filled up']), { timeout: 10_000 });
    expect(box).toHaveValue('Typed on a full disk');
    expect(services.app.store.getState().undoStack).toEqual([]);

    // Space freed: the same Enter saves it.
    await user.click(box);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(notesIn('Sales sees')).toEqual(['Saved before the disk filled up', 'Typed on a full disk']), { timeout: 10_000 });
    await services.app.whenSaved();
    expect(await services.db.records.where('type').equals('note').count()).toBe(2);
  }, 20_000);
});
