/**
 * `npm run worker`: a job worker as its own process against the Postgres server in DATABASE_URL (migrations
 * applied first, as with every start). PGlite is refused: its folder belongs to one process, the app's, which
 * already runs a worker in-process. Stops gracefully on SIGTERM / SIGINT.
 */
import { openDatabase } from '@/db/client';
import { startJobWorker } from './worker';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    '[worker] DATABASE_URL is not set. A separate worker needs a Postgres server: the embedded database (PGlite) ' +
      'belongs to one process, and `npm start` already runs a worker inside it. Set DATABASE_URL=postgres://… to run workers apart.',
  );
  process.exit(2);
}
const handle = await openDatabase({ url });
const worker = await startJobWorker({ db: handle.db });
console.log(`[worker] started (pid ${process.pid}); stop with SIGTERM or Ctrl+C`);
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`[worker] ${signal}: finishing running jobs (up to 30 s)`);
    void worker
      .stop()
      .then(() => handle.close())
      .then(() => process.exit(0), (error) => {
        console.error('[worker] stop failed:', error instanceof Error ? error.message : error);
        process.exit(1);
      });
  });
}
