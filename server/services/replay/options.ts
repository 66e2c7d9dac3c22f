import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import { locations, planningRuns, skus, stockTargets } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { addWeeks, mondayOf, orderHistoryRange, weeksBetween } from './load-input';
import { REPLAY_LIMITS } from './schemas';

const SKU_PICK_LIMIT = 2000;
const SUGGESTED_HISTORY_WEEKS = 26;

/**
 * What the replay form needs: the order history's range (null: nothing to replay yet), a suggested period (up to
 * the last 52 weeks, with up to 26 weeks of history before them, at least half the history), SKUs to pick, whether the tenant has min/max levels and a
 * central location.
 */
export async function replayOptions({ ctx }: { ctx: TenantServiceContext }) {
  const range = await orderHistoryRange(ctx);
  const skuRows = await ctx.tx
    .select({ id: skus.id, code: skus.code, name: skus.name })
    .from(skus)
    .where(and(eq(skus.tenantId, ctx.tenant.id), isNull(skus.archivedAt)))
    .orderBy(asc(skus.code))
    .limit(SKU_PICK_LIMIT);
  const [central] = await ctx.tx
    .select({ code: locations.code, name: locations.name })
    .from(locations)
    .where(and(eq(locations.tenantId, ctx.tenant.id), eq(locations.isCentral, true), isNull(locations.archivedAt)))
    .limit(1);
  const [run] = await ctx.tx
    .select({ id: planningRuns.id, finishedAt: planningRuns.finishedAt })
    .from(planningRuns)
    .where(and(eq(planningRuns.tenantId, ctx.tenant.id), eq(planningRuns.status, 'succeeded')))
    .orderBy(desc(planningRuns.finishedAt), desc(planningRuns.createdAt))
    .limit(1);
  let minMaxCount = 0;
  if (run) {
    const [n] = await ctx.tx.select({ n: count() }).from(stockTargets).where(and(eq(stockTargets.tenantId, ctx.tenant.id), eq(stockTargets.runId, run.id)));
    minMaxCount = Number(n?.n ?? 0);
  }
  let suggested: { from: string; to: string } | null = null;
  if (range) {
    const lastWeek = mondayOf(range.lastDay);
    // Suggest half a year of history before the period when there is that much (the first targets need it).
    const historyWeeks = Math.max(REPLAY_LIMITS.minHistoryWeeks, Math.min(SUGGESTED_HISTORY_WEEKS, Math.floor(weeksBetween(mondayOf(range.firstDay), lastWeek) / 2)));
    const earliest = addWeeks(mondayOf(range.firstDay), historyWeeks);
    const from = addWeeks(lastWeek, -51) > earliest ? addWeeks(lastWeek, -51) : earliest;
    if (from <= range.lastDay) suggested = { from, to: range.lastDay };
  }
  return {
    orderHistory: range,
    earliestStart: range ? addWeeks(mondayOf(range.firstDay), REPLAY_LIMITS.minHistoryWeeks) : null,
    suggested,
    skus: skuRows,
    skusTruncated: skuRows.length === SKU_PICK_LIMIT,
    centralLocation: central ?? null,
    minMax: { planningRunFinishedAt: run?.finishedAt ?? null, targets: minMaxCount },
    currency: ctx.tenant.currency,
    timezone: ctx.tenant.timezone,
    limits: REPLAY_LIMITS,
  };
}
