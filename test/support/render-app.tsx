import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/app/App';
import { ServicesProvider } from '../../renderer/src/services-context';
import { createTestServices } from './services';

/** The whole app over a fresh database, with a user to drive it. */
export function renderApp(options: Parameters<typeof createTestServices>[1] = {}) {
  window.location.hash = '';
  const services = createTestServices(undefined, options);
  const user = userEvent.setup();
  const view = render(
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>,
  );
  return { services, user, ...view };
}

/** Creates the default workshop through the dialog and waits for its first board. */
export async function createWorkshopThroughUi(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Create the default workshop' }));
  await user.click(screen.getByRole('button', { name: 'Create workshop' }));
  await screen.findByRole('heading', { level: 1, name: 'Opening & health check' });
}
