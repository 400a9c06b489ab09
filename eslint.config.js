import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering (docs/architecture.md), enforced as errors:
 * - shared/ is pure: no Electron, Node, DOM libraries, React, Dexie or zustand, and nothing from the other layers;
 * - renderer/ never imports Node or Electron, nor electron/;
 * - electron/ never imports renderer/;
 * - only the database module and the repository import Dexie;
 * - features import each other only through the doors of the matrix in "Features".
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'http', 'https', 'net'];

const layer = (patterns) => ['error', { patterns }];

const RENDERER_LIMITS = [
  { regex: '^electron(/.*)?$', message: 'renderer/ reaches Electron only through the preload bridge (renderer/src/platform).' },
  { group: NODE_BUILTINS, message: 'renderer/ runs in a sandboxed page: no Node built-ins.' },
  { group: ['**/electron/**'], message: 'renderer/ must not import electron/.' },
];

const NO_DEXIE = { group: ['dexie', 'dexie-*'], message: 'Only renderer/src/db/database.ts and repository.ts talk to Dexie; go through the store.' };
const UI_LIMITS = [
  ...RENDERER_LIMITS,
  NO_DEXIE,
  { group: ['**/db/*', '**/db'], message: 'The UI reaches storage only through the store: app.run/undo/redo and the named actions.' },
];

/**
 * Features are rooms with doors (docs/architecture.md, "Features"): the board imports no
 * other feature, every other feature only the board, and workshop/ and app/ combine them.
 * A path that climbs out of a feature into another one's folder is the import to refuse.
 */
const FEATURES = ['board', 'exercises', 'facilitation', 'home', 'projector', 'report', 'room', 'transfer', 'workshop'];
const featureImports = (names, message) => ({ regex: `^(\\.\\./)+(features/)?(${names.join('|')})(/|$)`, message });
const OTHER_FEATURES = FEATURES.filter((name) => name !== 'board');

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
      'no-restricted-imports': layer([...RENDERER_LIMITS, NO_DEXIE]),
    },
  },
  {
    // Features reach storage only through the store (renderer/src/store): no repository, no database.
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/components/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layer(UI_LIMITS),
    },
  },
  {
    files: ['renderer/src/features/board/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layer([
        ...UI_LIMITS,
        featureImports(OTHER_FEATURES, 'The board imports no other feature: a feature that adds to it plugs into its extension points (board/board-extensions.ts), which workshop/ provides.'),
      ]),
    },
  },
  {
    files: ['renderer/src/features/{exercises,facilitation,home,projector,report,room,transfer}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layer([
        ...UI_LIMITS,
        featureImports(OTHER_FEATURES, 'Of the features, this one imports only the board: what it needs from another, workshop/ or app/ passes in (props, or the board\'s extension points).'),
      ]),
    },
  },
  {
    // Below the features: helpers every feature may use import none of them.
    files: ['renderer/src/components/**/*.{ts,tsx}', 'renderer/src/i18n/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layer([
        ...UI_LIMITS,
        { group: ['**/features/**', '**/app/**'], message: 'components/ and i18n/ sit below the features: they import no feature and not app/.' },
      ]),
    },
  },
  {
    // The platform is below the screens: it opens windows and files by address, never through a feature.
    files: ['renderer/src/platform/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layer([
        ...RENDERER_LIMITS,
        NO_DEXIE,
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
