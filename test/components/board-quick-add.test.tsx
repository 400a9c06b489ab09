import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { notesIn, openCustomerLens } from '../support/render-app';

describe('quick add', () => {
  it('undoes the last board change with Ctrl+Z from an empty add box, and leaves typed text alone', async () => {
    const { user, services } = await openCustomerLens();
    const box = screen.getByRole('textbox', { name: 'Add a note to Sales sees' });
    await user.click(box);
    await user.keyboard('Named accounts{Enter}');
    await waitFor(() => expect(notesIn('Sales sees')).toEqual(['Named accounts']));
    await services.app.whenSaved();

    // With something typed, Ctrl+Z is the box's own: the board keeps its note.
    await user.keyboard('Half a thought');
    await user.keyboard('{Control>}z{/Control}');
    expect(notesIn('Sales sees')).toEqual(['Named accounts']);

    await user.clear(box);
    expect(box).toHaveFocus();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(notesIn('Sales sees')).toEqual([]));
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(notesIn('Sales sees')).toEqual(['Named accounts']));
  });

  it('keeps both texts when a quick add fails after the next note was typed', async () => {
    const { user, services } = await openCustomerLens();
    let fail!: () => void;
    const gate = new Promise<void>((resolve) => (fail = resolve));
    vi.spyOn(services.repository, 'applyDiff').mockImplementationOnce(async () => {
      await gate;
      throw new Error('disk gone');
    });
    const box = screen.getByRole('textbox', { name: 'Add a note to Sales sees' });
    await user.click(box);
    await user.keyboard('First note{Enter}');
    await user.keyboard('Second note');
    expect(box).toHaveValue('Second note');

    fail();
    await waitFor(() => expect(box).toHaveValue('First note\nSecond note'));
    expect(notesIn('Sales sees')).toEqual([]);
  });
});

describe('note focus', () => {
  it('scrolls a note into view for keyboard focus only, so a click lands on the button it was aimed at', async () => {
    const { user } = await openCustomerLens();
    await user.click(screen.getByRole('textbox', { name: 'Add a note to Sales sees' }));
    await user.keyboard('Named accounts{Enter}');
    const handle = await screen.findByRole('button', { name: /Move note: Named accounts/ });
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');

    // A pointer press focuses the button under it; the note must not move away from the pointer.
    await user.click(handle);
    expect(handle).toHaveFocus();
    expect(scroll).not.toHaveBeenCalled();

    // Tab onto a note's button: the whole note comes into view.
    within(screen.getByRole('group', { name: 'Writing as, in Sales sees' })).getByRole('radio', { name: 'Sales' }).focus();
    scroll.mockClear();
    await user.tab({ shift: true });
    expect(scroll).toHaveBeenCalled();
  });
});

describe('writing as', () => {
  const author = (column: string, text: string) =>
    within(within(screen.getByRole('list', { name: `Notes in ${column}` })).getByText(text).closest('li')!).getByText(/^(Sales|Marketing)$/)
      .textContent;

  it('writes each column as the department it is named for, and a choice sticks to its column', async () => {
    const { user } = await openCustomerLens();
    const group = (column: string) => screen.getByRole('group', { name: `Writing as, in ${column}` });
    expect(within(group('Sales sees')).getByRole('radio', { name: 'Sales' })).toBeChecked();
    expect(within(group('Marketing sees')).getByRole('radio', { name: 'Marketing' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Add a note to Marketing sees' })).toHaveAttribute('placeholder', 'Marketing: type and press Enter…');

    await user.click(screen.getByRole('textbox', { name: 'Add a note to Marketing sees' }));
    await user.keyboard('A segment{Enter}');
    await waitFor(() => expect(notesIn('Marketing sees')).toEqual(['A segment']));
    // After Marketing notes, a note typed into "Sales sees" is still Sales's.
    await user.click(screen.getByRole('textbox', { name: 'Add a note to Sales sees' }));
    await user.keyboard('Named accounts{Enter}');
    await waitFor(() => expect(notesIn('Sales sees')).toEqual(['Named accounts']));
    expect(author('Marketing sees', 'A segment')).toBe('Marketing');
    expect(author('Sales sees', 'Named accounts')).toBe('Sales');

    // A shared column follows the last choice made; a choice made in a column stays there.
    await user.click(within(group('Sales sees')).getByRole('radio', { name: 'Marketing' }));
    expect(within(group('Our shared customer definition')).getByRole('radio', { name: 'Marketing' })).toBeChecked();
    expect(within(group('Marketing sees')).getByRole('radio', { name: 'Marketing' })).toBeChecked();
    await user.click(screen.getByRole('textbox', { name: 'Add a note to Sales sees' }));
    await user.keyboard('Heard from a partner{Enter}');
    await waitFor(() => expect(notesIn('Sales sees')).toEqual(['Named accounts', 'Heard from a partner']));
    expect(author('Sales sees', 'Heard from a partner')).toBe('Marketing');
    expect(within(group('Sales sees')).getByRole('radio', { name: 'Marketing' })).toBeChecked();
  });
});
