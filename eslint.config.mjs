import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Browser and Node globals that Apps Script's V8 runtime does not have. */
const NOT_IN_APPS_SCRIPT = [
  'window',
  'document',
  'fetch',
  'setTimeout',
  'setInterval',
  'process',
  'require',
  'Buffer',
];

/** Apps Script services, which pure core logic must not touch. */
const APPS_SCRIPT_SERVICES = [
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'ScriptApp',
  'LockService',
  'MailApp',
  'Session',
  'Utilities',
  'Logger',
];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'build/', 'coverage/', 'test-artifacts/', '.playground/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Apps Script V8 has no browser or Node globals: keep the server and core honest.
    files: ['src/core/**/*.ts', 'src/server/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...NOT_IN_APPS_SCRIPT],
    },
  },
  {
    // Core logic is pure: no Apps Script services.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...NOT_IN_APPS_SCRIPT, ...APPS_SCRIPT_SERVICES],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
