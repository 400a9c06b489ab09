import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CustomTemplateRecord } from '../../shared/model/facilitation-types';
import { saveAsTemplate } from '../../shared/ops/templates';
import { renderApp } from '../support/render-app';
import { makeWorkshop } from '../support/workshop';

/** Two saved templates, as if saved from earlier workshops: a full agenda and a one-activity "Test". */
function twoTemplates(): CustomTemplateRecord[] {
  const { records, ctx } = makeWorkshop();
  const full = saveAsTemplate(records, 'Quarterly alignment', ctx).added[0] as CustomTemplateRecord;
  const test: CustomTemplateRecord = {
    ...full,
    id: 'tpl-test',
    workshopId: 'tpl-test',
    title: 'Test',
    createdAt: '2026-11-20T10:00:00.000Z',
    activities: full.activities.slice(0, 1),
  };
  return [full, test];
}

async function renderWithTemplates() {
  const view = renderApp();
  await screen.findByRole('heading', { name: 'No workshops yet' });
  expect(screen.queryByRole('region', { name: 'Saved templates' })).not.toBeInTheDocument();
  await act(async () => {
    await view.services.repository.applyDiff({ added: twoTemplates(), updated: [], removed: [] });
    await view.services.app.loadWorkshops();
  });
  const section = await screen.findByRole('region', { name: 'Saved templates' });
  return { ...view, section };
}

async function startFromOptions(user: ReturnType<typeof renderApp>['user']): Promise<string[]> {
  await user.click(screen.getByRole('button', { name: 'Create the default workshop' }));
  const dialog = screen.getByRole('dialog', { name: 'New workshop' });
  const select = await within(dialog).findByRole('combobox', { name: 'Start from' });
  const options = within(select).getAllByRole('option').map((option) => option.textContent ?? '');
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  return options;
}

describe('saved templates on the home screen', () => {
  it('lists each template with its number of activities and the day it was saved', async () => {
    const { section } = await renderWithTemplates();
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual(['Quarterly alignment', 'Test']);
    expect(within(items[0]!).getByText('11 activities')).toBeInTheDocument();
    expect(within(items[0]!).getByText('Saved November 26, 2026')).toBeInTheDocument();
    expect(within(items[1]!).getByText('1 activity')).toBeInTheDocument();
  });

  it('renames in place, refusing an empty name with a message and keeping the form', async () => {
    const { user, section, services } = await renderWithTemplates();
    const actions = within(section).getByRole('group', { name: 'Actions for the template “Test”' });
    await user.click(within(actions).getByRole('button', { name: 'Rename' }));
    const name = within(section).getByRole('textbox', { name: 'Template name' });
    expect(name).toHaveValue('Test');
    expect(name).toHaveFocus();

    await user.clear(name);
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(within(section).getByText('Please type something first.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await user.click(name);
    await user.paste('x'.repeat(121));
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(within(section).getByText('That is too long: at most 120 characters. Shorten it and try again.')).toBeInTheDocument();
    expect(name).toHaveValue('x'.repeat(121));

    await user.clear(name);
    await user.type(name, 'Pricing clinic');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByRole('listitem', { name: 'Pricing clinic' })).toBeInTheDocument();
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Renamed the template to “Pricing clinic”.');
    expect((await services.repository.listTemplates()).map((template) => template.title)).toContain('Pricing clinic');
    expect(await startFromOptions(user)).toContain('Pricing clinic');
  });

  it('cancels a rename with Escape, leaving the name as it was', async () => {
    const { user, section } = await renderWithTemplates();
    await user.click(within(section).getAllByRole('button', { name: 'Rename' })[1]!);
    await user.type(within(section).getByRole('textbox', { name: 'Template name' }), ' draft{Escape}');
    expect(within(section).getByRole('listitem', { name: 'Test' })).toBeInTheDocument();
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
    const actions = within(section).getByRole('group', { name: 'Actions for the template “Test”' });
    await waitFor(() => expect(within(actions).getByRole('button', { name: 'Rename' })).toHaveFocus());
  });

  it('deletes after confirmation, offers undo, and the new-workshop list follows', async () => {
    const { user, section } = await renderWithTemplates();
    expect(await startFromOptions(user)).toContain('Test');

    const actions = within(section).getByRole('group', { name: 'Actions for the template “Test”' });
    await user.click(within(actions).getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete the template “Test”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(section).getByRole('listitem', { name: 'Test' })).toBeInTheDocument();

    await user.click(within(actions).getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(section).queryByRole('listitem', { name: 'Test' })).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('The template “Test” was deleted.');
    expect(within(section).getByRole('heading', { name: 'Saved templates' })).toHaveFocus();
    expect(await startFromOptions(user)).not.toContain('Test');

    await user.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(await within(section).findByRole('listitem', { name: 'Test' })).toBeInTheDocument();
    expect(await startFromOptions(user)).toContain('Test');
  });

  it('hides the section once the last template is gone, and speaks Polish with Polish plurals', async () => {
    const { user, section } = await renderWithTemplates();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Polski');
    const polish = await screen.findByRole('region', { name: 'Zapisane szablony' });
    expect(within(polish).getByText('11 działań')).toBeInTheDocument();
    expect(within(polish).getByText('1 działanie')).toBeInTheDocument();

    for (const title of ['Quarterly alignment', 'Test']) {
      const group = within(section).getByRole('group', { name: `Operacje na szablonie „${title}”` });
      await user.click(within(group).getByRole('button', { name: 'Usuń' }));
      await user.click(within(screen.getByRole('alertdialog', { name: `Usunąć szablon „${title}”?` })).getByRole('button', { name: 'Usuń' }));
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    }
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Zapisane szablony' })).not.toBeInTheDocument());
  });
});
