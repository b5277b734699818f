// One lint configuration for the TypeScript of the ingest, the site and the tests, and the .astro templates.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'content/', 'node_modules/', 'tests/fixtures/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Plan text quoted in comments, strings and patterns holds the ideographic space (U+3000) as printed.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipRegExps: true, skipTemplates: true }],
      // `_` names a binding kept for its position (a skipped tuple item, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
