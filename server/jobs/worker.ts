/**
 * A job worker on the app's database handle: pg-boss started with the app's connection (migrate off: the
 * migration installed the schema and queues as the owner), one `work` loop per registered queue, the
 * scheduler's clock (`jobs-clock`, pg-boss cron every minute, UTC) and the hourly reconcile.
 *
 * `npm start` runs one in the Next process (instrumentation.ts, on PGlite too); `npm run worker` runs one as
 * its own process against DATABASE_URL. Any number of workers may share a Postgres server.
 */
import type PgBoss from 'pg-boss';
import type { Database } from '@/db/client';
import { createBoss, type BossOptions } from './boss';
import { jobModules } from './modules';
import { QUEUES } from './queues';
import { consoleLog, type JobContext, type JobInfo, type JobLog, type JobModule } from './registry';
import { fireDueSchedules } from './schedules';

export interface WorkerOptions extends BossOptions {
  db: Database;
  modules?: JobModule[];
  now?: () => Date;
  log?: JobLog;
  /** Reconcile every module's schedules as the worker starts (default true). */
  reconcileOnStart?: boolean;
  /** Seconds a graceful stop waits for running jobs before failing them (default 30). */
  stopTimeoutSeconds?: number;
}

export interface JobWorker {
  boss: PgBoss;
  /** Runs one clock tick now (what the every-minute cron does). */
  tick: () => Promise<number>;
  /** Runs every module's reconcile now. */
  reconcile: () => Promise<void>;
  /** Stops polling, waits for running jobs (up to the timeout), then fails what is left so it is retried. */
  stop: () => Promise<void>;
}

const CLOCK_CRON = '* * * * *';
const RECONCILE_CRON = '17 * * * *';

export async function startJobWorker(options: WorkerOptions): Promise<JobWorker> {
  const modules = options.modules ?? jobModules;
  const log = options.log ?? consoleLog;
  const ctx: JobContext = { db: options.db, now: options.now ?? (() => new Date()), log };
  const boss = createBoss(options.db, options);
  boss.on('error', (error) => log.error('[jobs] pg-boss error:', error));
  await boss.start();

  const tick = () => fireDueSchedules({ db: ctx.db, now: ctx.now() });
  const reconcile = async () => {
    for (const m of modules) {
      try {
        await m.reconcile?.(ctx);
      } catch (error) {
        log.error(`[jobs] reconcile of ${m.name} failed:`, error);
      }
    }
  };

  const work = async (queue: string, handle: (job: JobInfo, ctx: JobContext) => Promise<unknown>, pollingIntervalSeconds = 2) => {
    const workOptions = { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? pollingIntervalSeconds };
    await boss.work(queue, workOptions, async ([job]) => {
      if (!job) return;
      const info: JobInfo = {
        id: job.id,
        data: job.data,
        retryCount: Number((job as { retryCount?: number }).retryCount ?? 0),
        output: (job as { output?: unknown }).output ?? null,
      };
      try {
        const summary = await handle(info, ctx);
        return typeof summary === 'string' ? { summary } : summary;
      } catch (error) {
        log.error(`[jobs] ${queue} job ${job.id} failed (attempt ${info.retryCount + 1}):`, error);
        throw error;
      }
    });
  };

  // The clock's job arrives once a minute and the reconcile's once an hour: a slower poll is plenty (PGlite
  // runs every poll on its one connection).
  await work(QUEUES.clock.name, async () => ({ sent: await tick() }), 5);
  await work(QUEUES.reconcile.name, async () => {
    await reconcile();
    return 'reconciled';
  }, 15);
  for (const m of modules) for (const h of m.handlers) await work(h.queue, h.handle, h.pollingIntervalSeconds);

  if (options.schedule !== false) {
    // pg-boss schedules are keyed by queue name: these two are the app's only pg-boss schedules (UTC).
    await boss.schedule(QUEUES.clock.name, CLOCK_CRON, {}, { tz: 'UTC' });
    await boss.schedule(QUEUES.reconcile.name, RECONCILE_CRON, {}, { tz: 'UTC' });
  }
  if (options.reconcileOnStart !== false) await reconcile();

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= boss.stop({ graceful: true, close: false, timeout: (options.stopTimeoutSeconds ?? 30) * 1000 });
    return stopping;
  };
  return { boss, tick, reconcile, stop };
}
