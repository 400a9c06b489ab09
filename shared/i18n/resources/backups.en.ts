/** English text about the health of automatic backups and purging old ones, under `backupHealth.` in i18n. */
export const backupHealthEn = {
  diskFull: 'Automatic backups are failing: the disk is full. Your workshops are still saved in Alignboard. Free up disk space and backups resume on their own.',
  permission: 'Automatic backups are failing: Alignboard is not allowed to write to its backups folder. Your workshops are still saved in Alignboard. Check the permissions of that folder.',
  tooLarge: 'No backup of “{{title}}”: the workshop is larger than {{max}} MB, the largest file Alignboard can restore. Export it as CSV or Markdown to keep a copy.',
  tooManyNotes: 'No backup of “{{title}}”: the workshop has more than {{max}} notes, the most Alignboard keeps in one workshop.',
  unknown: 'Automatic backups are failing ({{detail}}). Your workshops are still saved in Alignboard.',
  recovered: 'Automatic backups work again.',
  deletedTitle: 'Backups of deleted workshops',
  deletedIntro: 'These workshops are no longer in Alignboard. You can still restore them, or delete their backups to free space.',
  purge: 'Delete backups',
  purgeItem: 'Delete all backups of {{title}}',
  confirmTitle: 'Delete the backups of “{{title}}”?',
  confirmBody_one: 'Its only backup will be deleted for good.',
  confirmBody_other: 'All {{count}} of its backups will be deleted for good.',
  purged_one: 'Deleted {{count}} backup of “{{title}}”.',
  purged_other: 'Deleted {{count}} backups of “{{title}}”.',
  purgeFailed: 'The backups of “{{title}}” could not be deleted: {{detail}}',
};
