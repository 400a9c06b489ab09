import type { Translation } from './en';
import { exercisesPl } from './exercises.pl';
import { facilitationPl } from './facilitation.pl';
import { templatePl } from './template.pl';
import { transferPl } from './transfer.pl';
import { safetyPl } from './safety.pl';

/** Polish UI text; `Translation` makes a missing or extra key a type error. */
export const pl: Translation = {
  app: {
    name: 'Alignboard',
    tagline: 'Warsztaty zgrania sprzedaży i marketingu, offline',
    language: 'Język',
    languages: { en: 'English', pl: 'Polski' },
    undo: 'Cofnij',
    redo: 'Ponów',
    close: 'Zamknij',
    cancel: 'Anuluj',
    save: 'Zapisz',
    about: 'O programie Alignboard',
    version: 'Wersja {{version}}',
    aboutBody: 'Wszystko, co tworzysz, zostaje na tym komputerze. Bez konta, bez chmury, bez internetu.',
    dismiss: 'Zamknij komunikat',
  },
  home: {
    title: 'Twoje warsztaty',
    newWorkshop: 'Nowy warsztat',
    emptyTitle: 'Nie ma jeszcze warsztatów',
    emptyBody:
      'Warsztat zbiera sprzedaż i marketing w jednej sali: cele, bolączki, zamiana ról i plan 10 kroków z właścicielami i terminami. Zacznij od naszego szablonu — każdy krok można później zmienić.',
    createDefault: 'Utwórz warsztat z szablonu',
    notes_one: '{{count}} notatka',
    notes_few: '{{count}} notatki',
    notes_many: '{{count}} notatek',
    notes_other: '{{count}} notatki',
    open: 'Otwórz',
    edit: 'Edytuj szczegóły',
    duplicate: 'Duplikuj',
    delete: 'Usuń',
    actionsFor: 'Działania dla: {{title}}',
    copyOf: 'Kopia: {{title}}',
    deleteTitle: 'Usunąć „{{title}}”?',
    deleteBody:
      'Warsztat i jego notatki (liczba: {{count}}) zostaną usunięte z tego komputera. Możesz to cofnąć, dopóki nie zamkniesz aplikacji.',
    deleted: 'Usunięto „{{title}}”.',
    restore: 'Cofnij usunięcie',
    loading: 'Wczytywanie warsztatów…',
    noOrganisation: 'Bez organizacji',
  },
  workshopForm: {
    createTitle: 'Nowy warsztat',
    editTitle: 'Szczegóły warsztatu',
    title: 'Tytuł warsztatu',
    titleDefault: 'Zgranie sprzedaży i marketingu',
    organisation: 'Organizacja',
    facilitator: 'Prowadzący',
    date: 'Data',
    departments: 'Działy',
    departmentName: 'Nazwa działu {{number}}',
    departmentColor: 'Kolor działu {{number}}',
    create: 'Utwórz warsztat',
    salesDefault: 'Sprzedaż',
    marketingDefault: 'Marketing',
  },
  workshop: {
    backHome: 'Wszystkie warsztaty',
    agenda: 'Agenda',
    minutes: '{{count}} min',
    notFound: 'Ten warsztat już nie istnieje.',
    loading: 'Otwieranie warsztatu…',
  },
  board: {
    writingAs: 'Piszę jako',
    addColumn: 'Dodaj kolumnę',
    newColumnTitle: 'Nowa kolumna',
    columnTitle: 'Tytuł kolumny',
    renameColumn: 'Zmień nazwę kolumny {{title}}',
    moveColumnLeft: 'Przesuń kolumnę {{title}} w lewo',
    moveColumnRight: 'Przesuń kolumnę {{title}} w prawo',
    removeColumn: 'Usuń kolumnę {{title}}',
    removeColumnTitle: 'Usunąć kolumnę „{{title}}”?',
    removeColumnBody_one: 'Jej {{count}} notatka też zostanie usunięta. Możesz to cofnąć.',
    removeColumnBody_few: 'Jej {{count}} notatki też zostaną usunięte. Możesz to cofnąć.',
    removeColumnBody_many: 'Jej {{count}} notatek też zostanie usuniętych. Możesz to cofnąć.',
    removeColumnBody_other: 'Jej notatki ({{count}}) też zostaną usunięte. Możesz to cofnąć.',
    remove: 'Usuń',
    addNoteTo: 'Dodaj notatkę do: {{column}}',
    addNotePlaceholder: 'Wpisz i naciśnij Enter…',
    addNoteHint: 'Enter dodaje notatkę, Shift+Enter zaczyna nową linię.',
    characters: '{{count}} / {{max}}',
    emptyColumn: 'Brak notatek — dodaj pierwszą poniżej.',
    moveNote: 'Przenieś notatkę: {{text}}',
    editNote: 'Edytuj notatkę: {{text}}',
    deleteNote: 'Usuń notatkę: {{text}}',
    noteText: 'Treść notatki',
    notesIn: 'Notatki w kolumnie {{column}}',
    writtenBy: 'Autor: {{department}}',
    saveEdit: 'Zapisz notatkę',
    cancelEdit: 'Anuluj edycję',
  },
  dnd: {
    instructions:
      'Aby przenieść notatkę, naciśnij Spację na jej uchwycie. Strzałki przesuwają ją: w górę i w dół w kolumnie, w lewo i w prawo do innej kolumny. Naciśnij Spację ponownie, aby ją upuścić, lub Escape, aby anulować.',
    pickedUp: 'Podniesiono notatkę „{{text}}”, pozycja {{position}} z {{count}} w kolumnie {{column}}.',
    movedTo: 'Notatka „{{text}}” jest nad pozycją {{position}} z {{count}} w kolumnie {{column}}.',
    dropped: 'Przeniesiono notatkę „{{text}}” na pozycję {{position}} z {{count}} w kolumnie {{column}}.',
    cancelled: 'Anulowano przenoszenie. Notatka „{{text}}” wróciła do kolumny {{column}}.',
  },
  errors: {
    textRequired: 'Najpierw coś wpisz.',
    textTooLong: 'To za długie: najwyżej {{max}} znaków. Skróć tekst i spróbuj ponownie.',
    notFound: 'Ten element już nie istnieje. Mógł zostać usunięty.',
    lastColumn: 'Tablica musi mieć co najmniej jedną kolumnę. Dodaj inną kolumnę, zanim usuniesz tę.',
    invalidDate: 'Podaj poprawną datę.',
    invalidColor: 'Wybierz kolor.',
    storageQuota:
      'Nie udało się zapisać zmiany: dysk jest pełny lub limit miejsca się wyczerpał. Zwolnij miejsce i spróbuj ponownie; tablica pokazuje to, co zapisano.',
    storageFailed: 'Nie udało się zapisać zmiany ({{detail}}). Tablica pokazuje to, co zapisano; spróbuj ponownie.',
    storageBlocked:
      'Alignboard jest otwarty w innym oknie w starszej wersji. Zamknij tamto okno, aby to mogło otworzyć dane.',
    storageVersionChange:
      'Alignboard został zaktualizowany w innym oknie. Odśwież to okno, aby dalej pracować; nic z zapisanych danych nie zginęło.',
    unexpected: 'Coś poszło nie tak: {{detail}}',
    recordsSetAside_one:
      'Nie udało się odczytać {{count}} elementu tego warsztatu (jest uszkodzony albo stracił swoją tablicę), więc odłożyliśmy go na bok. Cała reszta jest na miejscu.',
    recordsSetAside_few:
      'Nie udało się odczytać {{count}} elementów tego warsztatu (są uszkodzone albo straciły swoją tablicę), więc odłożyliśmy je na bok. Cała reszta jest na miejscu.',
    recordsSetAside_many:
      'Nie udało się odczytać {{count}} elementów tego warsztatu (są uszkodzone albo straciły swoją tablicę), więc odłożyliśmy je na bok. Cała reszta jest na miejscu.',
    recordsSetAside_other:
      'Nie udało się odczytać {{count}} elementu tego warsztatu (jest uszkodzony albo stracił swoją tablicę), więc odłożyliśmy go na bok. Cała reszta jest na miejscu.',
  },
  template: templatePl,
  facilitation: facilitationPl,
  exercises: exercisesPl,
  transfer: transferPl,
  safety: safetyPl,
};
