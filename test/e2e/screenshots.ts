/**
 * Screenshots of the real UI at projector and laptop size, for the README and
 * for looking at what we built: `npm run screenshots` (after `npm run build:web`).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { createProfile } from './support/browser';
import { seedBoard } from './support/workshop-flow';

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, process.env.SCREENSHOT_DIR ?? 'docs/screenshots');
mkdirSync(out, { recursive: true });

const server = await preview({ configFile: resolve(root, 'vite.web.config.ts') });
try {
  for (const [name, viewport] of [
    ['projector', { width: 1920, height: 1080 }],
    ['laptop', { width: 1366, height: 768 }],
  ] as const) {
    const profile = createProfile();
    const { context, page } = await profile.launch(viewport);
    await page.getByRole('heading', { name: 'No workshops yet' }).waitFor();
    await page.screenshot({ path: `${out}/home-empty-${name}.png` });
    await seedBoard(page);
    await page.screenshot({ path: `${out}/board-${name}.png` });
    await page.getByRole('button', { name: 'All workshops' }).click();
    await page.getByRole('heading', { name: 'Your workshops' }).waitFor();
    await page.screenshot({ path: `${out}/home-${name}.png` });
    await context.close();
    profile.dispose();
  }
} finally {
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
console.log(`Screenshots written to ${out}`);
