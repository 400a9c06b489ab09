import type { Locale } from './locales';

/** Every label of the native application menu, one field per item. */
export interface MenuLabels {
  appMenu: {
    about: string;
    services: string;
    hide: string;
    hideOthers: string;
    showAll: string;
    quit: string;
  };
  file: {
    title: string;
    newWorkshop: string;
    home: string;
    closeWindow: string;
    quit: string;
  };
  edit: {
    title: string;
    undo: string;
    redo: string;
    cut: string;
    copy: string;
    paste: string;
    selectAll: string;
  };
  view: {
    title: string;
    reload: string;
    toggleDevTools: string;
    resetZoom: string;
    zoomIn: string;
    zoomOut: string;
    toggleFullScreen: string;
  };
  help: {
    title: string;
    about: string;
  };
}

/**
 * Menu labels per language. Role items (Copy, Quit, …) carry explicit labels
 * too, because Electron's defaults follow the OS language, not the app's.
 */
export const MENU_LABELS: Record<Locale, MenuLabels> = {
  en: {
    appMenu: {
      about: 'About Alignboard',
      services: 'Services',
      hide: 'Hide Alignboard',
      hideOthers: 'Hide Others',
      showAll: 'Show All',
      quit: 'Quit Alignboard',
    },
    file: {
      title: 'File',
      newWorkshop: 'New Workshop…',
      home: 'Home',
      closeWindow: 'Close Window',
      quit: 'Quit',
    },
    edit: {
      title: 'Edit',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      selectAll: 'Select All',
    },
    view: {
      title: 'View',
      reload: 'Reload',
      toggleDevTools: 'Toggle Developer Tools',
      resetZoom: 'Actual Size',
      zoomIn: 'Zoom In',
      zoomOut: 'Zoom Out',
      toggleFullScreen: 'Toggle Full Screen',
    },
    help: {
      title: 'Help',
      about: 'About Alignboard',
    },
  },
  pl: {
    appMenu: {
      about: 'O programie Alignboard',
      services: 'Usługi',
      hide: 'Ukryj Alignboard',
      hideOthers: 'Ukryj pozostałe',
      showAll: 'Pokaż wszystko',
      quit: 'Zakończ Alignboard',
    },
    file: {
      title: 'Plik',
      newWorkshop: 'Nowy warsztat…',
      home: 'Strona główna',
      closeWindow: 'Zamknij okno',
      quit: 'Zakończ',
    },
    edit: {
      title: 'Edycja',
      undo: 'Cofnij',
      redo: 'Ponów',
      cut: 'Wytnij',
      copy: 'Kopiuj',
      paste: 'Wklej',
      selectAll: 'Zaznacz wszystko',
    },
    view: {
      title: 'Widok',
      reload: 'Odśwież',
      toggleDevTools: 'Narzędzia deweloperskie',
      resetZoom: 'Rzeczywisty rozmiar',
      zoomIn: 'Powiększ',
      zoomOut: 'Pomniejsz',
      toggleFullScreen: 'Pełny ekran',
    },
    help: {
      title: 'Pomoc',
      about: 'O programie Alignboard',
    },
  },
};
