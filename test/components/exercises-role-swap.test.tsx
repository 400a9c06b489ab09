import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { addNote, openActivity, startWorkshop } from './exercises-support';

describe('role swap', () => {
  it('reveals guesses beside the truth, scores the matches and lists blind spots', async () => {
    const { user } = renderApp();
    await startWorkshop(user);
    await openActivity(user, 'Goals');
    await addNote(user, 'Marketing goals', 'Brand awareness in CEE', 'Marketing');
    await addNote(user, 'Marketing goals', 'More qualified leads');
    // Goals sit on a timeline by horizon; Marketing's brand goal looks a year ahead.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Horizon of “Brand awareness in CEE”' }), 'This year');
    expect(within(screen.getByRole('region', { name: 'This year' })).getByText('Brand awareness in CEE')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'No horizon yet' })).getByText('More qualified leads')).toBeInTheDocument();
    await openActivity(user, 'Role swap');
    await addNote(user, 'Sales: what Marketing wants', 'Lead volume', 'Sales');
    await addNote(user, 'Sales: what Marketing wants', 'Design awards');

    await user.click(screen.getByRole('button', { name: '2. Reveal & match' }));
    expect(screen.getByRole('button', { name: '2. Reveal & match' })).toHaveAttribute('aria-pressed', 'true');
    const real = screen.getByRole('list', { name: 'What Marketing wrote: Goals' });
    expect(within(real).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Brand awareness in CEE◌ Blind spot',
      'More qualified leads◌ Blind spot',
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Match for “Lead volume”' }), 'Matches: More qualified leads');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Match for “Design awards”' }), 'Miss — not on their list');

    const chart = screen.getByRole('img', { name: /Perception accuracy/ });
    expect(chart).toHaveAccessibleName(expect.stringContaining('Sales: 50%, 1 of 2 found, 1 miss.'));
    expect(chart).toHaveAccessibleName(expect.stringContaining('Marketing: nothing to compare yet.'));
    const blind = screen.getByRole('list', { name: 'Sales did not see in Marketing' });
    expect(within(blind).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Brand awareness in CEE']);
    expect(within(real).getByText('More qualified leads').closest('li')).toHaveTextContent('Found');
  }, 60_000);
});
