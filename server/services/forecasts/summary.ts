/** The Forecasts page header: the tenant's total weekly demand, its forecast and band, overall accuracy, counts. */
import { and, eq } from 'drizzle-orm';
import { planningRuns } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { resultRunId } from '../planning/current-run';
import type { ForecastSummaryInput } from './schemas';
import type { ForecastSummary } from './types';

/** What a run stores in planning_runs.summary (written by server/services/planning/write-results.ts). */
export type StoredForecastSummary = Pick<ForecastSummary, 'series' | 'accuracy' | 'counts'>;

export function emptyForecastSummary(runId: string | null): ForecastSummary {
  const none = { mase: null, wape: null, bias: null };
  return {
    runId,
    series: null,
    accuracy: { ...none, seasonalNaive: none, measuredSeries: 0, totalSeries: 0 },
    counts: { skus: 0, byMethod: {}, byPattern: {}, byAbc: {}, byXyz: {} },
    horizonWeeks: null,
    asOfWeek: null,
  };
}

export async function getForecastSummary({ ctx, input }: { ctx: TenantServiceContext; input: ForecastSummaryInput }): Promise<ForecastSummary> {
  const runId = await resultRunId(ctx.tx, ctx.tenant.id, input.runId);
  if (!runId) return emptyForecastSummary(null);
  const [run] = await ctx.tx
    .select({ summary: planningRuns.summary, horizonWeeks: planningRuns.horizonWeeks, asOfWeek: planningRuns.asOfWeek })
    .from(planningRuns)
    .where(and(eq(planningRuns.tenantId, ctx.tenant.id), eq(planningRuns.id, runId)));
  const stored = run?.summary as StoredForecastSummary | null | undefined;
  if (!stored) return { ...emptyForecastSummary(runId), horizonWeeks: run?.horizonWeeks ?? null, asOfWeek: run?.asOfWeek ?? null };
  return { runId, ...stored, horizonWeeks: run?.horizonWeeks ?? null, asOfWeek: run?.asOfWeek ?? null };
}
