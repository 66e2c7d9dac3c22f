/** `npm run dev`: migrate and seed like `npm start`, then the Next dev server. */
import { spawnSync, spawn } from 'node:child_process';
import { localEnv } from './local-env.mjs';

const env = localEnv();
const r = spawnSync('npx', ['tsx', 'db/cli/migrate.ts', '--seed-if-empty'], { stdio: 'inherit', env });
if (r.status !== 0) process.exit(r.status ?? 1);
const server = spawn('npx', ['next', 'dev', '-p', process.env.PORT ?? '3000'], { stdio: 'inherit', env });
server.on('exit', (code) => process.exit(code ?? 0));
