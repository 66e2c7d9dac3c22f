/**
 * Asks for a planning run: inserts the queued `planning_runs` row and queues its job in the same
 * transaction. The partial unique index planning_runs_one_active_key allows one queued or running run per
 * tenant, so a second request (a second click, a second tab, the nightly tick) gets the active run back.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { planningRuns } from '@/db/schema';
import { newId } from '@/db/schema/ids';
import { enqueuePlanningRun } from '@/server/jobs/enqueue';
import type { TenantServiceContext } from '../context';
import { recordAudit } from '../audit/record';
import type { PlanningTrigger } from './schemas';
import type { StartPlanningResult } from './types';

/** The queue step without a signed-in user (nightly schedule, seed): returns the new or the active run. */
export async function queuePlanningRun(
  tx: Tx,
  args: { tenantId: string; trigger: PlanningTrigger; createdBy?: string | null; parameters?: Record<string, unknown>; enqueue?: boolean },
): Promise<StartPlanningResult> {
  const id = newId();
  const inserted = await tx
    .insert(planningRuns)
    .values({ tenantId: args.tenantId, id, status: 'queued', trigger: args.trigger, createdBy: args.createdBy ?? null, parameters: args.parameters ?? {} })
    .onConflictDoNothing({ target: planningRuns.tenantId, where: sql`status in ('queued', 'running')` })
    .returning({ id: planningRuns.id });
  if (inserted.length === 0) {
    const [active] = await tx
      .select({ id: planningRuns.id })
      .from(planningRuns)
      .where(and(eq(planningRuns.tenantId, args.tenantId), inArray(planningRuns.status, ['queued', 'running'])))
      .limit(1);
    if (!active) throw new Error('A planning run was reported active but none was found.');
    return { runId: active.id, alreadyActive: true };
  }
  if (args.enqueue !== false) await enqueuePlanningRun(tx, { tenantId: args.tenantId, runId: id });
  return { runId: id, alreadyActive: false };
}

/** "Run planning" from the app (planner and up). */
export async function requestPlanningRun({ ctx, trigger = 'manual' }: { ctx: TenantServiceContext; trigger?: PlanningTrigger }): Promise<StartPlanningResult> {
  const result = await queuePlanningRun(ctx.tx, { tenantId: ctx.tenant.id, trigger, createdBy: ctx.user.id });
  if (!result.alreadyActive) {
    await recordAudit(ctx, { action: 'planning.run_requested', entity: 'planning_run', entityId: result.runId, after: { trigger } });
  }
  return result;
}
