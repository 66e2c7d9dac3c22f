/**
 * `npm start`: migrate, seed the demo on first run, build if there is no build, then serve on PORT
 * (default 3000). Each step runs to completion before the next, so only one process opens PGlite.
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { localEnv } from './local-env.mjs';

const env = localEnv();
// The job worker inside the server (instrumentation.ts) handles SIGTERM/SIGINT: it lets running jobs finish,
// then exits. Without this, Next would exit on the signal first.
env.NEXT_MANUAL_SIG_HANDLE ??= 'true';
function step(label, cmd, args) {
  console.log(`[start] ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`[start] ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

step('database: migrate and seed if new', 'npx', ['tsx', 'db/cli/migrate.ts', '--seed-if-empty']);
if (!existsSync('.next/BUILD_ID')) step('no build found: building (first run only)', 'npx', ['next', 'build']);
const port = process.env.PORT ?? '3000';
console.log(`[start] Footprint on http://localhost:${port}`);
const server = spawn('node', ['scripts/serve.mjs'], { stdio: 'inherit', env: { ...env, PORT: port } });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
