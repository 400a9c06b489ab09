import { exercisesEn } from './exercises.en';
import { facilitationEn } from './facilitation.en';
import { roomEn } from './room.en';
import { templateEn } from './template.en';
import { transferEn } from './transfer.en';
import { backupHealthEn } from './backups.en';
import { safetyEn } from './safety.en';

/** English UI text. Polish (./pl.ts) must have exactly the same keys: the type checker enforces it. */
export const en = {
  app: {
    name: 'Alignboard',
    tagline: 'Sales & Marketing alignment workshops, offline',
    language: 'Language',
    languages: { en: 'English', pl: 'Polski' },
    undo: 'Undo',
    redo: 'Redo',
    close: 'Close',
    cancel: 'Cancel',
    save: 'Save',
    about: 'About Alignboard',
    version: 'Version {{version}}',
    aboutBody: 'Everything you create stays on this computer. No account, no cloud, no internet needed.',
    dismiss: 'Dismiss',
  },
  home: {
    title: 'Your workshops',
    newWorkshop: 'New workshop',
    emptyTitle: 'No workshops yet',
    emptyBody:
      'A workshop brings Sales and Marketing into one room: goals, pains, a role swap and a 10-step plan with owners and dates. Start from our template — every step can be changed later.',
    createDefault: 'Create the default workshop',
    notes_one: '{{count}} note',
    notes_other: '{{count}} notes',
    open: 'Open',
    edit: 'Edit details',
    duplicate: 'Duplicate',
    delete: 'Delete',
    actionsFor: 'Actions for {{title}}',
    copyOf: 'Copy of {{title}}',
    deleteTitle: 'Delete “{{title}}”?',
    deleteBody_zero: 'The workshop will be removed from this computer. You can undo this until you close the app.',
    deleteBody_one: 'The workshop and its {{count}} note will be removed from this computer. You can undo this until you close the app.',
    deleteBody_other: 'The workshop and its {{count}} notes will be removed from this computer. You can undo this until you close the app.',
    deleted: '“{{title}}” was deleted.',
    restore: 'Undo delete',
    loading: 'Loading workshops…',
    noOrganisation: 'No organisation',
    imported: 'imported {{date}}',
    importedTitle: 'Imported from a file on {{date}}; the mark goes when you rename the workshop.',
  },
  workshopForm: {
    createTitle: 'New workshop',
    editTitle: 'Workshop details',
    title: 'Workshop title',
    titleDefault: 'Sales & Marketing alignment',
    organisation: 'Organisation',
    facilitator: 'Facilitator',
    date: 'Date',
    departments: 'Departments',
    departmentName: 'Name of department {{number}}',
    departmentColor: 'Colour of department {{number}}',
    create: 'Create workshop',
    salesDefault: 'Sales',
    marketingDefault: 'Marketing',
  },
  workshop: {
    backHome: 'All workshops',
    agenda: 'Agenda',
    hideAgenda: 'Hide the agenda',
    showAgenda: 'Show the agenda',
    minutes: '{{count}} min',
    notFound: 'This workshop no longer exists.',
    loading: 'Opening workshop…',
  },
  board: {
    writingAs: 'Writing as',
    writingAsIn: 'Writing as, in {{column}}',
    addNotePlaceholderAs: '{{department}}: type and press Enter…',
    addColumn: 'Add column',
    scrollBefore: 'Show the columns to the left',
    scrollAfter: 'Show the columns to the right',
    newColumnTitle: 'New column',
    columnTitle: 'Column title',
    renameColumn: 'Rename column {{title}}',
    moveColumnLeft: 'Move column {{title}} left',
    moveColumnRight: 'Move column {{title}} right',
    removeColumn: 'Remove column {{title}}',
    removeColumnTitle: 'Remove column “{{title}}”?',
    removeColumnBody_one: 'Its {{count}} note will be removed too. You can undo this.',
    removeColumnBody_other: 'Its {{count}} notes will be removed too. You can undo this.',
    remove: 'Remove',
    addNoteTo: 'Add a note to {{column}}',
    addNotePlaceholder: 'Type and press Enter…',
    addNoteHint: 'Enter adds the note, Shift+Enter starts a new line.',
    characters: '{{count}} / {{max}}',
    emptyColumn: 'No notes yet — add the first one below.',
    moveNote: 'Move note: {{text}}',
    editNote: 'Edit note: {{text}}',
    deleteNote: 'Delete note: {{text}}',
    noteText: 'Note text',
    notesIn: 'Notes in {{column}}',
    writtenBy: 'Written by {{department}}',
    saveEdit: 'Save note',
    cancelEdit: 'Cancel editing',
  },
  dnd: {
    instructions:
      'To move a note, press Space on its handle. Use the arrow keys to move it: up and down within a column, left and right to another column. Press Space again to drop it, or Escape to cancel.',
    pickedUp: 'Picked up note “{{text}}”, position {{position}} of {{count}} in {{column}}.',
    movedTo: 'Note “{{text}}” is over position {{position}} of {{count}} in {{column}}.',
    dropped: 'Moved note “{{text}}” to position {{position}} of {{count}} in {{column}}.',
    cancelled: 'Move cancelled. Note “{{text}}” is back in {{column}}.',
  },
  errors: {
    textRequired: 'Please type something first.',
    textTooLong: 'That is too long: at most {{max}} characters. Shorten it and try again.',
    notFound: 'That item no longer exists. It may have been deleted.',
    lastColumn: 'A board needs at least one column. Add another column before removing this one.',
    tooManyNotes: 'This workshop has reached the most notes one workshop can hold ({{max}}). Delete notes you no longer need, or start a follow-up session.',
    invalidDate: 'Please enter a valid date.',
    invalidColor: 'Please pick a colour.',
    storageQuota:
      'Your change could not be saved: the disk is full or the storage quota is used up. Free some space and try again; the board shows what is saved.',
    storageFailed: 'Your change could not be saved ({{detail}}). The board shows what is saved; please try again.',
    storageBlocked:
      'Alignboard is open in another window with an older version. Close the other window so this one can open its data.',
    storageVersionChange:
      'Alignboard was updated in another window. Reload this window to keep working; nothing you saved is lost.',
    unexpected: 'Something went wrong: {{detail}}',
    recordsSetAside_one:
      '{{count}} item of this workshop could not be read (damaged or left without its board) and was set aside. Everything else is here.',
    recordsSetAside_other:
      '{{count}} items of this workshop could not be read (damaged or left without their board) and were set aside. Everything else is here.',
  },
  template: templateEn,
  facilitation: facilitationEn,
  exercises: exercisesEn,
  transfer: transferEn,
  backupHealth: backupHealthEn,
  room: roomEn,
  safety: safetyEn,
};

/** Polish plurals need `_few` and `_many` forms beside English's `_one` and `_other`. */
type PolishPlurals<T> = {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_few` | `${Base}_many` : never]: string;
};
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> } & PolishPlurals<T>;
export type Translation = Shape<typeof en>;
