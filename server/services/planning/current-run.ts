/**
 * The run whose results the pages show: the latest succeeded run with results (a failed, running or
 * "not enough history yet" run never replaces it).
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '@/db/client';
import { planningRuns } from '@/db/schema';
import { NotFound } from '../../errors';

export async function currentRunId(db: Queryable, tenantId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: planningRuns.id })
    .from(planningRuns)
    .where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.status, 'succeeded'), sql`coalesce(${planningRuns.outcome}, 'completed') = 'completed'`))
    .orderBy(desc(planningRuns.finishedAt), desc(planningRuns.id))
    .limit(1);
  return row?.id ?? null;
}

/** The given run (must be this tenant's and succeeded), else the current one; null when there is none. */
export async function resultRunId(db: Queryable, tenantId: string, runId: string | undefined): Promise<string | null> {
  if (!runId) return currentRunId(db, tenantId);
  const [row] = await db
    .select({ id: planningRuns.id, status: planningRuns.status, outcome: planningRuns.outcome })
    .from(planningRuns)
    .where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId)))
    .limit(1);
  if (!row) throw new NotFound('Planning run not found.');
  if (row.status !== 'succeeded') throw new NotFound('That planning run has no results (it did not finish).');
  if (row.outcome && row.outcome !== 'completed') throw new NotFound('That planning run found too little history to produce results.');
  return row.id;
}
