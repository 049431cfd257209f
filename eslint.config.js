// Lint keeps the layer boundaries of DESIGN.md: the renderer sees only window.harbor,
// src/shared is platform-free, and only the Electron layer (and the preload) imports electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronOnly = { name: 'electron', message: 'Only src/main/electron and src/preload may import electron.' };
const settingsFileOwners = ['conf', 'electron-store'].map((name) => ({
  name,
  message: 'settings.json has one owner: src/main/core/settings/settings-store.ts (the desktop app opens it in src/main/electron/settings-file.ts).',
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronOnly, ...settingsFileOwners] }],
    },
  },
  {
    files: ['src/main/electron/**', 'src/preload/**', 'tests/electron/**', 'tests/electron-standin/**'],
    rules: { 'no-restricted-imports': ['error', { paths: settingsFileOwners }] },
  },
  {
    // The one owner of settings.json, and the one place the desktop app opens it.
    files: ['src/main/core/settings/settings-store.ts', 'src/main/electron/settings-file.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer runs in a sandboxed page: no Node.' }))],
          patterns: [
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer talks to main only through window.harbor.' },
            { group: ['better-sqlite3*', 'electron-store', 'conf'], message: 'No storage in the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, ...nodeBuiltins.map((name) => ({ name, message: 'src/shared is platform-free.' }))],
          patterns: [{ group: ['**/main/**', '**/preload/**', '**/renderer/**', 'react*', 'better-sqlite3*'], message: 'src/shared imports nothing platform-specific.' }],
        },
      ],
    },
  },
);
