// Flat ESLint config: typescript-eslint's recommended rules over our TypeScript, the type-aware
// rules that catch real bugs (unawaited and misused promises), and eslint-plugin-astro for pages.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.tools/**',
      'cms/.strapi/**',
      'cms/types/**',
      'site/.astro/**',
      'shared-types/src/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are errors, except those that say they are unused on purpose (_name).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type-aware rules: each file is checked with the tsconfig that owns it.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // The CMS's unit tests sit beside its sources but outside cms/tsconfig.json (Strapi's build
    // must not compile them) and are CommonJS to the root one: linted without type information.
    files: ['cms/src/**/*.test.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
);
