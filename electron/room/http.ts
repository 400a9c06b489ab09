import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Assets } from './assets';

/** The room's HTTP side: the participant page from memory, with strict headers, and nothing else. */

/** Headers on every response; `origin` is the room's own, e.g. `http://192.168.1.20:41234`. */
export function securityHeaders(origin: string): Record<string, string> {
  const socket = origin.replace(/^http:/, 'ws:');
  return {
    'Content-Security-Policy': [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      `connect-src ${socket}`,
      "manifest-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // The join secret travels in the address's fragment; no referrer leaks the rest either.
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cache-Control': 'no-store',
  };
}

/** Is `host` (a Host header) this room's own address? Anything else may be DNS rebinding. */
export function hostAllowed(header: string | undefined, ownHost: string): boolean {
  return header !== undefined && header.toLowerCase() === ownHost.toLowerCase();
}

export function plain(response: ServerResponse, status: number, headers: Record<string, string>, text: string): void {
  response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

/** The path part of a request target, undecoded; the map lookup is exact, so `..` or `%2e` never match. */
export function requestPath(url: string | undefined): string {
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  const path = end === -1 ? raw : raw.slice(0, end);
  return path === '/' ? '/index.html' : path;
}

export function serveAsset(request: IncomingMessage, response: ServerResponse, assets: Assets, headers: Record<string, string>): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    plain(response, 405, { ...headers, Allow: 'GET, HEAD' }, 'Method not allowed');
    return;
  }
  const asset = assets.get(requestPath(request.url));
  if (!asset) {
    plain(response, 404, headers, 'Not found');
    return;
  }
  response.writeHead(200, { ...headers, 'Content-Type': asset.type, 'Content-Length': asset.body.length });
  response.end(request.method === 'HEAD' ? undefined : asset.body);
}
