import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer';

/**
 * The renderer as a plain web page: `npm run web` and the end-to-end tests.
 * `E2E_PORT` moves the preview server (two checkouts can run their e2e suites side by side).
 */
export default defineConfig({
  ...rendererConfig('dist-web', 'browser'),
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: Number(process.env.E2E_PORT ?? 4173), strictPort: true },
});
