import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { createTestServices } from '../support/services';
import { ProjectorScreen } from '../../renderer/src/features/projector/ProjectorScreen';
import { ServicesProvider } from '../../renderer/src/services-context';
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

    await user.click(within(screen.getByRole('navigation', { name: 'Phases' })).getByRole('button', { name: /Reveal/ }));
    expect(within(screen.getByRole('navigation', { name: 'Phases' })).getByRole('button', { name: /Reveal/ })).toHaveAttribute('aria-current', 'step');
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

  it('runs as one sequence of phases: the hint, the view and the projector follow it, and it survives leaving', async () => {
    const { user, services } = renderApp();
    await startWorkshop(user);
    await openActivity(user, 'Goals');
    await addNote(user, 'Marketing goals', 'More qualified leads', 'Marketing');
    await openActivity(user, 'Role swap');
    await addNote(user, 'Sales: what Marketing wants', 'Lead volume', 'Sales');
    const phases = () => within(screen.getByRole('navigation', { name: 'Phases' }));
    // No second set of steps beside the phases.
    expect(screen.queryByRole('button', { name: '2. Reveal & match' })).not.toBeInTheDocument();
    expect(screen.getByText(/Each side writes its guesses about the other/)).toBeInTheDocument();

    await user.click(phases().getByRole('button', { name: /Reveal/ }));
    expect(await screen.findByText(/The guesses are on the projector beside what each side wrote/)).toBeInTheDocument();
    expect(screen.queryByText(/Everyone writes/)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Match for “Lead volume”' }), 'Matches: More qualified leads');

    await openActivity(user, 'Goals');
    await openActivity(user, 'Role swap');
    expect(screen.getByRole('combobox', { name: 'Match for “Lead volume”' })).toBeInTheDocument();
    expect(phases().getByRole('button', { name: /Reveal/ })).toHaveAttribute('aria-current', 'step');

    // The projector shows the same step: guesses beside what the other side wrote.
    await services.app.whenSaved();
    const workshopId = Object.values(services.app.store.getState().records ?? {}).find((record) => record.type === 'workshop')!.id;
    // A second window over the same database, following the workshop as the projector does.
    const wall = createTestServices(services.db.name);
    await act(() => wall.workshops.follow(workshopId));
    const projector = render(
      <ServicesProvider services={wall}>
        <ProjectorScreen />
      </ServicesProvider>,
    );
    await waitFor(() => expect(within(projector.container).getByRole('list', { name: 'Guesses by Sales: Goals' })).toHaveTextContent('✓ Lead volume'));
    expect(within(projector.container).getByRole('list', { name: 'What Marketing wrote: Goals' })).toHaveTextContent('More qualified leads');
  }, 60_000);
});
