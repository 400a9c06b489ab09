// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

const electron = vi.hoisted(() => ({
  app: { isPackaged: true },
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
}));
vi.mock('electron', () => electron);

import {
  handleAppProtocol,
  registerAppScheme,
  resolveAppPath,
  serveAppRequest,
} from '../../electron/main/protocol';

const ROOT = join(tmpdir(), 'alignboard-renderer');

describe('resolveAppPath', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppPath('app://alignboard/index.html', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath('app://alignboard/assets/main-1a2b.js', ROOT)).toBe(
      join(ROOT, 'assets', 'main-1a2b.js'),
    );
    expect(resolveAppPath('app://alignboard/', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath('app://alignboard/fonts/Inter%20Var.woff2', ROOT)).toBe(
      join(ROOT, 'fonts', 'Inter Var.woff2'),
    );
  });

  it('never leaves the renderer folder through ../ or %2e%2e/', () => {
    // The URL parser folds these segments away, so they land inside the folder.
    for (const url of [
      'app://alignboard/../../etc/passwd',
      'app://alignboard/%2e%2e/%2e%2e/etc/passwd',
      'app://alignboard/%2E%2E/secret.txt',
    ]) {
      const resolved = resolveAppPath(url, ROOT);
      expect(resolved === null || resolved.startsWith(ROOT + '/') || resolved.startsWith(ROOT + '\\'), url).toBe(true);
    }
  });

  it('rejects traversal hidden behind encoded separators', () => {
    for (const url of [
      'app://alignboard/..%2f..%2fetc%2fpasswd',
      'app://alignboard/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://alignboard/%2e%2e%2Falignboard-renderer-evil%2Fx',
      'app://alignboard/..%5c..%5csecret.txt',
      'app://alignboard/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt',
    ]) {
      expect(resolveAppPath(url, ROOT), url).toBeNull();
    }
  });

  it('rejects other hosts, other schemes and malformed URLs', () => {
    for (const url of [
      'app://evil/index.html',
      'app://alignboard@evil/index.html',
      'app://user@alignboard/index.html',
      'file:///etc/passwd',
      'https://alignboard/index.html',
      'app://alignboard/%E0%A4%A',
      'app://alignboard/index.html%00.png',
      'not a url',
    ]) {
      expect(resolveAppPath(url, ROOT), url).toBeNull();
    }
  });
});

describe('serveAppRequest', () => {
  let base: string;
  let root: string;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'alignboard-protocol-'));
    root = join(base, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Alignboard</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(base, 'secret.txt'), 'do not serve');
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('serves a file with the CSP and nosniff headers', async () => {
    const response = await serveAppRequest(new Request('app://alignboard/index.html'), root);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Alignboard</title>');
  });

  it('serves scripts as JavaScript so nosniff lets them run', async () => {
    const response = await serveAppRequest(new Request('app://alignboard/assets/app.js'), root);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404, still with the CSP, for a missing file or a folder', async () => {
    for (const url of ['app://alignboard/missing.js', 'app://alignboard/assets']) {
      const response = await serveAppRequest(new Request(url), root);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('does not serve a file outside the renderer folder', async () => {
    const response = await serveAppRequest(new Request('app://alignboard/..%2fsecret.txt'), root);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await serveAppRequest(
      new Request('app://alignboard/index.html', { method: 'POST', body: 'x' }),
      root,
    );
    expect(response.status).toBe(405);
  });
});

describe('app scheme registration', () => {
  it('registers app:// as a standard, secure, fetchable scheme', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
  });

  it('routes app:// requests to the renderer folder', async () => {
    handleAppProtocol('/nonexistent-renderer');
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    const response = await (handler as (request: Request) => Promise<Response>)(
      new Request('app://alignboard/index.html'),
    );
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
