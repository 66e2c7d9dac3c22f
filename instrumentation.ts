/**
 * Next's start-up hook: `npm start` (and `npm run dev`) run one job worker inside the server process, on the
 * app's database handle, so planning runs and digests work with the embedded database and no other process.
 * Node runtime only, never during `next build`; `JOBS_IN_PROCESS=off` leaves the jobs to `npm run worker`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { jobsDisabled, startInProcessWorker } = await import('./server/jobs/in-process');
  if (jobsDisabled()) {
    console.log('[jobs] JOBS_IN_PROCESS is off: this process runs no job worker');
    return;
  }
  // Not awaited: the server starts serving while the worker connects; a failure is logged, not fatal.
  void startInProcessWorker().catch(() => {});
}
