import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering (docs/architecture.md), enforced as errors:
 * - shared/ is pure: no Electron, Node, DOM libraries, React, Dexie or zustand, and nothing from the other layers;
 * - renderer/ never imports Node or Electron, nor electron/;
 * - electron/ never imports renderer/;
 * - only the database module and the repository import Dexie.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'http', 'https', 'net'];

const layer = (patterns) => ['error', { patterns }];

const RENDERER_LIMITS = [
  { regex: '^electron(/.*)?$', message: 'renderer/ reaches Electron only through the preload bridge (renderer/src/platform).' },
  { group: NODE_BUILTINS, message: 'renderer/ runs in a sandboxed page: no Node built-ins.' },
  { group: ['**/electron/**'], message: 'renderer/ must not import electron/.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'dist-web/', 'dist-room/', 'release/', 'bench/results/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': layer([
        { regex: '^electron(/.*)?$', message: 'shared/ is pure: no Electron.' },
        { group: NODE_BUILTINS, message: 'shared/ is pure: no Node built-ins.' },
        { group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-*', 'zustand', 'zustand/*', 'i18next', 'react-i18next'], message: 'shared/ is pure: no UI, storage or state libraries.' },
        { group: ['**/renderer/**', '**/electron/**', '@renderer/*'], message: 'shared/ must not depend on other layers.' },
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'process', 'navigator'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': layer(RENDERER_LIMITS),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/database.ts', 'renderer/src/db/repository.ts'],
    rules: {
      'no-restricted-imports': layer([
        ...RENDERER_LIMITS,
        { group: ['dexie', 'dexie-*'], message: 'Only renderer/src/db/database.ts and repository.ts talk to Dexie; go through the store.' },
      ]),
    },
  },
  {
    // Features reach storage only through the store (renderer/src/store): no repository, no database.
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/components/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layer([
        ...RENDERER_LIMITS,
        { group: ['dexie', 'dexie-*'], message: 'Only renderer/src/db/database.ts and repository.ts talk to Dexie; go through the store.' },
        { group: ['**/db/*', '**/db'], message: 'The UI reaches storage only through the store: app.run/undo/redo and the named actions.' },
      ]),
    },
  },
  {
    // The platform is below the screens: it opens windows and files by address, never through a feature.
    files: ['renderer/src/platform/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layer([
        ...RENDERER_LIMITS,
        { group: ['dexie', 'dexie-*'], message: 'Only renderer/src/db/database.ts and repository.ts talk to Dexie; go through the store.' },
        { group: ['**/features/**', '**/app/**', '**/components/**'], message: 'renderer/src/platform/ sits below the UI: it must not import features, app or components.' },
      ]),
    },
  },
  {
    // IndexedDB belongs to renderer/src/db (and the tests that set it up).
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**'],
    rules: { 'no-restricted-globals': ['error', 'indexedDB', 'IDBKeyRange'] },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': layer([{ group: ['**/renderer/**', 'react', 'react-dom'], message: 'electron/ must not import the renderer.' }]),
    },
  },
  {
    // The room server also runs as a plain Node process (npm run room): no Electron in it.
    files: ['electron/room/**/*.ts'],
    rules: {
      'no-restricted-imports': layer([
        { group: ['**/renderer/**', 'react', 'react-dom'], message: 'electron/ must not import the renderer.' },
        { regex: '^electron(/.*)?$', message: 'electron/room/ is plain Node: it runs without Electron.' },
      ]),
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.ts', 'vite.renderer.ts', 'build/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
