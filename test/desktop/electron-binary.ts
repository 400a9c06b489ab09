import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ELECTRON_PACKAGE = resolve(import.meta.dirname, '../../node_modules/electron');

/**
 * The Electron executable if it has been downloaded, without ever starting a
 * download (requiring the `electron` package does, on first use). Honours
 * ELECTRON_OVERRIDE_DIST_PATH like the package does.
 */
export function electronBinary(): string | null {
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative || 'electron') : relative ? join(ELECTRON_PACKAGE, 'dist', relative) : null;
  return candidate && existsSync(candidate) ? candidate : null;
}
