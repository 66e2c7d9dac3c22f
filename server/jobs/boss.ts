/**
 * pg-boss instances on the app's database handle. `createBoss` makes the one a worker starts; `sendInTransaction`
 * sends on an open drizzle transaction through a never-started instance (send needs no polling, only SQL), so a
 * service can queue a job without a worker in its process and without waiting on a second connection: on PGlite
 * there is only one, and a query outside the open transaction would wait for it to end.
 */
import PgBoss from 'pg-boss';
import type { Database, Tx } from '@/db/client';
import { JOB_SCHEMA } from './queues';
import { sqlAdapter } from './sql-adapter';

export interface BossOptions {
  /** How often a worker polls its queues (default 2 s). */
  pollingIntervalSeconds?: number;
  /** Run pg-boss's cron (the scheduler's every-minute tick). Default true. */
  schedule?: boolean;
  /** Run pg-boss's maintenance (expire, archive, drop). Default true. */
  supervise?: boolean;
  maintenanceIntervalSeconds?: number;
}

export function createBoss(db: Database, options: BossOptions = {}): PgBoss {
  return new PgBoss({
    db: sqlAdapter(db) as PgBoss.Db,
    schema: JOB_SCHEMA,
    // The schema and the queues are the migration's (owner) business; a worker only checks the version.
    migrate: false,
    schedule: options.schedule ?? true,
    supervise: options.supervise ?? true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 120,
    ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
  });
}

const holder = globalThis as unknown as { __footprintJobSender?: PgBoss };

function sender(): PgBoss {
  holder.__footprintJobSender ??= new PgBoss({
    db: { executeSql: async () => Promise.reject(new Error('the job sender only sends on a transaction ({ db })')) },
    schema: JOB_SCHEMA,
    migrate: false,
    schedule: false,
    supervise: false,
  });
  return holder.__footprintJobSender;
}

/**
 * Sends a job on `tx`: it exists iff the transaction commits. Returns the job id, or null when pg-boss dropped
 * it (same id already queued, or the queue's singleton policy refused it).
 */
export async function sendInTransaction(tx: Tx, queue: string, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
  return sender().send(queue, data, { ...options, db: sqlAdapter(tx) as PgBoss.Db });
}

/**
 * Completes an active job on `tx`, so its completion commits with the job's effects: if the process dies after
 * the commit, the job is not retried; if it dies before, neither happened. pg-boss's own completion after the
 * handler returns then finds nothing active and changes nothing.
 */
export async function completeInTransaction(tx: Tx, queue: string, jobId: string, output: object = {}): Promise<boolean> {
  // pg-boss 10's typings say void; it returns { jobs, requested, affected }.
  const result = (await sender().complete(queue, jobId, output, { db: sqlAdapter(tx) as PgBoss.Db })) as unknown as { affected: number };
  return result.affected > 0;
}
