import { app, type Event, type WebContents } from 'electron';
import { devServerUrl, isAppUrl } from './origin';

export { isAppUrl } from './origin';

/**
 * Keeps a web contents on the app's own pages: no navigation or redirect to
 * another origin, no new windows, no <webview>. Alignboard shows no remote
 * content, so anything else is either a bug or an attack.
 */
export function hardenWebContents(contents: WebContents, devServer?: string): void {
  const blockForeign = (event: Event<{ url: string }>): void => {
    if (!isAppUrl(event.url, devServer)) event.preventDefault();
  };
  // Main frame only: frames are bounded by the CSP (frame-src falls back to
  // 'self'), and pages like about:srcdoc in a print iframe must keep working.
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Hardens every web contents the app ever creates, including future windows. */
export function installWebContentsGuards(devServer: string | undefined = devServerUrl()): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServer));
}
