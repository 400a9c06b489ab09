import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The participant page: its own small build in dist-room/, which the room
 * server reads once into memory. Its CSP comes from the room server's headers.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer/room'),
  base: '/',
  plugins: [react()],
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-room'),
    emptyOutDir: true,
    // Current mobile Safari and Chrome.
    target: ['safari16', 'chrome120'],
    modulePreload: { polyfill: false },
  },
});
