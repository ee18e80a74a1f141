// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { boundaryRules } from './eslint.boundaries.js';

const modules = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'platform' && entry.name !== 'main')
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'public/**', '**/*.js', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      // Fastify plugins and handlers are async by contract, with or without an await inside.
      '@typescript-eslint/require-await': 'off',
      // Modules extend platform's `DB`, `MessageRegistry` and `PortalServices` by declaration
      // merging: `interface DB extends SupportTables {}` (platform/module.ts).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  // The layering (docs/architecture.md): platform imports no module; a module imports another
  // module only through its public entry, `src/<module>/index.ts`.
  ...boundaryRules(modules),
);
