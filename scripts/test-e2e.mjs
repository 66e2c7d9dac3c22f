/**
 * `npm run test:e2e`: Playwright (playwright-core) driving Debian's Chromium against scripts/serve.mjs (Next.js's handler, as `npm start` serves it) on a
 * fresh embedded database seeded with the demo. Needs a build (`npm run build`); screenshots go to
 * test-results/screenshots/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localEnv } from './local-env.mjs';

if (!existsSync('.next/BUILD_ID')) {
  console.error('[e2e] no build found: run `npm run build` first');
  process.exit(1);
}
const port = await new Promise((resolve) => {
  const srv = createServer();
  srv.listen(0, '127.0.0.1', () => {
    const { port: p } = srv.address();
    srv.close(() => resolve(p));
  });
});
const dataDir = mkdtempSync(path.join(tmpdir(), 'footprint-e2e-'));
const env = { ...localEnv(), PGLITE_DIR: path.join(dataDir, 'pglite'), PORT: String(port), DATABASE_URL: '', SMTP_URL: '' };
const seeded = spawnSync('npx', ['tsx', 'db/cli/migrate.ts', '--seed-if-empty'], { stdio: 'inherit', env });
if (seeded.status !== 0) process.exit(seeded.status ?? 1);

const baseUrl = `http://localhost:${port}`;
env.APP_ORIGIN = baseUrl;
const server = spawn('node', ['scripts/serve.mjs'], { stdio: ['ignore', 'inherit', 'inherit'], env, detached: true });
let status = 1;
try {
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const res = await fetch(`${baseUrl}/sign-in`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('[e2e] the server did not answer within 90 s');
    await new Promise((r) => setTimeout(r, 500));
  }
  const result = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...env, E2E_BASE_URL: baseUrl } });
  status = result.status ?? 1;
} finally {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
