/**
 * Every pg-boss queue of the app, with its options. The migration (db/migrate.ts) creates them as the owner:
 * a queue is a partition table, and the app role, which owns nothing, cannot create tables. A new queue is a
 * new line here (and `npm run db:migrate`); its handler is registered in server/jobs/modules.ts.
 *
 * No imports: the migration CLI loads this file.
 */

export interface QueueSpec {
  name: string;
  /** pg-boss policy: `singleton` = at most one active job per singleton key (planning: one run per tenant at a time). */
  policy: 'standard' | 'short' | 'singleton' | 'stately';
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  /** A job active longer than this is failed by maintenance (and retried while retries remain). */
  expireInSeconds: number;
  /** Jobs not started within this many minutes are archived unstarted. */
  retentionMinutes: number;
  deadLetter?: string;
}

const DAY_MINUTES = 24 * 60;

export const QUEUES = {
  /** One planning run (data { tenantId, runId }, job id = run id, singleton key = tenant). */
  planningRun: {
    name: 'planning-run',
    policy: 'singleton',
    retryLimit: 2,
    retryDelay: 5,
    retryBackoff: false,
    expireInSeconds: 30 * 60,
    retentionMinutes: 14 * DAY_MINUTES,
    deadLetter: 'planning-run-failed',
  },
  /** A planning job that ran out of retries: its run row is marked failed if it is still queued or running. */
  planningRunFailed: {
    name: 'planning-run-failed',
    policy: 'standard',
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 5 * 60,
    retentionMinutes: 14 * DAY_MINUTES,
  },
  /** One occurrence of a tenant's nightly schedule (data { tenantId, scheduleKey, scheduledFor }). */
  planningNightly: {
    name: 'planning-nightly',
    policy: 'standard',
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 10 * 60,
    retentionMinutes: 2 * DAY_MINUTES,
  },
  /** The scheduler's tick (pg-boss cron, every minute, UTC): sends the local-time schedules that are due. */
  clock: {
    name: 'jobs-clock',
    policy: 'short',
    retryLimit: 0,
    retryDelay: 0,
    retryBackoff: false,
    expireInSeconds: 5 * 60,
    retentionMinutes: 60,
  },
  /** Hourly: every tenant's schedules recomputed from its settings (a missed sync heals within the hour). */
  reconcile: {
    name: 'jobs-reconcile',
    policy: 'short',
    retryLimit: 1,
    retryDelay: 60,
    retryBackoff: false,
    expireInSeconds: 15 * 60,
    retentionMinutes: 120,
  },
  /** One digest for one recipient and period (issue 11; handler in server/jobs/digest*.ts). */
  digest: {
    name: 'digest',
    policy: 'standard',
    retryLimit: 5,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 10 * 60,
    retentionMinutes: 2 * DAY_MINUTES,
  },
} as const satisfies Record<string, QueueSpec>;

/** pg-boss's own queue for cron sends (its timekeeper creates it at start when missing; we create it up front). */
export const PGBOSS_SEND_IT_QUEUE: QueueSpec = {
  name: '__pgboss__send-it',
  policy: 'standard',
  retryLimit: 2,
  retryDelay: 0,
  retryBackoff: false,
  expireInSeconds: 15 * 60,
  retentionMinutes: 14 * DAY_MINUTES,
};

export const JOB_SCHEMA = 'pgboss';

export const ALL_QUEUES: QueueSpec[] = [...Object.values(QUEUES), PGBOSS_SEND_IT_QUEUE];

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]['name'];
