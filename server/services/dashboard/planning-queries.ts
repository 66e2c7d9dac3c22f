/**
 * Figures of the latest succeeded planning run (planning_runs, forecasts, stock_targets; they may be
 * empty): excess stock value against its order-up-to levels now, and forecast accuracy (WAPE and bias)
 * of its forecasts against the actual demand of the weeks that have passed (sku_daily), else the
 * holdout accuracy the run measured.
 */
import { sql } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import type { ReadContext } from './order-queries';
import type { DashboardFilter } from './schemas';

export interface LatestRun {
  id: string;
  finishedAt: Date | null;
}

export async function latestSucceededRun(ctx: ReadContext): Promise<LatestRun | null> {
  const [row] = resultRows<{ id: string; finished_at: string | Date | null }>(
    await ctx.tx.execute(sql`
      select id, finished_at from planning_runs
      where tenant_id = ${ctx.tenant.id} and status = 'succeeded'
      order by finished_at desc nulls last, created_at desc limit 1`),
  );
  return row ? { id: row.id, finishedAt: row.finished_at === null ? null : new Date(row.finished_at) } : null;
}

/** Excess (§6) per location: sum over SKUs of max(0, on hand + inbound - order-up-to) x unit cost. */
export async function excessByLocation(ctx: ReadContext, runId: string, filter: DashboardFilter): Promise<Map<string, number>> {
  const t = ctx.tenant.id;
  const rows = resultRows<{ location_id: string; excess: number }>(
    await ctx.tx.execute(sql`
      select st.location_id, sum(greatest(0, sl.on_hand + sl.inbound - st.order_up_to) * s.unit_cost)::float8 as excess
      from stock_targets st
      join stock_levels sl on sl.tenant_id = st.tenant_id and sl.sku_id = st.sku_id and sl.location_id = st.location_id
      join skus s on s.tenant_id = st.tenant_id and s.id = st.sku_id
      where st.tenant_id = ${t} and st.run_id = ${runId} and sl.on_hand + sl.inbound > st.order_up_to
        ${filter.locationId ? sql`and st.location_id = ${filter.locationId}` : sql``}
        ${filter.skuId ? sql`and st.sku_id = ${filter.skuId}` : sql``}
      group by st.location_id`),
  );
  return new Map(rows.map((r) => [r.location_id, Number(r.excess)]));
}

export interface ForecastAccuracy {
  /** sum |forecast - actual| / sum actual over the weeks measured. */
  wape: number | null;
  /** sum (forecast - actual) / sum actual: positive = over-forecast. */
  bias: number | null;
  /** 'actuals': weeks after the run that have passed; 'holdout': the run's own holdout test. */
  basis: 'actuals' | 'holdout';
  weeks: number;
}

export async function forecastAccuracy(ctx: ReadContext, runId: string, asOf: string, filter: DashboardFilter): Promise<ForecastAccuracy | null> {
  const t = ctx.tenant.id;
  const f = sql`${filter.regionId ? sql`and f.region_id = ${filter.regionId}` : sql``} ${filter.skuId ? sql`and f.sku_id = ${filter.skuId}` : sql``}`;
  const [actual] = resultRows<{ abs_err: number | null; err: number | null; actual: number | null; weeks: string }>(
    await ctx.tx.execute(sql`
      with fc as (
        select f.sku_id, f.region_id, f.first_week + 7 * (g.i - 1) as week, f.weekly_values[g.i] as value
        from forecasts f cross join lateral generate_subscripts(f.weekly_values, 1) as g(i)
        where f.tenant_id = ${t} and f.run_id = ${runId} and f.first_week + 7 * (g.i - 1) + 6 <= ${asOf}::date ${f}
      ),
      act as (
        select d.sku_id, d.region_id, d.day - (extract(isodow from d.day)::int - 1) as week, sum(d.units_ordered) as units
        from sku_daily d
        where d.tenant_id = ${t} and d.day >= (select min(week) from fc) and d.day <= ${asOf}::date
          ${filter.regionId ? sql`and d.region_id = ${filter.regionId}` : sql``} ${filter.skuId ? sql`and d.sku_id = ${filter.skuId}` : sql``}
        group by 1, 2, 3
      )
      select sum(abs(fc.value - coalesce(act.units, 0)))::float8 as abs_err, sum(fc.value - coalesce(act.units, 0))::float8 as err,
             sum(coalesce(act.units, 0))::float8 as actual, count(distinct fc.week) as weeks
      from fc left join act on act.sku_id = fc.sku_id and act.region_id = fc.region_id and act.week = fc.week`),
  );
  if (actual && Number(actual.weeks) > 0 && Number(actual.actual) > 0) {
    return { wape: Number(actual.abs_err) / Number(actual.actual), bias: Number(actual.err) / Number(actual.actual), basis: 'actuals', weeks: Number(actual.weeks) };
  }
  // No week has passed yet: the run's holdout figures, weighted by each series' forecast volume.
  const [holdout] = resultRows<{ wape: number | null; bias: number | null; n: string }>(
    await ctx.tx.execute(sql`
      select (sum(f.wape * v.volume) / nullif(sum(v.volume) filter (where f.wape is not null), 0))::float8 as wape,
             (sum(f.bias * v.volume) / nullif(sum(v.volume) filter (where f.bias is not null), 0))::float8 as bias,
             count(*) filter (where f.wape is not null) as n
      from forecasts f cross join lateral (select coalesce(sum(x), 0) as volume from unnest(f.weekly_values) as x) v
      where f.tenant_id = ${t} and f.run_id = ${runId} ${f}`),
  );
  if (!holdout || Number(holdout.n) === 0) return null;
  return { wape: holdout.wape === null ? null : Number(holdout.wape), bias: holdout.bias === null ? null : Number(holdout.bias), basis: 'holdout', weeks: 0 };
}
