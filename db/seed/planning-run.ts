/**
 * A finished planning run for the demo importer, so a newcomer sees forecasts, targets and recommendations on
 * the first `npm start`: queued like any run (trigger `seed`, no job), then executed synchronously with the
 * demo's calendar (SEED_TODAY, pinned by FOOTPRINT_SEED_TODAY).
 */
import { eq } from 'drizzle-orm';
import { withGlobal, withTenant, type Database } from '@/db/client';
import { organizations, planningRuns } from '@/db/schema';
import { queuePlanningRun } from '@/server/services/planning/request-run';
import { executePlanningRun } from '@/server/services/planning/execute-run';
import { buildCalendar } from './calendar';
import { DEMO_IMPORTER } from './demo-accounts';

export async function seedPlanningRun(db: Database): Promise<{ runId: string; status: string; seconds: number } | null> {
  const [org] = await withGlobal(db, (tx) => tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, DEMO_IMPORTER.slug)).limit(1));
  if (!org) return null;
  const started = Date.now();
  const { runId } = await withTenant(db, org.id, (tx) => queuePlanningRun(tx, { tenantId: org.id, trigger: 'seed', parameters: { trigger: 'seed' }, enqueue: false }));
  // Noon of the demo's today, in its time zone's calendar (buildCalendar().now is its local midnight).
  await executePlanningRun({ db, tenantId: org.id, runId, now: new Date(buildCalendar().now + 12 * 3600_000) });
  const [run] = await withTenant(db, org.id, (tx) => tx.select({ status: planningRuns.status, error: planningRuns.error }).from(planningRuns).where(eq(planningRuns.id, runId)));
  if (run?.status === 'failed') console.error(`[db] the demo planning run failed: ${run.error}`);
  return { runId, status: run?.status ?? 'unknown', seconds: (Date.now() - started) / 1000 };
}
