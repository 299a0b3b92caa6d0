import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-out/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Data is hostile: it must never become markup.
      'svelte/no-at-html-tags': 'error',
      // Sets and Dates used inside a function are not state; only reactive state needs Svelte's.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    // Small files named after what they export, each function readable at a glance.
    files: ['src/**'],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // The pure core runs in Node, a worker and the browser: no DOM framework in it. The plot's
    // interaction is bound by Svelte and by the web component alike, so it has none either.
    files: [
      'src/lib/data/**',
      'src/lib/charts/**',
      'src/lib/provenance/**',
      'src/lib/interaction/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['svelte', 'svelte/*', 'd3-selection', 'd3'], paths: ['d3'] },
      ],
    },
  },
  {
    // Page code takes import helpers from their own modules: the import barrel reaches the
    // tokenizer, which belongs in the worker's bundle only.
    files: ['src/app/**', 'src/lib/components/**', 'src/lib/state/**', 'src/webcomponent/**'],
    ignores: ['**/*.d.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/data/import$',
              allowTypeImports: true,
              message: 'Import from the module itself (e.g. data/import/refuseFile).',
            },
          ],
        },
      ],
    },
  },
);
