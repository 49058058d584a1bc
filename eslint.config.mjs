// ESLint (flat config): JavaScript and typescript-eslint recommended everywhere, React hooks rules
// in the admin and its tests. Formatting is Prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'coverage/**',
      '.tmp/**',
      'tests/app/.strapi/**',
      'tests/app/build/**',
      'tests/app/dist/**',
      'tests/app/types/generated/**',
      'tests/app/public/**',
      'tests/corpus/**',
      'training/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    // Request/response contracts are `export declare namespace X { Request; Response }`, as in Strapi's own plugins.
    rules: {
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // `const { secret: _secret, ...rest } = row` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS scripts: the bin, the repository's scripts, the example app's config and seed.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['admin/**/*.{ts,tsx}', 'tests/admin/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.jest } },
  }
);
