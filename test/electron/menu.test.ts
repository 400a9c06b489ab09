// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, KeyboardEvent, MenuItem, MenuItemConstructorOptions } from 'electron';
import { IPC } from '../../shared/ipc/contract';
import { MENU_LABELS, type MenuLabels } from '../../shared/i18n/menu';

const electron = vi.hoisted(() => {
  const send = vi.fn();
  return {
    send,
    app: { isPackaged: true },
    BrowserWindow: {
      getFocusedWindow: vi.fn<() => unknown>(() => ({ webContents: { send } })),
      getAllWindows: vi.fn<() => unknown[]>(() => []),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
  };
});
vi.mock('electron', () => electron);

import {
  buildMenuTemplate,
  installMenu,
  localeFromSystem,
  sendToMainWindow,
} from '../../electron/main/menu';
import { setMainWindow } from '../../electron/main/main-window';

const WINDOWS = { isMac: false, isPackaged: true };

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!Array.isArray(menu?.submenu)) throw new Error(`no menu ${label}`);
  return menu.submenu;
}

function itemOf(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items.find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no item ${label}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  item.click?.({} as MenuItem, undefined, {} as KeyboardEvent);
}

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

describe('buildMenuTemplate', () => {
  it('has Undo and Redo that send commands without stealing the keys', () => {
    const send = vi.fn();
    const edit = submenuOf(buildMenuTemplate('en', send, WINDOWS), 'Edit');
    const undo = itemOf(edit, 'Undo');
    const redo = itemOf(edit, 'Redo');
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(redo).toMatchObject({ accelerator: 'Shift+CmdOrCtrl+Z', registerAccelerator: false });
    click(undo);
    expect(send).toHaveBeenLastCalledWith('undo');
    click(redo);
    expect(send).toHaveBeenLastCalledWith('redo');
  });

  it('keeps native clipboard roles in Edit', () => {
    const roles = submenuOf(buildMenuTemplate('en', vi.fn(), WINDOWS), 'Edit').map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('sends New workshop, Home and About to the renderer', () => {
    const send = vi.fn();
    const template = buildMenuTemplate('en', send, WINDOWS);
    const file = submenuOf(template, 'File');
    click(itemOf(file, 'New Workshop…'));
    click(itemOf(file, 'Home'));
    click(itemOf(submenuOf(template, 'Help'), 'About Alignboard'));
    expect(send.mock.calls).toEqual([['new-workshop'], ['go-home'], ['about']]);
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('is translated into Polish, role items included', () => {
    const template = buildMenuTemplate('pl', vi.fn(), { isMac: true, isPackaged: false });
    expect(template.map((item) => item.label)).toEqual(['Alignboard', 'Plik', 'Edycja', 'Widok', 'Pomoc']);
    const edit = submenuOf(template, 'Edycja');
    expect(edit.map((item) => item.label)).toEqual(
      expect.arrayContaining(['Cofnij', 'Ponów', 'Wytnij', 'Kopiuj', 'Wklej', 'Zaznacz wszystko']),
    );
    for (const item of allItems(template)) {
      if (item.type !== 'separator') expect(item.label, JSON.stringify(item.role)).toBeTruthy();
    }
  });

  it('offers Reload and DevTools only in development', () => {
    const viewRoles = (isPackaged: boolean) =>
      submenuOf(buildMenuTemplate('en', vi.fn(), { isMac: false, isPackaged }), 'View').map((item) => item.role);
    expect(viewRoles(true)).not.toContain('reload');
    expect(viewRoles(true)).not.toContain('toggleDevTools');
    expect(viewRoles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(viewRoles(true)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
  });

  it('prepends the app menu on macOS and moves Quit there', () => {
    const template = buildMenuTemplate('en', vi.fn(), { isMac: true, isPackaged: true });
    expect(template[0]?.label).toBe('Alignboard');
    expect(submenuOf(template, 'Alignboard').map((item) => item.role)).toContain('quit');
    expect(submenuOf(template, 'File').map((item) => item.role)).not.toContain('quit');
    expect(buildMenuTemplate('en', vi.fn(), WINDOWS)[0]?.label).toBe('File');
  });
});

describe('MENU_LABELS', () => {
  it('has a non-empty label for every entry in every language', () => {
    const flatten = (labels: MenuLabels) =>
      Object.entries(labels).flatMap(([group, entries]) =>
        Object.entries(entries as Record<string, string>).map(([key, text]) => [`${group}.${key}`, text] as const),
      );
    const english = flatten(MENU_LABELS.en);
    const polish = flatten(MENU_LABELS.pl);
    expect(polish.map(([key]) => key)).toEqual(english.map(([key]) => key));
    for (const [key, text] of [...english, ...polish]) expect(text.trim(), key).not.toBe('');
  });
});

describe('menu delivery', () => {
  beforeEach(() => {
    electron.send.mockClear();
  });

  /** A window as main-window.ts sees it: focusable, closable, with its own webContents. */
  function fakeWindow() {
    const listeners = new Map<string, () => void>();
    return {
      webContents: { send: vi.fn() },
      isDestroyed: vi.fn(() => false),
      isMinimized: vi.fn(() => false),
      restore: vi.fn(),
      focus: vi.fn(),
      on: vi.fn((event: string, listener: () => void) => void listeners.set(event, listener)),
      close: () => listeners.get('closed')?.(),
    };
  }

  it('sends File commands to the main window even while the projector has focus', () => {
    const main = fakeWindow();
    const projector = fakeWindow();
    setMainWindow(main as unknown as BrowserWindow);
    electron.BrowserWindow.getFocusedWindow.mockReturnValue(projector);
    electron.BrowserWindow.getAllWindows.mockReturnValue([projector, main]);
    sendToMainWindow('go-home');
    expect(main.webContents.send).toHaveBeenCalledWith(IPC.menuCommand, 'go-home');
    expect(main.focus).toHaveBeenCalled();
    expect(projector.webContents.send).not.toHaveBeenCalled();
  });

  it('sends nothing once the main window is closed, not even to the projector', () => {
    const main = fakeWindow();
    const projector = fakeWindow();
    setMainWindow(main as unknown as BrowserWindow);
    main.close();
    electron.BrowserWindow.getFocusedWindow.mockReturnValue(projector);
    sendToMainWindow('new-workshop');
    expect(projector.webContents.send).not.toHaveBeenCalled();
    expect(main.webContents.send).not.toHaveBeenCalled();
  });

  it('installs the menu as the application menu', () => {
    installMenu('pl');
    const menu = electron.Menu.setApplicationMenu.mock.calls[0]?.[0] as { template: MenuItemConstructorOptions[] };
    expect(menu.template.map((item) => item.label)).toContain('Edycja');
  });

  it('starts in Polish on a Polish system and in English otherwise', () => {
    expect(localeFromSystem(['pl-PL', 'en-US'])).toBe('pl');
    expect(localeFromSystem(['pl'])).toBe('pl');
    expect(localeFromSystem(['en-GB', 'pl-PL'])).toBe('en');
    expect(localeFromSystem(['de-DE'])).toBe('en');
    expect(localeFromSystem([])).toBe('en');
  });
});
