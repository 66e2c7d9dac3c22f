/**
 * `npm run worker`: one job worker as its own process, against the Postgres server in DATABASE_URL
 * (server/jobs/cli.ts). Refuses to run on the embedded database, which belongs to the app's process.
 */
import { spawn } from 'node:child_process';
import { localEnv } from './local-env.mjs';

if (!process.env.DATABASE_URL) {
  console.error(
    '[worker] DATABASE_URL is not set. `npm run worker` needs a Postgres server: the embedded database (PGlite, ' +
      '.data/pglite) can only be opened by one process, and `npm start` already runs a job worker inside the app.',
  );
  process.exit(2);
}
const child = spawn('npx', ['tsx', 'server/jobs/cli.ts'], { stdio: 'inherit', env: localEnv() });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
