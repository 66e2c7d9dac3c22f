/** Helpers for the job tests: a quiet worker, waiting on a condition, reading pg-boss's tables as the owner. */
import type { DatabaseHandle } from '@/db/client';
import type { JobLog } from '@/server/jobs/registry';
import { startJobWorker, type WorkerOptions } from '@/server/jobs/worker';

export const quietLog: JobLog & { errors: string[]; warnings: string[] } = {
  errors: [],
  warnings: [],
  debug: () => {},
  info: () => {},
  warn(message) {
    this.warnings.push(message);
  },
  error(message, error) {
    this.errors.push(`${message} ${error instanceof Error ? error.message : String(error ?? '')}`);
  },
};

/** A worker that polls fast, runs no cron and no maintenance, and does not reconcile at start (tests drive those). */
export function testWorker(options: WorkerOptions) {
  return startJobWorker({
    pollingIntervalSeconds: 0.5,
    schedule: false,
    supervise: false,
    reconcileOnStart: false,
    stopTimeoutSeconds: 2,
    log: quietLog,
    ...options,
  });
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface JobRow {
  id: string;
  name: string;
  state: string;
  data: Record<string, unknown>;
  singleton_key: string | null;
  retry_count: number;
  output: unknown;
}

export async function jobsIn(db: Pick<DatabaseHandle, 'ownerQuery'>, queue: string): Promise<JobRow[]> {
  return db.ownerQuery<JobRow>(
    `select id::text, name, state::text, data, singleton_key, retry_count, output from pgboss.job where name = $1 order by created_on, id`,
    [queue],
  );
}

/** Empties pg-boss's job tables and schedules (queues stay: the migration made them). */
export async function resetJobs(db: Pick<DatabaseHandle, 'ownerQuery'>): Promise<void> {
  await db.ownerQuery('truncate pgboss.job, pgboss.archive');
  await db.ownerQuery('delete from pgboss.schedule');
  await db.ownerQuery('update pgboss.version set cron_on = null, maintained_on = null');
}
