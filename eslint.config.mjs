// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Layer rules are errors, not warnings (see ARCHITECTURE.md, "Layers and who may import whom"):
 * - only src/main/electron (and the preload) import 'electron';
 * - src/shared imports no Node, DOM-bound, Electron, React or database code;
 * - the renderer imports only *types* from src/main.
 */
/**
 * The layers inside the main process, lowest first (ARCHITECTURE.md): the platform (store, audit
 * log, units of work, devices, documents), the API core (tRPC, procedure builders, context, module
 * definitions), the modules, then what stands above them (root router and transports, the hub,
 * the Electron shell). Each rule below keeps a layer from importing one above it.
 */
const MAIN_BASE = {
  paths: [{ name: 'electron', message: "Only src/main/electron may import 'electron'." }],
  patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'Main code never imports renderer or preload code.' }],
};
function mainImports(...patterns) {
  return { '@typescript-eslint/no-restricted-imports': ['error', { ...MAIN_BASE, patterns: [...MAIN_BASE.patterns, ...patterns] }] };
}
const ABOVE_MODULES = { regex: '(^|/)(hub|electron)(/|$)|(^|/)api/(router|events-router|message-port-[a-z-]+|create-context|api-error-log)$', message: 'Only the composition root (src/main/hub) and the Electron shell stand above the modules.' };
const PLATFORM = ['src/main/log/**', 'src/main/settings/**', 'src/main/store/**', 'src/main/audit/**', 'src/main/work/**', 'src/main/errors/**', 'src/main/security/**', 'src/main/devices/**', 'src/main/documents/**'];

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
    rules: mainImports(),
  },
  {
    // Every unit of work is made by the WorkRunner, which refuses to commit unaudited changes.
    files: ['src/main/**'],
    ignores: ['src/main/work/work-runner.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: "NewExpression[callee.name='UnitOfWork']", message: 'Run work through OpenHub.work (WorkRunner): it audits, notifies and runs after-commit effects.' },
      ],
    },
  },
  {
    files: PLATFORM,
    ignores: ['**/*.test.ts'],
    rules: mainImports({ regex: '(^|/)(modules|api|hub|electron)(/|$)', message: 'The platform (log, settings, store, audit, work, devices, documents) is below the API and the modules: it imports neither.' }),
  },
  {
    files: ['src/main/api/core/**'],
    ignores: ['**/*.test.ts'],
    rules: mainImports(
      { regex: '(^|/)(modules|hub|electron)(/|$)', message: 'The API core is below the modules and the hub.' },
      { regex: '^\\.\\./[^.]', message: 'The API core does not import the root router or the transports above it.' },
    ),
  },
  {
    files: ['src/main/modules/**'],
    ignores: ['**/*.test.ts', 'src/main/modules/index.ts'],
    rules: mainImports(ABOVE_MODULES, {
      regex: '^\\.\\./(?!\\.\\.)[^/]+/.+|^\\.\\.(/index)?$',
      message: "A module reaches another only through its public face: import '../<module>', never a file inside it, nor the list of modules.",
    }),
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
