/** English text of what keeps a bad file, a failure or a second tab from hurting the user, under `safety.` in i18n. */
export const safetyEn = {
  screen: {
    title: 'This screen could not be shown',
    body: 'Something in this workshop’s data stopped Alignboard from showing it. Nothing was changed or deleted; the rest of the app keeps working.',
    projectorBody: 'Something in this workshop’s data stopped the room view. Nothing was changed; the facilitator’s window keeps working.',
    details: 'Technical details',
    backHome: 'Back to workshops',
    tryAgain: 'Try again',
    restoreBackup: 'Restore a backup…',
    browserRestore:
      'The browser version keeps no automatic backups. If you exported this workshop earlier, import that file (.json): it is added as a new workshop.',
  },
  import: {
    reading: 'Reading “{{name}}”… {{percent}}%',
    checking: 'Checking “{{name}}”…',
    saving: 'Adding “{{name}}”… {{percent}}%',
    readFailed: 'The file “{{name}}” could not be read ({{detail}}). Nothing was imported and nothing was changed.',
  },
  backups: {
    readFailed: 'This backup could not be read ({{detail}}). Nothing was restored; try an older one.',
    listFailed: 'The backups folder could not be read ({{detail}}).',
  },
  lock: {
    title: 'This workshop is open in another tab',
    body: 'Only one tab can change a workshop at a time, so that neither overwrites the other’s edits. This tab shows it read-only.',
    takenTitle: 'This workshop was taken over by another tab',
    takenBody: 'Another tab now changes this workshop. This tab is read-only and may be out of date.',
    takeOver: 'Edit here instead',
    backHome: 'Back to workshops',
  },
};
