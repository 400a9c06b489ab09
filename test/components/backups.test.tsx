import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { BackupEntry } from '../../shared/ipc/contract';
import type { Platform } from '../../renderer/src/platform';
import { createWorkshopThroughUi, renderApp } from '../support/render-app';

vi.setConfig({ testTimeout: 20_000 });

function renderWithBackups(backups: NonNullable<Platform['backups']>, hash = '') {
  return renderApp({ backups }, hash);
}

function fakeBackups(overrides: Partial<NonNullable<Platform['backups']>> = {}) {
  let quit: (() => Promise<unknown>) | null = null;
  const backups: NonNullable<Platform['backups']> = {
    writeBackup: vi.fn(async () => {}),
    listBackups: async () => [],
    readBackup: async () => '',
    deleteBackups: vi.fn(async () => 0),
    onQuit: (backup) => {
      quit = backup;
      return () => (quit = null);
    },
    ...overrides,
  };
  return { backups, quit: () => quit?.() };
}

describe('failing backups', () => {
  it('say why in a notice that stays, and say when they work again', async () => {
    let diskFull = true;
    const fake = fakeBackups({
      writeBackup: vi.fn(async () => {
        if (diskFull) throw new Error("Error invoking remote method 'transfer:write-backup': Error: backup-failed:diskFull");
      }),
    });
    const app = renderWithBackups(fake.backups);
    await createWorkshopThroughUi(app.user);
    await app.services.app.whenSaved();

    await fake.quit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Automatic backups are failing: the disk is full.');

    // Still failing: the same notice stays (not announced again).
    await fake.quit();
    expect(screen.getByRole('alert')).toHaveTextContent('the disk is full');

    diskFull = false;
    await fake.quit();
    expect(await screen.findByText('Automatic backups work again.')).toBeInTheDocument();
  });

  it('are never taken by the projector window', async () => {
    const fake = fakeBackups();
    renderWithBackups(fake.backups, '#/projector/w1');
    await waitFor(() => expect(document.body.textContent).not.toBe(''));
    expect(fake.quit()).toBeUndefined();
  });
});

describe('backups of deleted workshops', () => {
  it('can be deleted from the Backups dialog, after a confirmation', async () => {
    const entries: BackupEntry[] = [
      { id: 'gone--20261126T101500000Z.json', workshopId: 'gone', title: 'Old workshop', savedAt: '2026-11-26T10:15:00.000Z', bytes: 10 },
      { id: 'gone--20261126T100000000Z.json', workshopId: 'gone', title: 'Old workshop', savedAt: '2026-11-26T10:00:00.000Z', bytes: 10 },
    ];
    const deleteBackups = vi.fn(async () => {
      const count = entries.length;
      entries.length = 0;
      return count;
    });
    const fake = fakeBackups({ listBackups: async () => [...entries], deleteBackups });
    const app = renderWithBackups(fake.backups);
    await app.user.click(await screen.findByRole('button', { name: 'Backups…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Automatic backups' });
    expect(await within(dialog).findByRole('heading', { name: 'Backups of deleted workshops' })).toBeInTheDocument();

    await app.user.click(within(dialog).getByRole('button', { name: 'Delete all backups of Old workshop' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete the backups of “Old workshop”?' });
    expect(confirm).toHaveTextContent('All 2 of its backups will be deleted for good.');
    await app.user.click(within(confirm).getByRole('button', { name: 'Delete backups' }));

    expect(deleteBackups).toHaveBeenCalledWith('gone');
    expect(await screen.findByText('Deleted 2 backups of “Old workshop”.')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).queryByRole('heading', { name: 'Backups of deleted workshops' })).not.toBeInTheDocument());
  });

  it('are not offered for purging while their workshop exists', async () => {
    const fake = fakeBackups();
    const app = renderWithBackups(fake.backups);
    await createWorkshopThroughUi(app.user);
    const workshopId = (await app.services.repository.listWorkshops())[0]!.id;
    fake.backups.listBackups = async () => [{ id: `${workshopId}--20261126T101500000Z.json`, workshopId, title: 'Mine', savedAt: '2026-11-26T10:15:00.000Z', bytes: 10 }];
    window.location.hash = '';
    await app.user.click(await screen.findByRole('button', { name: 'Backups…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Automatic backups' });
    await within(dialog).findByRole('button', { name: /^Restore Mine from/ });
    expect(within(dialog).queryByRole('heading', { name: 'Backups of deleted workshops' })).not.toBeInTheDocument();
  });
});
