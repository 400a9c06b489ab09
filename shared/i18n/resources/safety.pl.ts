import type { Shape } from './en';
import type { safetyEn } from './safety.en';

/** Polish text of the safety messages (failed screens, imports, backups, a second tab). */
export const safetyPl: Shape<typeof safetyEn> = {
  screen: {
    title: 'Nie udało się wyświetlić tego ekranu',
    body: 'Coś w danych tego warsztatu uniemożliwiło jego wyświetlenie. Niczego nie zmieniono ani nie usunięto; reszta aplikacji działa normalnie.',
    projectorBody: 'Coś w danych tego warsztatu zatrzymało widok dla sali. Niczego nie zmieniono; okno prowadzącego działa normalnie.',
    details: 'Szczegóły techniczne',
    backHome: 'Wróć do warsztatów',
    tryAgain: 'Spróbuj ponownie',
    restoreBackup: 'Przywróć kopię zapasową…',
    browserRestore:
      'Wersja przeglądarkowa nie tworzy automatycznych kopii zapasowych. Jeśli masz wcześniej wyeksportowany plik tego warsztatu (.json), zaimportuj go: zostanie dodany jako nowy warsztat.',
  },
  import: {
    reading: 'Wczytywanie pliku „{{name}}”… {{percent}}%',
    checking: 'Sprawdzanie pliku „{{name}}”…',
    saving: 'Dodawanie warsztatu z pliku „{{name}}”… {{percent}}%',
    readFailed: 'Nie udało się odczytać pliku „{{name}}” ({{detail}}). Niczego nie zaimportowano i nic nie zostało zmienione.',
  },
  backups: {
    readFailed: 'Nie udało się odczytać tej kopii zapasowej ({{detail}}). Niczego nie przywrócono; spróbuj starszej kopii.',
    listFailed: 'Nie udało się odczytać folderu z kopiami zapasowymi ({{detail}}).',
  },
  lock: {
    title: 'Ten warsztat jest otwarty w innej karcie',
    body: 'Warsztat można zmieniać tylko w jednej karcie naraz, żeby żadna nie nadpisała zmian drugiej. Ta karta pokazuje go tylko do odczytu.',
    takenTitle: 'Inna karta przejęła ten warsztat',
    takenBody: 'Teraz ten warsztat zmienia inna karta. Ta karta jest tylko do odczytu i może pokazywać nieaktualny stan.',
    takeOver: 'Edytuj w tej karcie',
    backHome: 'Wróć do warsztatów',
  },
};
