import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { createWorkshopThroughUi } from '../support/render-app';

type User = ReturnType<typeof userEvent.setup>;

/** Opens an activity from the agenda and waits for its heading. */
export async function openActivity(user: User, title: string) {
  const agenda = screen.getByRole('navigation', { name: 'Agenda' });
  await user.click(within(agenda).getByRole('button', { name: new RegExp(title.replace(/[&]/g, '.')) }));
  await screen.findByRole('heading', { level: 1, name: title }, { timeout: 5_000 });
}

/** Adds a note through a column's quick-add box, writing as a department. */
export async function addNote(user: User, column: string, text: string, department?: 'Sales' | 'Marketing') {
  if (department) await user.click(within(screen.getByRole('group', { name: `Writing as, in ${column}` })).getByRole('radio', { name: department }));
  await user.click(screen.getByRole('textbox', { name: `Add a note to ${column}` }));
  await user.keyboard(`${text}{Enter}`);
  await within(screen.getByRole('list', { name: `Notes in ${column}` })).findByText(text);
}

/** Creates the default workshop, giving the first IndexedDB open time on a busy machine (the shared helper waits 1 s). */
export async function startWorkshop(user: User) {
  await screen.findByRole('button', { name: 'Create the default workshop' }, { timeout: 10_000 });
  await createWorkshopThroughUi(user);
}
