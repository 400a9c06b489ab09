import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createWorkshopThroughUi, renderApp } from '../support/render-app';

describe('custom templates', () => {
  it('saves a workshop agenda as a template and starts a new workshop from it', async () => {
    const { user } = renderApp();
    await createWorkshopThroughUi(user);

    // Make the agenda our own: a board with custom columns.
    await user.click(screen.getByRole('button', { name: 'Edit agenda' }));
    const editor = screen.getByRole('dialog', { name: 'Edit the agenda' });
    await user.type(within(editor).getByLabelText('Title'), 'Pricing clinic');
    await user.type(within(editor).getByLabelText('Columns, one per line'), 'Discounts we gave{Enter}Price rules');
    await user.click(within(editor).getByRole('button', { name: 'Add activity' }));

    const name = within(editor).getByRole('textbox', { name: 'Template name' });
    await user.clear(name);
    await user.type(name, 'Our quarterly alignment');
    await user.click(within(editor).getByRole('button', { name: 'Save as template' }));
    expect(await screen.findByText(/Saved the template “Our quarterly alignment”/)).toBeInTheDocument();
    await user.click(within(editor).getByRole('button', { name: 'Done' }));

    await user.click(screen.getByRole('button', { name: /All workshops/ }));
    await user.click(await screen.findByRole('button', { name: 'New workshop' }));
    const dialog = screen.getByRole('dialog', { name: 'New workshop' });
    const startFrom = await within(dialog).findByRole('combobox', { name: 'Start from' });
    await user.selectOptions(startFrom, 'Our quarterly alignment');
    await user.clear(within(dialog).getByLabelText('Workshop title'));
    await user.type(within(dialog).getByLabelText('Workshop title'), 'Q2 alignment');
    await user.click(within(dialog).getByRole('button', { name: 'Create workshop' }));

    const agenda = await screen.findByRole('navigation', { name: 'Agenda' });
    await user.click(within(agenda).getByRole('button', { name: /Pricing clinic/ }));
    expect(await screen.findByRole('region', { name: 'Discounts we gave' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Price rules' })).toBeInTheDocument();
    await waitFor(() => expect(within(agenda).getAllByRole('button')).toHaveLength(12));
  });
});
