/**
 * The Content-Security-Policy of the renderer. The built index.html carries it
 * as a meta tag (browser mode) and Electron's protocol handler sends it as a
 * response header. Dev mode skips it: Vite's hot reload injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
