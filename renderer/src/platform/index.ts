import { BRIDGE_KEY, type AlignboardBridge } from '@shared/ipc/contract';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';

export type { Platform } from './platform';

/** The only place that reads the preload's global. */
export function detectPlatform(): Platform {
  const bridge = (window as unknown as Record<string, AlignboardBridge | undefined>)[BRIDGE_KEY];
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
}
