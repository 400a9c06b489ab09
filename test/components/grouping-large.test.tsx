import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyDiff, composeDiffs, type Diff } from '../../shared/model/diff';
import { columnsOf } from '../../shared/model/queries';
import { addNote } from '../../shared/ops/notes';
import { openCustomerLens } from '../support/render-app';

describe('grouping a large board', { timeout: 30_000 }, () => {
  it('lists what a note can join only in the picker being used, not in every picker at once', async () => {
    const { user, services } = await openCustomerLens();
    const route = services.app.store.getState().route as { activityId: string };
    const column = columnsOf(services.app.store.getState().records!, route.activityId)[0]!;
    for (let index = 1; index <= 45; index++) {
      await services.app.run((records, ctx) => addNote(records, { columnId: column.id, text: `Note ${index}`, department: 'sales' }, ctx));
    }
    await user.click(within(screen.getByRole('navigation', { name: 'Phases' })).getByRole('button', { name: /Group/ }));
    const picker = await screen.findByRole('combobox', { name: 'Stack “Note 1” onto' });
    const other = screen.getByRole('combobox', { name: 'Stack “Note 2” onto' });
    expect(within(picker).getAllByRole('option')).toHaveLength(1);
    await user.click(picker);
    expect(within(picker).getAllByRole('option')).toHaveLength(45); // "Choose…" and the 44 other notes
    expect(within(other).getAllByRole('option')).toHaveLength(1);
    await user.selectOptions(picker, 'Note 2');
    expect(await screen.findByText('2 notes')).toBeInTheDocument();
  });
});

describe('panels on a board of a large room', { timeout: 30_000 }, () => {
  it('show their first 150 rows, say how many there are, and show the rest when asked', async () => {
    const { user, services } = await openCustomerLens();
    const route = services.app.store.getState().route as { activityId: string };
    const column = columnsOf(services.app.store.getState().records!, route.activityId)[0]!;
    await services.app.run((records, ctx) => {
      const diffs: Diff[] = [];
      let current = records;
      for (let index = 1; index <= 160; index++) {
        const diff = addNote(current, { columnId: column.id, text: `Note ${index}`, department: 'sales' }, ctx);
        diffs.push(diff);
        current = applyDiff(current, diff);
      }
      return composeDiffs(diffs);
    });
    const phases = screen.getByRole('navigation', { name: 'Phases' });
    await user.click(within(phases).getByRole('button', { name: /Vote/ }));
    const voting = await screen.findByRole('region', { name: 'Dot voting' });
    const addButtons = () => within(voting).queryAllByRole('button', { name: /^Add a Sales dot to:/ });
    await waitFor(() => expect(addButtons()).toHaveLength(150));
    expect(within(voting).getByText(/Showing the first 150 of 160\./)).toBeInTheDocument();
    await user.click(within(voting).getByRole('button', { name: 'Show all 160' }));
    await waitFor(() => expect(addButtons()).toHaveLength(160));
    expect(within(voting).queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
    expect(within(voting).getByRole('button', { name: 'Add a Sales dot to: Note 160' })).toBeInTheDocument();

    await user.click(within(phases).getByRole('button', { name: /Discuss/ }));
    const discussion = await screen.findByRole('region', { name: 'Discussion' });
    await waitFor(() => expect(within(discussion).queryAllByRole('button', { name: /^Spotlight: / })).toHaveLength(150));
    expect(within(discussion).getByRole('button', { name: 'Show all 160' })).toBeInTheDocument();
  });
});
