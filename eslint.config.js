// Lint, plus the layer rules of the architecture: arrows point one way.
//   renderer → core, electron → core; core → nothing; renderer never → electron;
//   a screen imports its own folder and the shared places, never another screen;
//   every package is imported only in the rooms package.json "dependencyRooms" gives it
//   (so only the Electron shell loads 'electron', and core/ uses only runtime-neutral packages).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { dependencyRooms } from './scripts/lint/dependency-rooms.mjs';
import { rendererPlaces } from './scripts/lint/renderer-places.mjs';

const techfolio = { rules: { 'dependency-rooms': dependencyRooms, 'renderer-places': rendererPlaces } };

const restrict = (patterns, paths = []) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns, paths }],
});

const room = (files, name, extra = {}) => ({
  files,
  ...extra,
  plugins: { techfolio },
  rules: { 'techfolio/dependency-rooms': ['error', { room: name }], ...extra.rules },
});

const shellFiles = ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**/*.ts'];
const scriptFiles = ['scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'eslint.config.js'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-output/**', 'bench-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  room(['core/**/*.ts'], 'core', {
    rules: restrict([
      { group: ['**/electron/**', '**/renderer/**', 'electron/*', 'renderer/*'], message: 'core/ runs anywhere: it imports nothing from electron/ or renderer/.' },
    ]),
  }),
  room(['renderer/**/*.{ts,tsx}'], 'renderer', {
    languageOptions: { globals: globals.browser },
    rules: {
      ...restrict([{ group: ['**/electron/**', 'electron/*'], message: 'The renderer talks to the backend only through the API object; it never imports from electron/.' }]),
      'techfolio/renderer-places': 'error',
    },
  }),
  room(['electron/**/*.{ts,mjs}'], 'electron', {
    ignores: shellFiles,
    languageOptions: { globals: globals.node },
    rules: restrict([{ group: ['**/renderer/**'], message: 'electron/ depends on core/, never on renderer/.' }]),
  }),
  room(shellFiles, 'shell', {
    languageOptions: { globals: globals.node },
    rules: restrict([{ group: ['**/renderer/**'], message: 'electron/ depends on core/, never on renderer/.' }]),
  }),
  room(scriptFiles, 'scripts', { languageOptions: { globals: globals.node } }),
  room(['tests/**/*.{ts,tsx}'], 'tests', {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: restrict([], [{ name: 'electron', message: 'Tests run without the Electron binary: pass fake Electron objects instead.', allowTypeImports: true }]),
  }),
);
