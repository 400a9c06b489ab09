import { app } from 'electron';

/**
 * The renderer always lives at one fixed origin, app://alignboard. IndexedDB is
 * keyed by origin, so a fixed one keeps workshop data reachable whatever folder
 * the app is installed in (file:// origins would change with the install path).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'alignboard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The Vite dev server URL that electron-vite passes in development. Ignored in a
 * packaged app, so an environment variable can never point it at other content.
 */
export function devServerUrl(
  env: NodeJS.ProcessEnv = process.env,
  isPackaged: boolean = app.isPackaged,
): string | undefined {
  const url = env.ELECTRON_RENDERER_URL;
  return !isPackaged && url && URL.canParse(url) ? url : undefined;
}

/**
 * Whether `url` belongs to the app itself: app://alignboard, or the dev server's
 * origin when one is given. Anything unparsable is foreign.
 *
 * @example isAppUrl('app://alignboard/index.html') // true
 * @example isAppUrl('https://evil.example') // false
 */
export function isAppUrl(url: string, devServer?: string): boolean {
  if (!URL.canParse(url)) return false;
  const target = new URL(url);
  if (
    target.protocol === `${APP_SCHEME}:` &&
    target.host.toLowerCase() === APP_HOST &&
    target.username === '' &&
    target.password === ''
  ) {
    return true;
  }
  if (!devServer || !URL.canParse(devServer)) return false;
  const dev = new URL(devServer);
  // Non-special schemes have an opaque 'null' origin, so this only ever matches http(s).
  return dev.origin !== 'null' && target.origin === dev.origin;
}
