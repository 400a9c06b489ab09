import 'fake-indexeddb/auto';
import { StorageError } from '../../renderer/src/db/storage-error';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { applyDiff, composeDiffs } from '../../shared/model/diff';
import { columnsOf, notesOf } from '../../shared/model/queries';
import { addNote, editNote } from '../../shared/ops/notes';
import { notesIn, openCustomerLens } from '../support/render-app';

describe('board', () => {
  it('adds notes with the keyboard only; the department choice sticks', async () => {
    const { user } = await openCustomerLens();
    await user.click(within(screen.getByRole('group', { name: 'Writing as, in Sales sees' })).getByRole('radio', { name: 'Marketing' }));
    await user.click(screen.getByRole('textbox', { name: 'Add a note to Sales sees' }));
    // At a person's pace: a quick-added note shows once it is saved (a few ms).
    await user.keyboard('Named accounts{Enter}');
    await waitFor(() => expect(notesIn('Sales sees')).toEqual(['Named accounts']));
    await user.keyboard('A buyer with a name{Enter}');
    await waitFor(() => expect(notesIn('Sales sees')).toEqual(['Named accounts', 'A buyer with a name']));
    const notes = within(screen.getByRole('list', { name: 'Notes in Sales sees' })).getAllByRole('listitem');
    for (const note of notes) expect(within(note).getByText('Marketing')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Add a note to Sales sees' })).toHaveValue('');
  });

  it('puts the note on the board at once and empties the box for the next one', async () => {
    const { user } = await openCustomerLens();
    const box = screen.getByRole('textbox', { name: 'Add a note to Sales sees' });
    await user.click(box);
    await user.keyboard('Named accounts{Enter}');
    expect(notesIn('Sales sees')).toEqual(['Named accounts']);
    expect(box).toHaveValue('');
    await user.keyboard('Next step{Enter}');
    await waitFor(() => expect(notesIn('Sales sees')).toEqual(['Named accounts', 'Next step']));
  });

  it('gives the text back when the note could not be saved, with what was typed meanwhile', async () => {
    const { user, services } = await openCustomerLens();
    // Hold the save until the test lets it go, then fail it, as a full disk would.
    let fail!: () => void;
    const gate = new Promise<void>((resolve) => (fail = resolve));
    vi.spyOn(services.repository, 'applyDiff').mockImplementationOnce(async () => {
      await gate;
      throw new StorageError('quota', 'QuotaExceededError');
    });
    const box = screen.getByRole('textbox', { name: 'Add a note to Sales sees' });
    await user.click(box);
    await user.keyboard('Named accounts{Enter}');
    await user.keyboard('Next');
    fail();
    await waitFor(() => expect(box).toHaveValue('Named accounts\nNext'));
    expect(notesIn('Sales sees')).toEqual([]);
    expect(await screen.findByRole('alert')).toHaveTextContent(/disk is full|storage/i);
  });

  it('refuses an empty or over-long note with a message and keeps the text', async () => {
    const { user } = await openCustomerLens();
    const box = screen.getByRole('textbox', { name: 'Add a note to Sales sees' });
    await user.click(box);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Please type something first.');

    const long = 'x'.repeat(501);
    await user.click(box);
    await user.paste(long);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('That is too long: at most 500 characters');
    expect(box).toHaveValue(long);
    expect(notesIn('Sales sees')).toEqual([]);
  });

  it('moves a note to the next column by keyboard and announces where it went', async () => {
    const { user, services } = await openCustomerLens();
    await user.click(screen.getByRole('textbox', { name: 'Add a note to Sales sees' }));
    await user.keyboard('Leads come late{Enter}');

    const handle = await screen.findByRole('button', { name: 'Move note: Leads come late' });
    handle.focus();
    await user.keyboard(' ');
    expect(screen.getByText(/Picked up note “Leads come late”, position 1 of 1 in Sales sees\./)).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('Note “Leads come late” is over position 1 of 1 in Marketing sees.')).toBeInTheDocument();
    await user.keyboard(' ');

    await waitFor(() => expect(notesIn('Marketing sees')).toEqual(['Leads come late']));
    expect(notesIn('Sales sees')).toEqual([]);
    expect(screen.getByText('Moved note “Leads come late” to position 1 of 1 in Marketing sees.')).toBeInTheDocument();

    // One drop is one undo step.
    await services.app.whenSaved();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(notesIn('Sales sees')).toEqual(['Leads come late']);
  });

  it('holds still while a note is dragged: what is written meanwhile shows at the drop, and all of it is kept', async () => {
    const { user, services } = await openCustomerLens();
    await user.click(screen.getByRole('textbox', { name: 'Add a note to Sales sees' }));
    await user.keyboard('Leads come late{Enter}');
    await user.keyboard('Typo heer{Enter}');
    (await screen.findByRole('button', { name: 'Move note: Leads come late' })).focus();
    await user.keyboard(' ');

    // Written elsewhere mid-drag (phones in the room): a fix to the other note, a note into the target column.
    const { route } = services.app.store.getState();
    const activityId = route.name === 'workshop' ? route.activityId! : '';
    await services.app.run((current, ctx) => {
      const [salesSees, marketingSees] = columnsOf(current, activityId);
      const typo = notesOf(current, salesSees!.id)[1]!;
      const fixed = applyDiff(current, editNote(current, typo.id, { text: 'Typo here' }, ctx));
      return composeDiffs([
        editNote(current, typo.id, { text: 'Typo here' }, ctx),
        addNote(fixed, { columnId: marketingSees!.id, text: 'Arrived from a phone', department: 'marketing' }, ctx),
      ]);
    });
    expect(notesIn('Sales sees')).toEqual(['Leads come late', 'Typo heer']);
    expect(notesIn('Marketing sees')).toEqual([]);

    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('Note “Leads come late” is over position 1 of 1 in Marketing sees.')).toBeInTheDocument();
    await user.keyboard(' ');
    await waitFor(() => expect(notesIn('Marketing sees')).toEqual(['Leads come late', 'Arrived from a phone']));
    expect(notesIn('Sales sees')).toEqual(['Typo here']);
    await services.app.whenSaved();
    expect(await services.db.records.where('type').equals('note').count()).toBe(3);
  });

  it('cancels a keyboard move with Escape and leaves the note where it was', async () => {
    const { user } = await openCustomerLens();
    await user.click(screen.getByRole('textbox', { name: 'Add a note to Sales sees' }));
    await user.keyboard('Stay here{Enter}');
    (await screen.findByRole('button', { name: 'Move note: Stay here' })).focus();
    await user.keyboard(' {ArrowRight}{ArrowRight}{Escape}');
    await waitFor(() => expect(screen.getByText(/Move cancelled\. Note “Stay here” is back in Sales sees\./)).toBeInTheDocument());
    expect(notesIn('Sales sees')).toEqual(['Stay here']);
    expect(notesIn('Our shared customer definition')).toEqual([]);
  });

  it('edits a note in place and deletes it, both undoable with Ctrl+Z', async () => {
    const { user, services } = await openCustomerLens();
    await user.click(screen.getByRole('textbox', { name: 'Add a note to Sales sees' }));
    await user.keyboard('Typo heer{Enter}');
    // A quick-added note shows once saved, and the editor closes once the edit is saved.
    await user.click(await screen.findByRole('button', { name: 'Edit note: Typo heer' }));
    const editor = screen.getByRole('textbox', { name: 'Note text' });
    await user.clear(editor);
    await user.keyboard('Typo here{Enter}');
    await waitFor(() => expect(notesIn('Sales sees')).toEqual(['Typo here']));

    await user.click(screen.getByRole('button', { name: 'Delete note: Typo here' }));
    expect(notesIn('Sales sees')).toEqual([]);
    await services.app.whenSaved();
    await user.keyboard('{Control>}z{/Control}');
    expect(notesIn('Sales sees')).toEqual(['Typo here']);
    await user.keyboard('{Control>}z{/Control}');
    expect(notesIn('Sales sees')).toEqual(['Typo heer']);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(notesIn('Sales sees')).toEqual(['Typo here']);
  });

  it('adds, renames, reorders and removes columns', async () => {
    const { user } = await openCustomerLens();
    await user.click(screen.getByRole('button', { name: '+ Add column' }));
    await user.keyboard('Parking lot{Enter}');
    expect(await screen.findByRole('region', { name: 'Parking lot' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rename column Parking lot' }));
    const title = screen.getByRole('textbox', { name: 'Column title' });
    await user.clear(title);
    await user.keyboard('Later{Enter}');
    await user.click(screen.getByRole('button', { name: 'Move column Later left' }));
    const regions = screen.getAllByRole('region').map((region) => region.getAttribute('aria-label'));
    expect(regions).toEqual(['Sales sees', 'Marketing sees', 'Later', 'Our shared customer definition']);

    await user.click(screen.getByRole('button', { name: 'Remove column Later' }));
    expect(screen.queryByRole('region', { name: 'Later' })).not.toBeInTheDocument();
  });

  it('asks before removing a column that has notes', async () => {
    const { user } = await openCustomerLens();
    await user.click(screen.getByRole('textbox', { name: 'Add a note to Sales sees' }));
    await user.keyboard('keep me{Enter}');
    await waitFor(() => expect(notesIn('Sales sees')).toEqual(['keep me']));
    await user.click(screen.getByRole('button', { name: 'Remove column Sales sees' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove column “Sales sees”?' });
    expect(dialog).toHaveTextContent('Its 1 note will be removed too.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(notesIn('Sales sees')).toEqual(['keep me']);
  });
});
