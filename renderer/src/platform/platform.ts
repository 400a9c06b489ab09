import type { AppInfo, MenuCommand } from '@shared/ipc/contract';
import type { Locale } from '@shared/i18n/locales';

/**
 * What the renderer needs from the machine it runs on. Electron implements it
 * over the preload bridge, a plain browser with web APIs; nothing else in the
 * renderer knows which one it got.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  setLocale(locale: Locale): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
