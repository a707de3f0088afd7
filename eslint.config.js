import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', 'cli/**/*.ts', 'test/**/*.ts', '*.js', '*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['taskpane/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The core is pure: no host or DOM globals may creep in (DESIGN.md).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'CustomFunctions',
        'SpreadsheetApp', 'Session', 'google', 'fetch', 'XMLHttpRequest', 'process'],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
