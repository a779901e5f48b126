// Lint, plus the layer rules of the architecture: arrows point one way.
//   renderer → core, electron → core; core → nothing; renderer never → electron;
//   only the Electron shell (main.ts, preload.ts, shell/) may load 'electron' at run time.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'worker_threads', 'stream', 'url', 'util'];

const restrict = (patterns, paths = []) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns, paths }],
});

const electronOnlyInShell = {
  name: 'electron',
  message: "Only the Electron shell (electron/main.ts, electron/preload.ts, electron/shell/) may import 'electron'. Take Electron objects as arguments instead.",
};

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
  {
    files: ['core/**/*.ts'],
    rules: restrict(
      [
        { group: ['**/electron/**', '**/renderer/**', 'electron/*', 'renderer/*'], message: 'core/ runs anywhere: it imports nothing from electron/ or renderer/.' },
        { group: nodeBuiltins, message: 'core/ runs anywhere: no Node built-ins. Put disk and process work in electron/.' },
        { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'core/ holds no UI.' },
      ],
      [{ ...electronOnlyInShell, message: 'core/ runs anywhere: it never imports electron.' }],
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: restrict(
      [
        { group: ['**/electron/**', 'electron/*'], message: 'The renderer talks to the backend only through the API object; it never imports from electron/.' },
        { group: nodeBuiltins, message: 'The renderer runs in a sandboxed page: no Node built-ins.' },
      ],
      [{ ...electronOnlyInShell, message: 'The renderer never imports electron; use the API contract.' }],
    ),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    languageOptions: { globals: globals.node },
    rules: restrict(
      [{ group: ['**/renderer/**'], message: 'electron/ depends on core/, never on renderer/.' }],
      [electronOnlyInShell],
    ),
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict([{ group: ['**/renderer/**'], message: 'electron/ depends on core/, never on renderer/.' }]),
  },
  {
    files: ['electron/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: restrict([], [{ name: 'electron', message: 'Tests run without the Electron binary: pass fake Electron objects instead.', allowTypeImports: true }]),
  },
);
