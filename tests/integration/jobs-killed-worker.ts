/**
 * A worker process for tests/integration/jobs.pg.test.ts to kill: it takes planning jobs from the database in
 * JOBS_TEST_URL, marks the run running, prints RUNNING <run id> and then hangs until it is killed (SIGKILL: no
 * graceful stop, the job stays active).
 */
import { and, eq } from 'drizzle-orm';
import { openDatabase, withTenant } from '@/db/client';
import { planningRuns } from '@/db/schema';
import { planningRunHandlers } from '@/server/jobs/planning-run';
import { startJobWorker } from '@/server/jobs/worker';

const handle = await openDatabase({ url: process.env.JOBS_TEST_URL!, migrate: false });
await startJobWorker({
  db: handle.db,
  schedule: false,
  supervise: false,
  reconcileOnStart: false,
  pollingIntervalSeconds: 0.5,
  modules: [
    {
      name: 'hanging-planning',
      handlers: planningRunHandlers(async ({ db, tenantId, runId }) => {
        await withTenant(db, tenantId, (tx) =>
          tx.update(planningRuns).set({ status: 'running', startedAt: new Date(), phase: 'forecast' }).where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId))),
        );
        console.log(`RUNNING ${runId}`);
        await new Promise(() => {});
      }),
    },
  ],
});
console.log('READY');
