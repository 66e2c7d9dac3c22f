import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', '.data/**', 'test-results/**', 'db/migrations/**', 'next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', fetch: 'readonly', globalThis: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // TypeScript checks names itself (and knows the DOM and Node types); no-undef only misfires there.
    files: ['**/*.ts', '**/*.tsx'],
    rules: { 'no-undef': 'off' },
  },
  {
    // The planning engine is pure: numbers in, numbers out.
    files: ['server/planning/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/db/*', '@/server/services/*', '@/server/trpc/*', 'next', 'next/*', 'react', 'drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*', '**/db/**', '**/services/**', '**/trpc/**'] }],
    },
  },
  {
    // Routers validate and call services; they never touch the database.
    files: ['server/trpc/routers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*', '@/db', '@/db/*'] }],
    },
  },
);
