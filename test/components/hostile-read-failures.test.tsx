import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { BackupEntry } from '../../shared/ipc/contract';
import { workshopToJson } from '../../shared/export/json';
import type { Platform } from '../../renderer/src/platform';
import { renderApp } from '../support/render-app';
import { makeWorkshop } from '../support/workshop';

vi.setConfig({ testTimeout: 20_000 });

const ENTRY: BackupEntry = { id: 'w--1.json', workshopId: 'w', title: 'Q1 alignment', savedAt: '2026-11-26T10:15:00Z', bytes: 10 };

function renderWith(backups: Platform['backups'] = null) {
  return renderApp({ backups });
}

function backupsThat(overrides: Partial<NonNullable<Platform['backups']>>): NonNullable<Platform['backups']> {
  return { writeBackup: async () => {}, listBackups: async () => [ENTRY], readBackup: async () => '', deleteBackups: async () => 0, onQuit: () => () => {}, ...overrides };
}

describe('a file that cannot be read', () => {
  it('an import says so and changes nothing', async () => {
    const { services, user } = renderWith();
    await screen.findByRole('heading', { name: 'No workshops yet' });
    const file = new File(['{}'], 'gone.json', { type: 'application/json' });
    vi.spyOn(file, 'text').mockRejectedValue(new DOMException('The file was removed.', 'NotReadableError'));
    await user.upload(screen.getByLabelText('Choose a workshop file (.json) to import'), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file “gone.json” could not be read (NotReadableError: The file was removed.). Nothing was imported and nothing was changed.',
    );
    expect(await services.db.records.count()).toBe(0);
    expect(screen.getByRole('button', { name: 'Import workshop…' })).toBeEnabled();
  });

  it('a backup says so and restores nothing', async () => {
    const { services, user } = renderWith(backupsThat({ readBackup: async () => Promise.reject(new Error('EACCES: permission denied')) }));
    await user.click(await screen.findByRole('button', { name: 'Backups…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Automatic backups' });
    await user.click(await within(dialog).findByRole('button', { name: /^Restore Q1 alignment from/ }));
    await waitFor(() => expect(screen.getByText(/This backup could not be read \(EACCES: permission denied\)/)).toBeInTheDocument());
    expect(await services.db.records.count()).toBe(0);
  });

  it('a backups folder that cannot be listed says so instead of "no backups yet"', async () => {
    const { user } = renderWith(backupsThat({ listBackups: async () => Promise.reject(new Error('EPERM')) }));
    await user.click(await screen.findByRole('button', { name: 'Backups…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Automatic backups' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The backups folder could not be read (EPERM).');
    expect(within(dialog).queryByText(/No backups yet/)).not.toBeInTheDocument();
  });
});

describe('import progress', () => {
  it('shows how far an import has got and keeps the button off until it is done', async () => {
    const { user } = renderWith();
    await screen.findByRole('heading', { name: 'No workshops yet' });
    const { records } = makeWorkshop();
    const json = workshopToJson(records, '2026-11-26T10:00:00.000Z');
    const file = new File([json], 'q1.json', { type: 'application/json' });
    let release!: (text: string) => void;
    vi.spyOn(file, 'text').mockReturnValue(new Promise((resolve) => (release = resolve)));
    await user.upload(screen.getByLabelText('Choose a workshop file (.json) to import'), file);
    expect(await screen.findByText('Reading “q1.json”… 0%')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import workshop…' })).toBeDisabled();
    release(json);
    expect(await screen.findByText('Imported “Q1 alignment” as a new workshop.')).toBeInTheDocument();
    // The notice and the button are two updates; the button comes back a tick later.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import workshop…' })).toBeEnabled());
    expect(screen.queryByText(/“q1.json”…/)).not.toBeInTheDocument();
  });
});
