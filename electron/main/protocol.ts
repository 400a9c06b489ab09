import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { APP_HOST, APP_SCHEME } from './origin';

/** The built renderer, next to the main bundle in out/. */
export const RENDERER_DIR = join(import.meta.dirname, '../renderer');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Must run before the app is ready. `standard` gives the scheme a real origin
 * (so IndexedDB and relative URLs work), `secure` makes it a secure context.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/**
 * Maps an app:// URL to a file inside `rootDir`, or null when the URL is not
 * ours or would leave `rootDir` (`..`, `%2e%2e`, encoded slashes, NUL bytes).
 *
 * @example resolveAppPath('app://alignboard/assets/a.js', '/out/renderer') // '/out/renderer/assets/a.js'
 */
export function resolveAppPath(requestUrl: string, rootDir: string): string | null {
  if (!URL.canParse(requestUrl)) return null;
  const url = new URL(requestUrl);
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '') return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes('\0')) return null;
  // Backslashes are separators on Windows; nothing in our build contains one.
  if (pathname.includes('\\')) return null;

  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname;
  const root = resolve(rootDir);
  const target = resolve(root, `.${sep}${relativePath}`);
  const fromRoot = relative(root, target);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return null;
  return target;
}

/** Headers every app:// response carries, errors included. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Answers one app:// request from the files in `rootDir`. */
export async function serveAppRequest(request: Request, rootDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return textResponse(405, 'Method Not Allowed');
  }
  const filePath = resolveAppPath(request.url, rootDir);
  if (!filePath) return textResponse(404, 'Not Found');
  try {
    if (!(await stat(filePath)).isFile()) return textResponse(404, 'Not Found');
    const body = request.method === 'HEAD' ? null : await readFile(filePath);
    const contentType = CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
    return new Response(body, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentType },
    });
  } catch {
    return textResponse(404, 'Not Found');
  }
}

/** Serves the built renderer on app://alignboard. Call after the app is ready. */
export function handleAppProtocol(rootDir: string = RENDERER_DIR): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rootDir));
}
