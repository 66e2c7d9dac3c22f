/**
 * The `planning-run` job: runs one queued planning run (server/services/planning/execute-run.ts), which
 * persists its own phases and progress on the run row.
 *
 * At-least-once delivery, so the handler is keyed by the run row's status:
 * - queued: run it;
 * - running: an earlier attempt of this job ended without finishing it (the process was killed, the server
 *   stopped, or the attempt outlived the queue's expiry), so the run is marked failed with that reason in
 *   words, and not started again behind the planner's back;
 * - succeeded or failed: nothing left to do.
 * A job that runs out of retries lands on `planning-run-failed`, whose handler marks a still queued or
 * running run failed, so no run stays "queued" or "running" forever.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { withTenant, type Database } from '@/db/client';
import { planningRuns } from '@/db/schema';
import { z } from 'zod';
import type { PlanningRunJob } from './enqueue';
import { QUEUES } from './queues';
import type { JobContext, JobHandlerDefinition, JobInfo } from './registry';

/** What the handler needs from the planning service (server/services/planning/execute-run.ts). */
export type ExecutePlanningRun = (args: {
  db: Database;
  tenantId: string;
  runId: string;
  /** The worker's clock (the calendar of the run: today, the last history week). */
  now?: Date;
  onProgress?: (progress: { phase: string; percent: number }) => void | Promise<void>;
}) => Promise<unknown>;

const EXPIRY_MINUTES = Math.round(QUEUES.planningRun.expireInSeconds / 60);

/** The reason shown on the run page when a run's worker went away mid-run. */
export function abandonedRunReason(previousFailure: unknown): string {
  const message = failureMessage(previousFailure);
  if (/shut down while active/i.test(message)) {
    return 'The planning run was interrupted: the server stopped while it was running. Its results were not saved; run planning again.';
  }
  if (/timeout|exceeded/i.test(message)) {
    return `The planning run was interrupted: its worker stopped responding (the process ended, or the run took longer than ${EXPIRY_MINUTES} minutes). Its results were not saved; run planning again.`;
  }
  return 'The planning run was interrupted before it finished (its worker stopped). Its results were not saved; run planning again.';
}

function failureMessage(output: unknown): string {
  if (!output || typeof output !== 'object') return '';
  const o = output as { message?: unknown; value?: { message?: unknown } };
  return String(o.message ?? o.value?.message ?? '');
}

/** Marks the run failed if it is still queued or running; returns whether it did. */
export async function markRunFailed(db: Database, tenantId: string, runId: string, reason: string): Promise<boolean> {
  const updated = await withTenant(db, tenantId, (tx) =>
    tx
      .update(planningRuns)
      .set({ status: 'failed', error: reason, finishedAt: sql`greatest(now(), ${planningRuns.startedAt})` })
      .where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId), inArray(planningRuns.status, ['queued', 'running'])))
      .returning({ id: planningRuns.id }),
  );
  return updated.length > 0;
}

async function runStatus(db: Database, tenantId: string, runId: string) {
  const [row] = await withTenant(db, tenantId, (tx) =>
    tx.select({ status: planningRuns.status }).from(planningRuns).where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId))),
  );
  return row?.status ?? null;
}

export async function handlePlanningRun(job: JobInfo<PlanningRunJob>, ctx: JobContext, execute: ExecutePlanningRun): Promise<string> {
  const { tenantId, runId } = job.data;
  const status = await runStatus(ctx.db, tenantId, runId);
  if (status === null) return 'run not found (pruned)';
  if (status === 'succeeded' || status === 'failed') return `already ${status}`;
  if (status === 'running') {
    const reason = abandonedRunReason(job.output);
    await markRunFailed(ctx.db, tenantId, runId, reason);
    ctx.log.warn(`[jobs] planning run ${runId} (tenant ${tenantId}) was left running by an earlier attempt: marked failed`);
    return 'abandoned run marked failed';
  }
  await execute({
    db: ctx.db,
    tenantId,
    runId,
    now: ctx.now(),
    onProgress: ({ phase, percent }) => ctx.log.debug(`[jobs] planning run ${runId}: ${phase} ${percent}%`),
  });
  return 'executed';
}

export async function handleDeadPlanningRun(job: JobInfo<PlanningRunJob>, ctx: JobContext): Promise<string> {
  const marked = await markRunFailed(ctx.db, job.data.tenantId, job.data.runId, deadRunReason(job.output));
  return marked ? 'marked failed' : 'already finished';
}

function deadRunReason(output: unknown): string {
  const message = failureMessage(output);
  if (/timeout|shut down/i.test(message)) return abandonedRunReason(output);
  return 'The planning run could not be completed after several attempts. Its results were not saved; run planning again, and contact support if it keeps failing.';
}

const planningRunJobSchema = z.object({ tenantId: z.uuid(), runId: z.uuid() });

function parsed(job: JobInfo): JobInfo<PlanningRunJob> {
  return { ...job, data: planningRunJobSchema.parse(job.data) };
}

export function planningRunHandlers(execute: ExecutePlanningRun): JobHandlerDefinition[] {
  return [
    // "Run planning" shows progress within a second or two of the click.
    { queue: QUEUES.planningRun.name, handle: (job, ctx) => handlePlanningRun(parsed(job), ctx, execute), pollingIntervalSeconds: 1 },
    { queue: QUEUES.planningRunFailed.name, handle: (job, ctx) => handleDeadPlanningRun(parsed(job), ctx), pollingIntervalSeconds: 10 },
  ];
}
