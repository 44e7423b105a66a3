// Lint rules, including the layering of DESIGN.md: app/ is pure, renderer/ reaches the
// platform only through the bridge, main/ and renderer/ never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const platformModules = ['electron', 'electron/*', 'node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'worker_threads', 'playwright-core', '@playwright/*'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**/*.ts'],
    ignores: ['app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/main/**', '**/renderer/**', '../main', '../renderer'], message: 'app/ is the pure core: it imports nothing from main/ or renderer/.' },
          { group: [...platformModules, 'react', 'react-dom', 'react/*', 'dexie', 'prosemirror-view', 'dompurify'], message: 'app/ is platform-free: no Electron, Node, DOM, React, Dexie or prosemirror-view.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/main/**', '../main', '../../main'], message: 'renderer/ never imports main/: use the bridge (app/platform/ipc-contract.ts).' },
          { group: platformModules, message: 'renderer/ never imports Electron or Node: use the bridge (app/platform/ipc-contract.ts).' },
        ],
      }],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/renderer/**', '../renderer', '../../renderer'], message: 'main/ never imports renderer/: share through app/.' },
        ],
      }],
    },
  },
);
