import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PREFERENCES_KEY } from '../../renderer/src/store/preferences';
import { createWorkshopThroughUi, renderApp } from '../support/render-app';

describe('home', () => {
  it('offers the default workshop on first run and creates it with its activities', async () => {
    const { user } = renderApp();
    expect(await screen.findByRole('heading', { name: 'No workshops yet' })).toBeInTheDocument();
    await createWorkshopThroughUi(user);
    const agenda = screen.getByRole('navigation', { name: 'Agenda' });
    expect(within(agenda).getAllByRole('button')).toHaveLength(11);
    expect(within(agenda).getByRole('button', { name: /Opening & health check/ })).toHaveAttribute('aria-current', 'step');
  });

  it('validates the workshop form and says what is wrong', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Create the default workshop' }));
    const dialog = screen.getByRole('dialog', { name: 'New workshop' });
    await user.clear(within(dialog).getByLabelText('Workshop title'));
    await user.click(within(dialog).getByRole('button', { name: 'Create workshop' }));
    expect(within(dialog).getByText('Please type something first.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Workshop title')).toHaveAttribute('aria-invalid', 'true');
  });

  it('lists a workshop with its details and edits, duplicates and deletes it with undo', async () => {
    const { user } = renderApp();
    await createWorkshopThroughUi(user);
    await user.click(screen.getByRole('button', { name: /All workshops/ }));
    const card = await screen.findByRole('article', { name: 'Sales & Marketing alignment' });
    expect(within(card).getByText('0 notes')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Edit details' }));
    const dialog = screen.getByRole('dialog', { name: 'Workshop details' });
    await user.clear(within(dialog).getByLabelText('Workshop title'));
    await user.type(within(dialog).getByLabelText('Workshop title'), 'Kick-off');
    await user.type(within(dialog).getByLabelText('Organisation'), 'Acme');
    await user.type(within(dialog).getByLabelText('Facilitator'), 'Marta');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const renamed = await screen.findByRole('article', { name: 'Kick-off' });
    expect(within(renamed).getByText('Acme')).toBeInTheDocument();

    // Editing again starts from what was saved, so nothing (like the facilitator) is lost.
    await user.click(within(renamed).getByRole('button', { name: 'Edit details' }));
    const again = screen.getByRole('dialog', { name: 'Workshop details' });
    expect(within(again).getByLabelText('Facilitator')).toHaveValue('Marta');
    await user.click(within(again).getByRole('button', { name: 'Cancel' }));

    await user.click(within(renamed).getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByRole('article', { name: 'Copy of Kick-off' })).toBeInTheDocument();

    await user.click(within(renamed).getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete “Kick-off”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Kick-off' })).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('“Kick-off” was deleted.');

    await user.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(await screen.findByRole('article', { name: 'Kick-off' })).toBeInTheDocument();
  });

  it('switches the whole UI to Polish and remembers the choice', async () => {
    const { user, services } = renderApp();
    await screen.findByRole('heading', { name: 'No workshops yet' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Polski');
    expect(await screen.findByRole('heading', { name: 'Nie ma jeszcze warsztatów' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('pl');
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY)!).state.locale).toBe('pl');
    expect((services.platform as unknown as { locales: string[] }).locales.at(-1)).toBe('pl');

    await user.click(screen.getByRole('button', { name: 'Utwórz warsztat z szablonu' }));
    const dialog = screen.getByRole('dialog', { name: 'Nowy warsztat' });
    expect(within(dialog).getByLabelText('Nazwa działu 1')).toHaveValue('Sprzedaż');
  });
});
