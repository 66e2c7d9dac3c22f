/**
 * The worker `npm start` runs inside the Next server process (instrumentation.ts), on the app's one database
 * handle (db/instance.ts): PGlite's single connection, or the Postgres pool. Started once per process; stopped
 * gracefully on SIGTERM / SIGINT (running jobs get up to 30 s, then are failed so another worker retries them),
 * then the database is closed and the process exits. `npm start` sets NEXT_MANUAL_SIG_HANDLE so Next leaves the
 * signals to this handler instead of exiting first.
 */
import { getDatabase } from '@/db/instance';
import { startJobWorker, type JobWorker } from './worker';

const holder = globalThis as unknown as { __footprintJobWorker?: Promise<JobWorker> };

export function jobsDisabled(): boolean {
  return ['0', 'false', 'off', 'no'].includes((process.env.JOBS_IN_PROCESS ?? '').toLowerCase());
}

export function startInProcessWorker(): Promise<JobWorker> {
  holder.__footprintJobWorker ??= (async () => {
    const handle = await getDatabase();
    const worker = await startJobWorker({ db: handle.db });
    console.log('[jobs] worker started in the app process');
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      console.log(`[jobs] ${signal}: stopping the worker (running jobs get up to 30 s)`);
      void worker
        .stop()
        .then(() => handle.close())
        .catch((error) => console.error('[jobs] stop failed:', error instanceof Error ? error.message : error))
        .finally(() => process.exit(0));
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    return worker;
  })();
  holder.__footprintJobWorker.catch((error) => {
    console.error('[jobs] the worker did not start:', error instanceof Error ? error.message : error);
    holder.__footprintJobWorker = undefined;
  });
  return holder.__footprintJobWorker;
}
