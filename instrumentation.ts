/**
 * Next's start-up hook, before the server answers anything (Node runtime only, never during `next build`):
 * 1. start-up checks: APP_ORIGIN is set in production, and on a Postgres server the app's database role
 *    cannot bypass row-level security (db/app-login.ts); a failed check stops the process with a message
 *    that says how to fix it;
 * 2. `npm start` (and `npm run dev`) run one job worker inside the server process, on the app's database
 *    handle, so planning runs and digests work with the embedded database and no other process;
 *    `JOBS_IN_PROCESS=off` leaves the jobs to `npm run worker`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    const { appOrigin } = await import('./server/auth/app-origin');
    appOrigin();
    if (process.env.DATABASE_URL) {
      const { getDatabase } = await import('./db/instance');
      await getDatabase();
    }
  } catch (error) {
    console.error(`[footprint] ${(error as Error).message}`);
    process.exit(1);
  }
  const { jobsDisabled, startInProcessWorker } = await import('./server/jobs/in-process');
  if (jobsDisabled()) {
    console.log('[jobs] JOBS_IN_PROCESS is off: this process runs no job worker');
    return;
  }
  // Not awaited: the server starts serving while the worker connects; a failure is logged, not fatal.
  void startInProcessWorker().catch(() => {});
}
