import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { addNote, openActivity, startWorkshop } from './exercises-support';

describe('10-step plan', () => {
  it('adds an action to a step lane, turns a note into an action and carries open actions to a follow-up', async () => {
    const { user } = renderApp();
    await startWorkshop(user);
    await openActivity(user, 'Pains & tensions');
    await addNote(user, 'Sales pains', 'Leads arrive without context', 'Sales');
    await user.click(screen.getByRole('button', { name: 'Make it an action: Leads arrive without context' }));
    expect(await screen.findByText('“Leads arrive without context” was added to the 10-step plan as an action.', {}, { timeout: 5_000 })).toBeInTheDocument();

    await openActivity(user, '10-step realignment plan');
    const unplaced = screen.getByRole('list', { name: 'Actions in Not placed in a step yet' });
    const fromNote = within(unplaced).getByRole('listitem', { name: 'Action: Leads arrive without context' });
    expect(fromNote).toHaveTextContent('Came from: “Leads arrive without context”');
    await user.selectOptions(within(fromNote).getByRole('combobox', { name: 'Step' }), '3. A joint sales–marketing process');
    expect(within(screen.getByRole('list', { name: 'Actions in 3. A joint sales–marketing process' })).getByRole('listitem')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'New action for 1. Clear communication' }), 'Weekly pipeline call{Enter}');
    const call = await screen.findByRole('listitem', { name: 'Action: Weekly pipeline call' }, { timeout: 5_000 });
    await user.type(within(call).getByRole('textbox', { name: 'Owner in Sales' }), 'Ola{Tab}');
    expect(within(call).getByRole('textbox', { name: 'Owner in Sales' })).toHaveValue('Ola');
    await user.selectOptions(within(call).getByRole('combobox', { name: 'Status' }), 'Done');

    await user.click(screen.getByRole('button', { name: 'Start a follow-up session' }));
    const dialog = await screen.findByRole('dialog', { name: 'Follow-up session' }, { timeout: 5_000 });
    expect(dialog).toHaveTextContent('The 1 open action moves over');
    await user.click(within(dialog).getByRole('button', { name: 'Create follow-up' }));
    // Creating and opening the new workshop goes through IndexedDB: allow it time on a busy machine.
    await screen.findByRole('heading', { level: 1, name: 'Opening & health check' }, { timeout: 10_000 });
    expect(screen.getByText('Follow-up: Sales & Marketing alignment')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Progress since the previous session' })).toBeInTheDocument();

    await openActivity(user, '10-step realignment plan');
    const carried = screen.getByRole('listitem', { name: 'Action: Leads arrive without context' });
    expect(within(carried).getByRole('list', { name: 'History' })).toHaveTextContent(/Carried over from “Sales & Marketing alignment” .*status then: Open/);
    expect(screen.queryByRole('listitem', { name: 'Action: Weekly pipeline call' })).not.toBeInTheDocument();
  }, 60_000);
});

describe('follow-up from the home screen', () => {
  it('loads the earlier workshop from its card and opens the follow-up with the open actions', async () => {
    const { user } = renderApp();
    await startWorkshop(user);
    await openActivity(user, '10-step realignment plan');
    await user.type(screen.getByRole('textbox', { name: 'New action for 2. Focus on common goals' }), 'One shared revenue target{Enter}');
    await screen.findByRole('listitem', { name: 'Action: One shared revenue target' }, { timeout: 5_000 });
    await user.click(screen.getByRole('button', { name: /All workshops/ }));

    const card = await screen.findByRole('group', { name: 'Actions for Sales & Marketing alignment' }, { timeout: 5_000 });
    await user.click(within(card).getByRole('button', { name: 'Follow-up' }));
    const dialog = await screen.findByRole('dialog', { name: 'Follow-up session' }, { timeout: 5_000 });
    expect(dialog).toHaveTextContent('The 1 open action moves over');
    await user.click(within(dialog).getByRole('button', { name: 'Create follow-up' }));
    await screen.findByRole('heading', { level: 1, name: 'Opening & health check' }, { timeout: 10_000 });
    await openActivity(user, '10-step realignment plan');
    expect(within(screen.getByRole('list', { name: 'Actions in 2. Focus on common goals' })).getByRole('listitem', { name: 'Action: One shared revenue target' })).toBeInTheDocument();
  }, 60_000);
});
