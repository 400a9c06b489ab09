import type { Shape } from './en';
import type { backupHealthEn } from './backups.en';

/** Polish text about the health of automatic backups and purging old ones, under `backupHealth.` in i18n. */
export const backupHealthPl: Shape<typeof backupHealthEn> = {
  diskFull: 'Automatyczne kopie zapasowe nie powstają: dysk jest pełny. Twoje warsztaty są nadal zapisane w Alignboard. Zwolnij miejsce na dysku, a kopie zaczną powstawać same.',
  permission: 'Automatyczne kopie zapasowe nie powstają: Alignboard nie ma uprawnień do zapisu w folderze kopii. Twoje warsztaty są nadal zapisane w Alignboard. Sprawdź uprawnienia tego folderu.',
  tooLarge: 'Nie powstała kopia zapasowa „{{title}}”: warsztat jest większy niż {{max}} MB, a tyle wynosi największy plik, jaki Alignboard potrafi przywrócić. Wyeksportuj go do CSV lub Markdown, aby zachować kopię.',
  tooManyNotes: 'Nie powstała kopia zapasowa „{{title}}”: warsztat ma ponad {{max}} karteczek, a tyle mieści najwyżej jeden warsztat w Alignboard.',
  unknown: 'Automatyczne kopie zapasowe nie powstają ({{detail}}). Twoje warsztaty są nadal zapisane w Alignboard.',
  recovered: 'Automatyczne kopie zapasowe znowu powstają.',
  deletedTitle: 'Kopie zapasowe usuniętych warsztatów',
  deletedIntro: 'Tych warsztatów nie ma już w Alignboard. Nadal możesz je przywrócić albo usunąć ich kopie, aby zwolnić miejsce.',
  purge: 'Usuń kopie',
  purgeItem: 'Usuń wszystkie kopie zapasowe warsztatu {{title}}',
  confirmTitle: 'Usunąć kopie zapasowe „{{title}}”?',
  confirmBody_one: 'Jego jedyna kopia zostanie usunięta na zawsze.',
  confirmBody_few: 'Wszystkie jego {{count}} kopie zostaną usunięte na zawsze.',
  confirmBody_many: 'Wszystkie jego {{count}} kopii zostanie usuniętych na zawsze.',
  confirmBody_other: 'Wszystkie jego {{count}} kopii zostanie usuniętych na zawsze.',
  purged_one: 'Usunięto {{count}} kopię zapasową „{{title}}”.',
  purged_few: 'Usunięto {{count}} kopie zapasowe „{{title}}”.',
  purged_many: 'Usunięto {{count}} kopii zapasowych „{{title}}”.',
  purged_other: 'Usunięto {{count}} kopii zapasowych „{{title}}”.',
  purgeFailed: 'Nie udało się usunąć kopii zapasowych „{{title}}”: {{detail}}',
};
