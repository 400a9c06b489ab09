import { z } from 'zod';
import { LOCALES, type Locale } from '../i18n/locales';

/**
 * The one contract between the renderer and the Electron main process.
 * Every channel is named here; main validates each payload with the schema
 * next to it, and the preload exposes one named function per channel.
 */
export const IPC = {
  getAppInfo: 'app:get-info',
  setLocale: 'app:set-locale',
  menuCommand: 'menu:command',
} as const;

export const setLocaleArgs = z.tuple([z.enum(LOCALES)]);

export const MENU_COMMANDS = ['undo', 'redo', 'new-workshop', 'go-home', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

/** What the preload exposes on `window.alignboard`. */
export interface AlignboardBridge {
  getAppInfo(): Promise<AppInfo>;
  /** Tells main the UI language so native menus follow it. */
  setLocale(locale: Locale): Promise<void>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export const BRIDGE_KEY = 'alignboard';
