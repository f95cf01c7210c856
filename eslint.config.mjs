// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Layer rules are errors, not warnings (see ARCHITECTURE.md, "Layers and who may import whom"):
 * - only src/main/electron (and the preload) import 'electron';
 * - src/shared imports no Node, DOM-bound, Electron, React or database code;
 * - the renderer imports only *types* from src/main.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'net', 'http', 'https', 'events', 'worker_threads', 'stream', 'url', 'util'];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', '.vite/**', 'out/**', 'tests/e2e/artifacts/**', 'test-results/**', 'playwright-report/**', '.tmp/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'electron', message: "Only src/main/electron and src/preload may import 'electron'." }] }],
    },
  },
  {
    files: ['src/main/electron/**', 'src/preload/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['src/shared/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'typeorm', 'better-sqlite3-multiple-ciphers', 'ws', '@napi-rs/keyring', '@node-rs/argon2'].map((name) => ({
            name,
            message: 'src/shared is pure TypeScript: no Node, Electron, React or database imports.',
          })),
          patterns: [
            { group: NODE_BUILTINS, message: 'src/shared is pure TypeScript: no Node built-ins.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**', '@mui/*'], message: 'src/shared imports nothing from the other layers.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the hub only through the API.' }],
          patterns: [
            { group: ['**/main/**'], allowTypeImports: true, message: 'The renderer may import only types from src/main.' },
            { group: NODE_BUILTINS, message: 'The renderer runs in a sandboxed page: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/electron/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: "Only src/main/electron may import 'electron'." }],
          patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'Main code never imports renderer or preload code.' }],
        },
      ],
    },
  },
  {
    // Plain JavaScript helpers (scripts, the e2e hub launcher) are linted without type information.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
  {
    // Config files for tools that require a default export.
    files: ['*.config.ts', '*.config.mts', '*.config.mjs', 'eslint.config.mjs', 'forge.config.ts', 'playwright.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: {
      // Tests reach into tRPC internals to walk the router.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
