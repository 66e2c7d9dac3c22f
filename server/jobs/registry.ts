/**
 * What a feature gives the job worker (server/jobs/worker.ts): handlers for its queues, and optionally a
 * `reconcile` step (run at worker start and hourly) that brings its schedules in line with its data.
 * Modules are listed in server/jobs/modules.ts; see server/jobs/README.md.
 */
import type { Database } from '@/db/client';

export interface JobLog {
  debug: (message: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string, error?: unknown) => void;
}

export interface JobContext {
  db: Database;
  /** The worker's clock (tests pin it); handlers read "now" from here, never from `new Date()`. */
  now: () => Date;
  log: JobLog;
}

export interface JobInfo<T = unknown> {
  id: string;
  data: T;
  /** 0 on the first attempt. */
  retryCount: number;
  /** What the previous attempt failed with (pg-boss keeps it on a retried job), else null. */
  output: unknown;
}

export interface JobHandlerDefinition {
  /** A queue of server/jobs/queues.ts. */
  queue: string;
  /** How often to poll this queue (default 2 s; a worker's `pollingIntervalSeconds` option overrides all). */
  pollingIntervalSeconds?: number;
  /** Returns a short summary stored as the job's output. Throwing fails the attempt (retried per the queue). */
  handle: (job: JobInfo, ctx: JobContext) => Promise<unknown>;
}

export interface JobModule {
  name: string;
  handlers: JobHandlerDefinition[];
  /** Idempotent: create, update or remove this feature's schedules (server/jobs/schedules.ts) from its data. */
  reconcile?: (ctx: JobContext) => Promise<void>;
}

export const consoleLog: JobLog = {
  debug: (message) => {
    if (process.env.JOBS_DEBUG) console.log(message);
  },
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  error: (message, error) => console.error(message, error instanceof Error ? error.message : (error ?? '')),
};
