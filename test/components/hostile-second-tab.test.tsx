import 'fake-indexeddb/auto';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SingleWriter } from '../../renderer/src/app/SingleWriter';
import type { Locks } from '../../renderer/src/app/single-writer';
import { ServicesProvider } from '../../renderer/src/services-context';
import { createTestServices } from '../support/services';

/** A lock manager shared by "tabs" in one test: exclusive locks, ifAvailable and steal, as the Web Locks API has them. */
function fakeLocks(): Locks {
  const holders = new Map<string, { reject: (error: unknown) => void }>();
  return {
    request(name, options, callback) {
      const holder = holders.get(name);
      if (holder && options.ifAvailable) return Promise.resolve(callback(null));
      if (holder && options.steal) holder.reject(new DOMException('The lock was stolen.', 'AbortError'));
      return new Promise((resolve, reject) => {
        const entry = { reject };
        holders.set(name, entry);
        void Promise.resolve(callback({ name, mode: 'exclusive' } as Lock)).then((value) => {
          if (holders.get(name) === entry) holders.delete(name);
          resolve(value);
        });
      });
    },
  };
}

function Tab({ locks, reload, label }: { locks: Locks; reload: () => void; label: string }) {
  return (
    <SingleWriter workshopId="w1" locks={locks} reload={reload}>
      <label>
        {label}
        <input />
      </label>
    </SingleWriter>
  );
}

describe('a second tab of the same workshop', () => {
  it('is told, cannot type, and can take over, which makes the first read-only', async () => {
    const services = createTestServices();
    const locks = fakeLocks();
    const reloads = { one: vi.fn(), two: vi.fn() };
    const user = userEvent.setup();
    const one = render(
      <ServicesProvider services={services}>
        <Tab locks={locks} reload={reloads.one} label="Tab one" />
      </ServicesProvider>,
    );
    await act(async () => {});
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Tab one').closest('[inert]')).toBeNull();

    const two = render(
      <ServicesProvider services={services}>
        <Tab locks={locks} reload={reloads.two} label="Tab two" />
      </ServicesProvider>,
    );
    // Asked twice (a tab that just left frees the lock within ms), then told.
    expect(await two.findByRole('heading', { name: 'This workshop is open in another tab' }, { timeout: 3000 })).toBeInTheDocument();
    expect(two.getByText(/This tab shows it read-only/)).toBeInTheDocument();
    expect(screen.getByLabelText('Tab two').closest('[inert]')).not.toBeNull();

    await user.click(two.getByRole('button', { name: 'Edit here instead' }));
    // The taking tab reloads to show what is saved; the first is told it lost its turn.
    await vi.waitFor(() => expect(reloads.two).toHaveBeenCalled());
    expect(await one.findByRole('heading', { name: 'This workshop was taken over by another tab' })).toBeInTheDocument();
    expect(screen.getByLabelText('Tab one').closest('[inert]')).not.toBeNull();
    expect(reloads.one).not.toHaveBeenCalled();
  });

  it('does nothing where the browser has no Web Locks', () => {
    render(
      <ServicesProvider services={createTestServices()}>
        <SingleWriter workshopId="w1" locks={null}>
          <input aria-label="Note" />
        </SingleWriter>
      </ServicesProvider>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Note').closest('[inert]')).toBeNull();
  });
});
