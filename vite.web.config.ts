import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer';

/** The renderer as a plain web page: `npm run web` and the end-to-end tests. */
export default defineConfig({
  ...rendererConfig('dist-web'),
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
