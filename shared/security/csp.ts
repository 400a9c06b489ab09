/**
 * The Content-Security-Policy of the renderer. The built index.html carries it
 * as a meta tag (browser mode) and Electron's protocol handler sends it as a
 * response header. Dev mode skips it: Vite's hot reload injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = policy("connect-src 'self'");

/**
 * Browser mode only: the facilitator's page reaches a room started with
 * `npm run room` over its host WebSocket (the desktop app does it over IPC and
 * keeps `connect-src 'self'`).
 */
export const BROWSER_CONTENT_SECURITY_POLICY = policy("connect-src 'self' ws:");

function policy(connect: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    connect,
    "media-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
