import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeRoom } from '../support/fake-room';
import { createWorkshopThroughUi, renderApp } from '../support/render-app';

const PASS_HASH = 'c'.repeat(64);

async function openPanel() {
  const room = fakeRoom([
    { address: '192.168.1.23', label: 'Wi-Fi' },
    { address: '127.0.0.1', label: 'loopback' },
  ]);
  const app = renderApp({ room: room.platform });
  await screen.findByRole('button', { name: 'Create the default workshop' }, { timeout: 10_000 });
  await createWorkshopThroughUi(app.user);
  await app.user.click(screen.getByRole('button', { name: 'Room' }));
  const panel = screen.getByRole('dialog', { name: 'The room: participants on their own phones' });
  return { ...app, room, panel };
}

describe('the room panel', { timeout: 30_000 }, () => {
  it('opens the room on the chosen network and shows how to join', async () => {
    const { user, room, panel } = await openPanel();
    expect(within(panel).getByText('Can’t connect?')).toBeInTheDocument();
    const network = await within(panel).findByRole('combobox', { name: 'Network to open the room on' });
    expect(within(network).getAllByRole('option').map((option) => option.textContent)).toEqual(['192.168.1.23 (Wi-Fi)', '127.0.0.1 (this computer only)']);
    await user.selectOptions(network, '127.0.0.1');
    await user.click(within(panel).getByRole('button', { name: 'Open the room' }));
    expect(room.opened).toEqual(['127.0.0.1']);
    expect(await within(panel).findByRole('img', { name: /^QR code to join: http:\/\/127\.0\.0\.1:4190\/#k=/ })).toBeInTheDocument();
    expect(within(panel).getByText('Room code').nextSibling).toHaveTextContent(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
    expect(screen.getByRole('button', { name: 'Room: 0 connected' })).toBeInTheDocument();
  });

  it('lists who joined and who is done, removes someone after asking, locks and closes the room', async () => {
    const { user, room, panel } = await openPanel();
    await user.click(await within(panel).findByRole('button', { name: 'Open the room' }));
    await within(panel).findByRole('img', { name: /^QR code to join/ });
    room.deliver({ t: 'room', joinUrl: 'http://127.0.0.1:4190/', locked: false, online: [] });
    room.deliver({ t: 'join', participantId: 'participant-ala-01', name: 'Ala', department: 'sales', passHash: PASS_HASH });
    const row = await within(panel).findByRole('row', { name: /Ala/ });
    expect(within(row).getByText('online')).toBeInTheDocument();
    expect(within(panel).getByText('Sales: 0 of 1 done')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Room: 1 connected' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('checkbox', { name: 'Lock the room (nobody new can join)' }));
    expect(room.replies('lock')).toEqual([{ t: 'lock', locked: true }]);

    await user.click(within(row).getByRole('button', { name: 'Remove Ala' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Remove Ala' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove Ala' }));
    await waitFor(() => expect(room.replies('remove')).toEqual([{ t: 'remove', participantId: 'participant-ala-01' }]));
    expect(within(row).getByText('removed')).toBeInTheDocument();
    expect(within(panel).getByText('Sales: 0 of 0 done')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Close the room' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Close the room' })).getByRole('button', { name: 'Close the room' }));
    expect(await within(panel).findByRole('button', { name: 'Open the room' })).toBeInTheDocument();
  });
});
