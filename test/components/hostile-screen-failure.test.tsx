import 'fake-indexeddb/auto';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import type * as WorkshopCardModule from '../../renderer/src/features/home/WorkshopCard';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../renderer/src/components/ErrorBoundary';
import type { Platform } from '../../renderer/src/platform';
import { ScreenFailure } from '../../renderer/src/app/ScreenFailure';
import { ServicesProvider } from '../../renderer/src/services-context';
import { renderApp } from '../support/render-app';
import { makeDetails } from '../support/workshop';
import { createTestServices } from '../support/services';

vi.setConfig({ testTimeout: 20_000 });

const boom = { on: true };

function Boom(): null {
  if (boom.on) throw new Error('bad record: departments is null');
  return null;
}

// The other screens fail as a whole here; the home screen fails on real (broken) data below.
function thrower(name: string) {
  return () => {
    throw new Error(`${name} failed`);
  };
}
vi.mock('../../renderer/src/features/workshop/WorkshopScreen', () => ({ WorkshopScreen: thrower('workshop') }));
vi.mock('../../renderer/src/features/report/ReportScreen', () => ({ ReportScreen: thrower('report') }));
vi.mock('../../renderer/src/features/projector/ProjectorScreen', () => ({ ProjectorScreen: thrower('projector') }));
// A home card throws while `boom.on`, as one did on a record with an unparseable time.
vi.mock('../../renderer/src/features/home/WorkshopCard', async (importOriginal) => {
  const actual = await importOriginal<typeof WorkshopCardModule>();
  return {
    ...actual,
    WorkshopCard: (props: Parameters<typeof actual.WorkshopCard>[0]) => {
      if (boom.on) throw new Error('Invalid time value');
      return createElement(actual.WorkshopCard, props);
    },
  };
});

describe('a screen that throws', () => {
  it('shows what happened and the ways out instead of a blank page, and recovers on reset', async () => {
    const services = createTestServices();
    const user = userEvent.setup();
    boom.on = true;
    const view = render(
      <ServicesProvider services={services}>
        <ErrorBoundary resetKey="a" fallback={(error, reset) => <ScreenFailure screen="workshop" error={error} reset={reset} />}>
          <Boom />
          <p>Board</p>
        </ErrorBoundary>
      </ServicesProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'This screen could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was changed or deleted');
    expect(screen.getByText('bad record: departments is null')).toBeInTheDocument();
    // The browser has no backups: it offers the import it has, and says so.
    expect(screen.getByRole('button', { name: 'Import workshop…' })).toBeInTheDocument();
    expect(screen.getByText(/keeps no automatic backups/)).toBeInTheDocument();
    expect(screen.queryByText('Board')).not.toBeInTheDocument();

    boom.on = false;
    await user.click(screen.getByRole('button', { name: 'Back to workshops' }));
    expect(await screen.findByText('Board')).toBeInTheDocument();

    // A new key (another workshop) clears a failure too.
    boom.on = true;
    view.rerender(
      <ServicesProvider services={services}>
        <ErrorBoundary resetKey="b" fallback={(error, reset) => <ScreenFailure screen="workshop" error={error} reset={reset} />}>
          <Boom />
          <p>Board</p>
        </ErrorBoundary>
      </ServicesProvider>,
    );
    expect(screen.getByRole('heading', { name: 'This screen could not be shown' })).toBeInTheDocument();
  });

  it('offers "Restore a backup" on the desktop, opening the backups list', async () => {
    const services = createTestServices();
    const backups: NonNullable<Platform['backups']> = {
      writeBackup: async () => {},
      listBackups: async () => [],
      readBackup: async () => '',
      deleteBackups: async () => 0,
      onQuit: () => () => {},
    };
    services.platform = { ...services.platform, kind: 'electron', backups };
    const user = userEvent.setup();
    render(
      <ServicesProvider services={services}>
        <ScreenFailure screen="report" error={new Error('x')} reset={() => {}} />
      </ServicesProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Import workshop…' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore a backup…' }));
    expect(await screen.findByRole('dialog', { name: 'Automatic backups' })).toBeInTheDocument();
  });

  it('on the projector offers only "Try again": the workshop list never reaches the room', () => {
    const services = createTestServices();
    render(
      <ServicesProvider services={services}>
        <ScreenFailure screen="projector" error={new Error('x')} reset={() => {}} />
      </ServicesProvider>,
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back to workshops' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import workshop…' })).not.toBeInTheDocument();
  });
});

describe('in the app, a workshop record that breaks its screens', () => {
  it('fails the home list alone: the notices and the rest keep working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    boom.on = false;
    const { services, user } = renderApp();
    await screen.findByRole('heading', { name: 'No workshops yet' });
    await act(async () => void (await services.workshops.createWorkshop(makeDetails({ title: 'Sales & Marketing alignment' }))));
    boom.on = true;
    await act(() => services.workshops.goHome());

    expect(await screen.findByRole('heading', { level: 1, name: 'This screen could not be shown' })).toBeInTheDocument();
    expect(screen.getByText('Invalid time value')).toBeInTheDocument();
    // The rest of the app answers: a notice still shows and can be dismissed.
    act(() => services.app.notify({ tone: 'info', key: 'transfer.import.done', params: { title: 'X' } }));
    expect(screen.getByRole('status')).toHaveTextContent('Imported “X” as a new workshop.');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));

    // Once the card can be drawn again, "Back to workshops" shows the list.
    boom.on = false;
    await user.click(screen.getByRole('button', { name: 'Back to workshops' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your workshops' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Sales & Marketing alignment' })).toBeInTheDocument();
  });

  for (const [screenName, hash] of [
    ['workshop', '#/workshop/any'],
    ['report', '#/report/any/a4'],
    ['projector', '#/projector/any'],
  ] as const) {
    it(`fails the ${screenName} screen alone, with a way out`, async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { user } = renderApp();
      await screen.findByRole('heading', { name: 'No workshops yet' });
      act(() => {
        window.location.hash = hash;
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
      const heading = await screen.findByRole('heading', { level: 1, name: 'This screen could not be shown' });
      expect(screen.getByText(`${screenName} failed`)).toBeInTheDocument();
      if (screenName === 'projector') {
        expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
        expect(screen.queryByRole('button', { name: 'Back to workshops' })).not.toBeInTheDocument();
        return;
      }
      await user.click(within(heading.closest('main')!).getByRole('button', { name: 'Back to workshops' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Your workshops' })).toBeInTheDocument();
      expect(window.location.hash).toBe('#/');
    });
  }
});
