/** One planning run (by id, or the latest of any status) and the run history, as the pages poll them. */
import { and, desc, eq } from 'drizzle-orm';
import { planningRuns, users } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { NotFound } from '../../errors';
import { currentRunId } from './current-run';
import type { PlanningRunInput, PlanningRunsInput, PlanningOutcome, PlanningPhase, PlanningRunStatus, PlanningTrigger } from './schemas';
import type { PlanningRunView } from './types';

const runColumns = {
  id: planningRuns.id,
  status: planningRuns.status,
  outcome: planningRuns.outcome,
  message: planningRuns.message,
  phase: planningRuns.phase,
  percent: planningRuns.progressPercent,
  trigger: planningRuns.trigger,
  error: planningRuns.error,
  timings: planningRuns.timings,
  counts: planningRuns.counts,
  asOfWeek: planningRuns.asOfWeek,
  horizonWeeks: planningRuns.horizonWeeks,
  createdAt: planningRuns.createdAt,
  startedAt: planningRuns.startedAt,
  finishedAt: planningRuns.finishedAt,
  userId: users.id,
  userName: users.name,
  userEmail: users.email,
};

function baseQuery(ctx: TenantServiceContext) {
  return ctx.tx.select(runColumns).from(planningRuns).leftJoin(users, eq(users.id, planningRuns.createdBy));
}

type RunRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['limit']>>[number];

function toView(row: RunRow, current: string | null): PlanningRunView {
  return {
    id: row.id,
    status: row.status as PlanningRunStatus,
    outcome: (row.outcome as PlanningOutcome | null) ?? null,
    message: row.message,
    phase: row.phase as PlanningPhase,
    percent: row.percent,
    trigger: row.trigger as PlanningTrigger,
    error: row.error,
    timings: row.timings ?? {},
    counts: (row.counts ?? {}) as PlanningRunView['counts'],
    asOfWeek: row.asOfWeek,
    horizonWeeks: row.horizonWeeks,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    createdBy: row.userId ? { id: row.userId, name: row.userName, email: row.userEmail ?? '' } : null,
    isCurrent: row.id === current,
  };
}

/** A run by id, or the latest one; null when the tenant has never run planning. */
export async function getPlanningRun({ ctx, input }: { ctx: TenantServiceContext; input: PlanningRunInput }): Promise<PlanningRunView | null> {
  const where = input.runId
    ? and(eq(planningRuns.tenantId, ctx.tenant.id), eq(planningRuns.id, input.runId))
    : eq(planningRuns.tenantId, ctx.tenant.id);
  const [row] = await baseQuery(ctx).where(where).orderBy(desc(planningRuns.createdAt), desc(planningRuns.id)).limit(1);
  if (!row) {
    if (input.runId) throw new NotFound('Planning run not found.');
    return null;
  }
  return toView(row, await currentRunId(ctx.tx, ctx.tenant.id));
}

/** The most recent runs, newest first. */
export async function listPlanningRuns({ ctx, input }: { ctx: TenantServiceContext; input: PlanningRunsInput }): Promise<PlanningRunView[]> {
  const rows = await baseQuery(ctx)
    .where(eq(planningRuns.tenantId, ctx.tenant.id))
    .orderBy(desc(planningRuns.createdAt), desc(planningRuns.id))
    .limit(input.limit);
  const current = await currentRunId(ctx.tx, ctx.tenant.id);
  return rows.map((row) => toView(row, current));
}
