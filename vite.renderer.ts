import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { BROWSER_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY } from './shared/security/csp';


function contentSecurityPolicy(content: string): Plugin {
  return {
    name: 'alignboard-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Vite settings shared by the Electron renderer build and the browser build. */
export function rendererConfig(outDir: string, target: 'electron' | 'browser' = 'electron'): UserConfig {
  return {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy(target === 'browser' ? BROWSER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY)],
    resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
    build: { outDir: resolve(import.meta.dirname, outDir), emptyOutDir: true, target: 'chrome130' },
  };
}
