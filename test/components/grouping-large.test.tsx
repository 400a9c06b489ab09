import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
