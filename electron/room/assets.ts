import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/**
 * The participant page's files, held in memory: a request path is only ever
 * a key of this map, never a path on disk.
 */
export interface Asset {
  body: Buffer;
  type: string;
}
export type Assets = ReadonlyMap<string, Asset>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Reads a built folder once, at start: files of known types only, at most `maxFiles` and `maxBytes`. */
export function loadAssets(folder: string, maxFiles = 200, maxBytes = 20 * 1024 * 1024): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  let total = 0;
  const walk = (dir: string, depth: number) => {
    if (depth > 5) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path, depth + 1);
      else if (stat.isFile() && TYPES[extname(name)] && assets.size < maxFiles && total + stat.size <= maxBytes) {
        total += stat.size;
        assets.set(`/${relative(folder, path).split(sep).join('/')}`, { body: readFileSync(path), type: TYPES[extname(name)]! });
      }
    }
  };
  walk(folder, 0);
  return assets;
}

/** A page shown when the participant page has not been built: says so, in both languages. */
export function placeholderAssets(): Map<string, Asset> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Alignboard room</title></head><body><h1>Alignboard room</h1><p>The participant page is not built. Run <code>npm run build:room</code>.</p><p lang="pl">Strona uczestnika nie jest zbudowana. Uruchom <code>npm run build:room</code>.</p></body></html>`;
  return new Map([['/index.html', { body: Buffer.from(html), type: TYPES['.html']! }]]);
}
