import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { IPC, type MenuCommand } from '../../shared/ipc/contract';
import { MENU_LABELS } from '../../shared/i18n/menu';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locales';
import { getMainWindow } from './main-window';

export type SendMenuCommand = (command: MenuCommand) => void;

export interface MenuEnvironment {
  isMac: boolean;
  /** Reload and DevTools exist only in development builds. */
  isPackaged: boolean;
}

function currentEnvironment(): MenuEnvironment {
  return { isMac: process.platform === 'darwin', isPackaged: app.isPackaged };
}

/**
 * The native menu as data. Commands the renderer owns (undo, new workshop, …)
 * are sent to it; clipboard, zoom and window items use Electron's roles.
 */
export function buildMenuTemplate(
  locale: Locale,
  send: SendMenuCommand,
  env: MenuEnvironment = currentEnvironment(),
): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[locale];
  const devOnly = (item: MenuItemConstructorOptions): MenuItemConstructorOptions[] =>
    env.isPackaged ? [] : [item];

  const appMenu: MenuItemConstructorOptions = {
    label: 'Alignboard',
    submenu: [
      { label: t.appMenu.about, click: () => send('about') },
      { type: 'separator' },
      { role: 'services', label: t.appMenu.services },
      { type: 'separator' },
      { role: 'hide', label: t.appMenu.hide },
      { role: 'hideOthers', label: t.appMenu.hideOthers },
      { role: 'unhide', label: t.appMenu.showAll },
      { type: 'separator' },
      { role: 'quit', label: t.appMenu.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t.file.title,
    submenu: [
      { label: t.file.newWorkshop, click: () => send('new-workshop') },
      { label: t.file.home, click: () => send('go-home') },
      { type: 'separator' },
      // On macOS Quit lives in the app menu; File ends with Close Window there.
      env.isMac ? { role: 'close', label: t.file.closeWindow } : { role: 'quit', label: t.file.quit },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t.edit.title,
    submenu: [
      // The renderer handles these keys itself so that a focused text field
      // keeps its native undo; the menu only shows the shortcut.
      { label: t.edit.undo, accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => send('undo') },
      { label: t.edit.redo, accelerator: 'Shift+CmdOrCtrl+Z', registerAccelerator: false, click: () => send('redo') },
      { type: 'separator' },
      { role: 'cut', label: t.edit.cut },
      { role: 'copy', label: t.edit.copy },
      { role: 'paste', label: t.edit.paste },
      { role: 'selectAll', label: t.edit.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t.view.title,
    submenu: [
      ...devOnly({ role: 'reload', label: t.view.reload }),
      ...devOnly({ role: 'toggleDevTools', label: t.view.toggleDevTools }),
      ...devOnly({ type: 'separator' }),
      { role: 'resetZoom', label: t.view.resetZoom },
      { role: 'zoomIn', label: t.view.zoomIn },
      { role: 'zoomOut', label: t.view.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.view.toggleFullScreen },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: t.help.title,
    submenu: [{ label: t.help.about, click: () => send('about') }],
  };

  return [...(env.isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}

/**
 * Delivers a command to the main window, whichever window has focus: File → Home
 * from the projector must not put every workshop's title on the room's wall.
 */
export function sendToMainWindow(command: MenuCommand): void {
  const win = getMainWindow();
  if (!win) return;
  win.webContents.send(IPC.menuCommand, command);
  // The command changes what the main window shows: bring it forward so the user sees it.
  if (win.isMinimized()) win.restore();
  win.focus();
}

/** Picks the menu language from the OS until the renderer reports its own. */
export function localeFromSystem(languages: readonly string[]): Locale {
  const first = languages[0]?.toLowerCase() ?? '';
  return first === 'pl' || first.startsWith('pl-') ? 'pl' : DEFAULT_LOCALE;
}

export function installMenu(locale: Locale): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(locale, sendToMainWindow)));
}
