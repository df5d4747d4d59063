// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import patterns a folder may not use; the folder-per-runtime layout is enforced here, not in review. */
const nodeBuiltins = { group: ['node:*'], message: 'The renderer runs in the browser: no Node built-ins.' };
const noBackend = {
  group: ['**/backend/**', '**/backend', '**/electron/**', '**/host/**', '**/cli/**'],
  message: 'The renderer talks to the backend only through src/renderer/api (the contract).',
};
const engineIsolated = {
  group: [
    '../contract/**',
    '../../contract/**',
    '**/backend/**',
    '**/renderer/**',
    '**/electron/**',
    '**/host/**',
    '**/cli/**',
    'zod',
    'dayjs',
    'node:*',
  ],
  message: 'The engine is pure and imports nothing of the project (and no I/O).',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'test/fixtures/lint/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/backend/db/migrations/**/*.ts'],
    // Migrations are frozen in time and must not depend on the app's evolving table types.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, noBackend] }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [engineIsolated] }],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'Dates come in as arguments (YYYY-MM-DD strings).' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      // A sandboxed preload can require only 'electron'; anything else must be zod-free contract data.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\./|(\\.\\./)+src/contract/(channel-names|result)$).*',
              message:
                "The preload may import only electron and the contract's channel names and Result type.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            noBackend,
            { group: ['**/renderer/**'], message: 'The contract sits below the UI.' },
          ],
        },
      ],
    },
  },
);
