/**
 * `npm run test:pg`: the integration suites plus *.pg.test.ts on a real Postgres server. Uses
 * TEST_DATABASE_URL (an admin URL; each test file creates and drops its own database) or starts a
 * throwaway server.
 */
import { spawnSync } from 'node:child_process';
import { startThrowawayPostgres } from './pg-server.mjs';

let server;
if (!process.env.TEST_DATABASE_URL) {
  server = await startThrowawayPostgres();
  process.env.TEST_DATABASE_URL = server.url;
  console.log(`[test:pg] throwaway Postgres at ${server.url}`);
}
let status = 1;
try {
  const result = spawnSync('npx', ['vitest', 'run', '--project', 'pg', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
  status = result.status ?? 1;
} finally {
  server?.stop();
}
process.exit(status);
