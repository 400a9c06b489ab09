// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

const ELECTRON_DIR = resolve(import.meta.dirname, '../../electron');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.[cm]?[jt]sx?$/.test(entry.name) ? [path] : [];
  });
}

/** The text between the parentheses of each `new BrowserWindow(...)` in `code`. */
function windowConstructorArguments(code: string): string[] {
  const found: string[] = [];
  const pattern = /new\s+BrowserWindow\s*\(/g;
  for (let match = pattern.exec(code); match; match = pattern.exec(code)) {
    let depth = 1;
    let i = pattern.lastIndex;
    for (; i < code.length && depth > 0; i++) {
      if (code[i] === '(') depth++;
      else if (code[i] === ')') depth--;
    }
    found.push(code.slice(pattern.lastIndex, i - 1));
  }
  return found;
}

/** A window's options pass the shared preferences, unmodified and with nothing spread over them. */
const SECURE_OPTIONS = /^\{[^]*\bwebPreferences:\s*buildWebPreferences\(\),?\s*\}$/;

describe('every window the app creates', () => {
  const windows = sources(ELECTRON_DIR).flatMap((file) =>
    windowConstructorArguments(readFileSync(file, 'utf8')).map((args) => ({ file: file.slice(ELECTRON_DIR.length + 1), args: args.trim() })),
  );

  it('finds the windows it checks (main, projector, report)', () => {
    expect(windows.map((window) => window.file).sort()).toEqual(['main/projector.ts', 'main/report.ts', 'main/window.ts']);
  });

  it.each(windows.map((window) => [window.file, window.args]))('%s: takes the shared secure preferences as its last option', (_file, args) => {
    expect(args).toMatch(SECURE_OPTIONS);
    // Nothing can loosen them afterwards: no second webPreferences, no spread of other preferences.
    expect(args.match(/webPreferences/g)).toHaveLength(1);
    expect(args).not.toMatch(/buildWebPreferences\([^)]/);
  });

  it('the check itself catches a window with its own preferences', () => {
    const [args] = windowConstructorArguments('new BrowserWindow({ show: false, webPreferences: { contextIsolation: false } })');
    expect(args).not.toMatch(SECURE_OPTIONS);
    const [spread] = windowConstructorArguments('new BrowserWindow({ webPreferences: buildWebPreferences(), ...loose })');
    expect(spread).not.toMatch(SECURE_OPTIONS);
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows no eval, no remote origin and no wildcard anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(value, `${name} ${value}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
    }
  });

  it('scripts only from the app itself, no plugins, no base or form targets', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});
