import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { ServicesProvider } from '../../renderer/src/services-context';
import { createWorkshopThroughUi, openCustomerLens } from '../support/render-app';
import { createTestServices } from '../support/services';

type User = ReturnType<typeof userEvent.setup>;

async function addNotes(user: User, column: string, department: 'Sales' | 'Marketing', texts: string[]) {
  await user.click(within(screen.getByRole('group', { name: `Writing as, in ${column}` })).getByRole('radio', { name: department }));
  await user.click(screen.getByRole('textbox', { name: `Add a note to ${column}` }));
  for (const text of texts) await user.keyboard(`${text}{Enter}`);
}

const clock = () => screen.getByRole('timer', { name: 'Time left' });

describe('timer controls', { timeout: 30_000 }, () => {
  it('adds a minute, resets, starts and pauses, one undo step each', async () => {
    const { user, services } = await openCustomerLens();
    const timer = screen.getByRole('group', { name: 'Timer' });
    expect(clock()).toHaveTextContent('20:00');
    await user.click(within(timer).getByRole('button', { name: '+1 min' }));
    expect(clock()).toHaveTextContent('21:00');
    await user.click(within(timer).getByRole('button', { name: 'Reset timer' }));
    expect(clock()).toHaveTextContent('20:00');

    await user.click(within(timer).getByRole('button', { name: 'Start timer' }));
    expect(within(timer).getByRole('button', { name: 'Pause timer' })).toBeInTheDocument();
    await user.click(within(timer).getByRole('button', { name: 'Pause timer' }));
    expect(within(timer).getByRole('button', { name: 'Start timer' })).toBeInTheDocument();

    await services.app.whenSaved();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(timer).getByRole('button', { name: 'Pause timer' })).toBeInTheDocument();
  });

  it('mutes the end signal with a toggle the screen reader hears as pressed', async () => {
    const { user } = await openCustomerLens();
    const mute = screen.getByRole('button', { name: 'Mute the end signal' });
    expect(mute).toHaveAttribute('aria-pressed', 'false');
    await user.click(mute);
    expect(mute).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps a running timer and the phase after a restart', async () => {
    window.location.hash = '';
    const name = `facilitation-restart-${Math.random()}`;
    const user = userEvent.setup();
    const first = createTestServices(name);
    const view = render(
      <ServicesProvider services={first}>
        <App />
      </ServicesProvider>,
    );
    await createWorkshopThroughUi(user);
    await user.click(screen.getByRole('button', { name: 'Start timer' }));
    await user.click(screen.getByRole('button', { name: 'Next phase →' }));
    await first.app.whenSaved();
    view.unmount();
    first.db.close();

    const second = createTestServices(name);
    render(
      <ServicesProvider services={second}>
        <App />
      </ServicesProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Opening & health check' });
    expect(screen.getByRole('button', { name: 'Pause timer' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Phases' })).getByRole('button', { current: 'step' })).toHaveTextContent('Reveal');
  });
});

describe('voting', { timeout: 30_000 }, () => {
  it('records dots per department as a scribe and keeps each side within its budget', async () => {
    const { user } = await openCustomerLens();
    await addNotes(user, 'Sales sees', 'Sales', ['Named accounts']);
    await addNotes(user, 'Marketing sees', 'Marketing', ['A segment']);

    await user.click(screen.getByRole('button', { name: 'Participants' }));
    const dialog = screen.getByRole('dialog', { name: 'Participants' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Ola{Enter}');
    expect(within(dialog).getByText('Ola')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    await user.click(screen.getByRole('button', { name: /Vote/ }));
    const voting = screen.getByRole('region', { name: 'Dot voting' });
    expect(within(voting).getByText('Sales: 3 dots left')).toBeInTheDocument();
    const addSales = within(voting).getByRole('button', { name: 'Add a Sales dot to: A segment' });
    await user.click(addSales);
    await user.click(addSales);
    await user.click(within(voting).getByRole('button', { name: 'Add a Sales dot to: Named accounts' }));
    await user.click(within(voting).getByRole('button', { name: 'Add a Marketing dot to: A segment' }));

    expect(within(voting).getByText('Sales: 0 dots left')).toBeInTheDocument();
    expect(addSales).toBeDisabled();
    expect(within(voting).getAllByText('Sales: 2')).toHaveLength(1);
    expect(within(voting).getAllByText('Marketing: 1')).toHaveLength(1);

    await user.click(within(voting).getByRole('button', { name: 'Remove a Sales dot from: A segment' }));
    expect(within(voting).getByText('Sales: 1 dot left')).toBeInTheDocument();
    expect(addSales).toBeEnabled();
  });

  it('discusses the most voted first, spotlights one and records a decision from it', async () => {
    const { user } = await openCustomerLens();
    await addNotes(user, 'Sales sees', 'Sales', ['Named accounts', 'Discount hunters']);
    await user.click(screen.getByRole('button', { name: /Vote/ }));
    await user.click(screen.getByRole('button', { name: 'Add a Sales dot to: Discount hunters' }));
    await user.click(screen.getByRole('button', { name: 'Next phase →' }));

    const discussion = screen.getByRole('region', { name: 'Discussion' });
    const spotlights = within(discussion).getAllByRole('button', { name: /^Spotlight:/ });
    expect(spotlights.map((button) => button.getAttribute('aria-label'))).toEqual(['Spotlight: Discount hunters', 'Spotlight: Named accounts']);
    await user.click(spotlights[0]!);
    expect(spotlights[0]).toHaveAttribute('aria-pressed', 'true');

    await user.type(within(discussion).getByRole('textbox', { name: 'Decision or action from “Discount hunters”' }), 'Discounts over 10% need marketing sign-off{Enter}');
    expect(within(discussion).getByText('Discounts over 10% need marketing sign-off')).toBeInTheDocument();
  });
});

describe('facilitator shortcuts', { timeout: 30_000 }, () => {
  it('opens the cheat sheet with ? and steps the phase with .', async () => {
    const { user } = await openCustomerLens();
    await user.click(screen.getByRole('heading', { level: 1 }));
    await user.keyboard('?');
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(sheet).getByText('Next phase')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.keyboard('.');
    await waitFor(() =>
      expect(within(screen.getByRole('navigation', { name: 'Phases' })).getByRole('button', { current: 'step' })).toHaveTextContent('Reveal'),
    );
    await user.keyboard('n');
    expect(await screen.findByRole('heading', { level: 1, name: 'Goals' })).toBeInTheDocument();
  });
});
