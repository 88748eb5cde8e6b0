// typescript-eslint's recommended rules, with the type-aware ones that catch real bugs (a promise
// nobody awaits, a promise where a callback is expected), over the sources, tests, scripts and
// benchmarks; layout is prettier's business (npm run format:check).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.toolchain/**', 'test-artifacts/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: ['./tsconfig.json', './test/vscode/tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // node:test's describe() and it() return promises the runner itself awaits.
    files: ['test/**/*.ts'],
    ignores: ['test/vscode/**'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
);
