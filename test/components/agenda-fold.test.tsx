import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createWorkshopThroughUi, renderApp } from '../support/render-app';

describe('agenda on a laptop screen', () => {
  it('starts folded below 1500 px, keeps every activity reachable by name, and unfolds on demand', async () => {
    window.innerWidth = 1366;
    const { user } = renderApp();
    await createWorkshopThroughUi(user);
    const show = screen.getByRole('button', { name: 'Show the agenda' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    const agenda = screen.getByRole('navigation', { name: 'Agenda' });
    expect(within(agenda).getAllByRole('button')).toHaveLength(11);
    await user.click(within(agenda).getByRole('button', { name: /Customer lens/ }));
    await screen.findByRole('heading', { level: 1, name: 'Customer lens' });

    await user.click(show);
    expect(screen.getByRole('button', { name: 'Hide the agenda' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('starts open on a wide screen', async () => {
    window.innerWidth = 1920;
    const { user } = renderApp();
    await createWorkshopThroughUi(user);
    expect(screen.getByRole('button', { name: 'Hide the agenda' })).toHaveAttribute('aria-expanded', 'true');
    window.innerWidth = 1024;
  });
});
