import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@': fileURLToPath(new URL('./', import.meta.url)) };

/**
 * No test depends on the calendar: the demo's "today" is pinned (a mid-June day, one December in the
 * history) unless the run sets another, and `scripts/test-dates.mjs` (CI) reruns the seed-dependent
 * suites at awkward days: two Decembers, 28 and 29 February, both DST changes.
 */
const env = { FOOTPRINT_SEED_TODAY: process.env.FOOTPRINT_SEED_TODAY || '2026-06-15' };
/** next-auth imports `next/server` without an extension: let Vite resolve it (the security suite runs Auth.js's handlers). */
const server = { deps: { inline: ['next-auth'] } };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // No test is timed: the generous timeout only keeps a loaded two-core machine from failing slow property runs.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          env,
          server,
          include: ['tests/integration/**/*.test.ts'],
          exclude: ['tests/integration/**/*.pg.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'pg',
          env,
          server,
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          env,
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
