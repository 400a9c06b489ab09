// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';

const electron = vi.hoisted(() => ({ app: { isPackaged: true, on: vi.fn() } }));
vi.mock('electron', () => ({ app: electron.app }));

import { hardenWebContents, installWebContentsGuards, isAppUrl } from '../../electron/main/guards';

type Listener = (event: { url: string; preventDefault: () => void }) => void;

/** A web contents that records its listeners so a test can fire events at it. */
function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: (() => { action: string }) | undefined;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: () => { action: string }) {
      openHandler = handler;
    },
  };
  /** Fires `name` and reports whether any listener prevented it. */
  const fire = (name: string, url = ''): boolean => {
    const preventDefault = vi.fn();
    for (const listener of listeners.get(name) ?? []) listener({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, openWindow: () => openHandler?.() };
}

describe('isAppUrl', () => {
  it('accepts the app origin', () => {
    expect(isAppUrl('app://alignboard/index.html')).toBe(true);
    expect(isAppUrl('app://alignboard/board#notes')).toBe(true);
  });

  it('rejects foreign, look-alike and malformed URLs', () => {
    for (const url of [
      'https://evil.example',
      'app://evil/index.html',
      'app://alignboard.evil.example/',
      'app://alignboard@evil/index.html',
      'file:///etc/passwd',
      'http://localhost:5173/',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('accepts the dev server origin only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('https://evil.example/', 'http://localhost:5173')).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('prevents navigation to a foreign URL', () => {
    const { contents, fire } = fakeWebContents();
    hardenWebContents(contents);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('allows navigation inside the app', () => {
    const { contents, fire } = fakeWebContents();
    hardenWebContents(contents);
    expect(fire('will-navigate', 'app://alignboard/index.html')).toBe(false);
  });

  it('allows the dev server in development only', () => {
    const dev = fakeWebContents();
    hardenWebContents(dev.contents, 'http://localhost:5173');
    expect(dev.fire('will-navigate', 'http://localhost:5173/')).toBe(false);
    const packaged = fakeWebContents();
    hardenWebContents(packaged.contents);
    expect(packaged.fire('will-navigate', 'http://localhost:5173/')).toBe(true);
  });

  it('prevents redirects to a foreign URL', () => {
    const { contents, fire } = fakeWebContents();
    hardenWebContents(contents);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'app://alignboard/index.html')).toBe(false);
  });

  it('denies window.open', () => {
    const { contents, openWindow } = fakeWebContents();
    hardenWebContents(contents);
    expect(openWindow()).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const { contents, fire } = fakeWebContents();
    hardenWebContents(contents);
    expect(fire('will-attach-webview')).toBe(true);
  });
});

describe('installWebContentsGuards', () => {
  it('hardens every web contents the app creates', () => {
    installWebContentsGuards();
    const [event, onCreated] = electron.app.on.mock.calls[0] ?? [];
    expect(event).toBe('web-contents-created');
    const { contents, fire, openWindow } = fakeWebContents();
    (onCreated as (event: unknown, contents: WebContents) => void)({}, contents);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(openWindow()).toEqual({ action: 'deny' });
  });
});
