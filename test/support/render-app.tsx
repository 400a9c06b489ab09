import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/app/App';
import { ServicesProvider } from '../../renderer/src/services-context';
import { createTestServices } from './services';

/** The whole app over a fresh database, with a user to drive it; `hash` is the address it starts at. */
export function renderApp(options: Parameters<typeof createTestServices>[1] = {}, hash = '') {
  window.location.hash = hash;
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

/** A fresh app with the default workshop, on its Customer lens board. */
export async function openCustomerLens(options: Parameters<typeof renderApp>[0] = {}) {
  const app = renderApp(options);
  // The first render of a file is slow (cold imports): wait longer than findBy's default once.
  await screen.findByRole('button', { name: 'Create the default workshop' }, { timeout: 10_000 });
  await createWorkshopThroughUi(app.user);
  await app.user.click(screen.getByRole('button', { name: /Customer lens/ }));
  await screen.findByRole('heading', { level: 1, name: 'Customer lens' });
  return app;
}

/** The texts of the notes a column shows, top to bottom. */
export function notesIn(column: string): string[] {
  const list = screen.getByRole('list', { name: `Notes in ${column}` });
  return within(list)
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('.note__text')?.textContent ?? '')
    .filter(Boolean);
}
