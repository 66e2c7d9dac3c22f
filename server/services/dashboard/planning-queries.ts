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
  /** The figures fixed when the run was written (planning_runs.summary.dashboard); null for runs written before it existed. */
  stored?: StoredRunFigures | null;
}

/** Holdout accuracy of a run's forecasts, weighted by each series' forecast volume. */
export interface HoldoutAccuracy {
  wape: number | null;
  bias: number | null;
  /** Series with a holdout measure. */
  series: number;
}

/**
 * What the dashboard needs from a run that only depends on the run: its holdout accuracy for the network and
 * per region. Computed once by writeRunResults (server/services/planning/write-results.ts) with the same query
 * the dashboard falls back to, and kept in planning_runs.summary.dashboard.
 */
export interface StoredRunFigures {
  holdout: HoldoutAccuracy;
  holdoutByRegion: Record<string, HoldoutAccuracy>;
}

export async function latestSucceededRun(ctx: ReadContext): Promise<LatestRun | null> {
  const [row] = resultRows<{ id: string; finished_at: string | Date | null; stored: StoredRunFigures | string | null }>(
    await ctx.tx.execute(sql`
      select id, finished_at, summary -> 'dashboard' as stored from planning_runs
      where tenant_id = ${ctx.tenant.id} and status = 'succeeded'
      order by finished_at desc nulls last, created_at desc limit 1`),
  );
  if (!row) return null;
  const stored = typeof row.stored === 'string' ? (JSON.parse(row.stored) as StoredRunFigures) : row.stored;
  return { id: row.id, finishedAt: row.finished_at === null ? null : new Date(row.finished_at), stored: stored ?? null };
}

const excessCache = new Map<string, { version: string; value: Promise<Map<string, number>> }>();

/**
 * Excess per location now, cached per run and filter while stock and unit costs are unchanged: the figure reads
 * the run's targets (never rewritten), stock_levels and skus.unit_cost, and any write to a row of those tables
 * changes the count or the sum of the row versions (xmin) of the tenant's rows. That check reads the two tables'
 * narrow rows once, several times cheaper than the three-way join over the run's targets.
 */
export async function excessByLocation(ctx: ReadContext, runId: string, filter: DashboardFilter): Promise<Map<string, number>> {
  const t = ctx.tenant.id;
  const [v] = resultRows<{ version: string }>(
    await ctx.tx.execute(sql`
      select (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from stock_levels where tenant_id = ${t})
          || '/' || (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from skus where tenant_id = ${t}) as version`),
  );
  const version = v?.version ?? '';
  const key = `${t}:${runId}:${filter.locationId ?? ''}:${filter.skuId ?? ''}`;
  const hit = excessCache.get(key);
  if (hit && hit.version === version) return hit.value;
  const value = computeExcessByLocation(ctx, runId, filter);
  remember(excessCache, key, { version, value });
  value.catch(() => {
    if (excessCache.get(key)?.value === value) excessCache.delete(key);
  });
  return value;
}

/** Excess (§6) per location: sum over SKUs of max(0, on hand + inbound - order-up-to) x unit cost. */
async function computeExcessByLocation(ctx: ReadContext, runId: string, filter: DashboardFilter): Promise<Map<string, number>> {
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

/** What the run-only queries need: the transaction and the tenant id (the planning writer has no full tenant). */
export type RunContext = { tx: ReadContext['tx']; tenant: Pick<ReadContext['tenant'], 'id'> };

/** Holdout WAPE and bias of a run's forecasts (optionally per region), volume-weighted, grouped per region. */
async function holdoutRows(ctx: RunContext, runId: string, filter: DashboardFilter): Promise<{ region_id: string; wape_v: number | null; bias_v: number | null; vw: number | null; vb: number | null; n: string }[]> {
  const t = ctx.tenant.id;
  return resultRows(
    await ctx.tx.execute(sql`
      select f.region_id,
             sum(f.wape * v.volume)::float8 as wape_v, sum(f.bias * v.volume)::float8 as bias_v,
             sum(v.volume) filter (where f.wape is not null)::float8 as vw, sum(v.volume) filter (where f.bias is not null)::float8 as vb,
             count(*) filter (where f.wape is not null) as n
      from forecasts f cross join lateral (select coalesce(sum(x), 0) as volume from unnest(f.weekly_values) as x) v
      where f.tenant_id = ${t} and f.run_id = ${runId}
        ${filter.regionId ? sql`and f.region_id = ${filter.regionId}` : sql``} ${filter.skuId ? sql`and f.sku_id = ${filter.skuId}` : sql``}
      group by f.region_id`),
  );
}

function holdoutOf(rows: Awaited<ReturnType<typeof holdoutRows>>): HoldoutAccuracy {
  let wv = 0, bv = 0, vw = 0, vb = 0, n = 0;
  for (const r of rows) {
    wv += Number(r.wape_v ?? 0);
    bv += Number(r.bias_v ?? 0);
    vw += Number(r.vw ?? 0);
    vb += Number(r.vb ?? 0);
    n += Number(r.n);
  }
  return { wape: vw > 0 ? wv / vw : null, bias: vb > 0 ? bv / vb : null, series: n };
}

/** The run-only figures writeRunResults stores (and the dashboard recomputes for runs without them). */
export async function computeRunFigures(ctx: RunContext, runId: string): Promise<StoredRunFigures> {
  const rows = await holdoutRows(ctx, runId, {});
  return { holdout: holdoutOf(rows), holdoutByRegion: Object.fromEntries(rows.map((r) => [r.region_id, holdoutOf([r])])) };
}

/** Holdout accuracy for a filter: from the stored figures when the run has them (network or a region), else by query. */
async function holdoutAccuracy(ctx: ReadContext, run: LatestRun, filter: DashboardFilter): Promise<HoldoutAccuracy> {
  const stored = run.stored;
  if (stored && !filter.skuId) {
    if (!filter.regionId) return stored.holdout;
    return stored.holdoutByRegion[filter.regionId] ?? { wape: null, bias: null, series: 0 };
  }
  return holdoutOf(await holdoutRows(ctx, run.id, filter));
}

/** A run's forecast window: its forecasts never change, so this is read once per run. */
const runWindows = new Map<string, { firstWeek: string | null }>();
/** Accuracy per (run, day, filter), valid while the rollups of the days it read are unchanged (see forecastAccuracy). */
const accuracyCache = new Map<string, { version: string; value: Promise<ForecastAccuracy | null> }>();
const CACHE_ENTRIES = 500;

function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > CACHE_ENTRIES) map.delete(map.keys().next().value as K);
}

/**
 * Forecast accuracy of a run on a day, cached per run. The figures depend on the run (never rewritten) and on
 * sku_daily for the days from the run's first forecast week to `asOf`; every write to those rollups also writes
 * kpi_daily for the same keys and days in the same transaction (server/services/orders/rollup.ts, the rebuild),
 * so the count and the sum of the row versions (xmin) of kpi_daily over those days change whenever they do.
 * That check reads a few thousand kpi_daily rows instead of the run's forecasts and sku_daily. Calls waiting on
 * the same figures share one computation.
 */
export async function forecastAccuracy(ctx: ReadContext, run: LatestRun | string, asOf: string, filter: DashboardFilter): Promise<ForecastAccuracy | null> {
  const latest: LatestRun = typeof run === 'string' ? { id: run, finishedAt: null, stored: null } : run;
  const t = ctx.tenant.id;
  const runKey = `${t}:${latest.id}`;
  let window = runWindows.get(runKey);
  if (!window) {
    const [row] = resultRows<{ first_week: string | null }>(
      await ctx.tx.execute(sql`select min(first_week)::text as first_week from forecasts where tenant_id = ${t} and run_id = ${latest.id}`),
    );
    window = { firstWeek: row?.first_week ?? null };
    // A run without forecasts yet is not remembered (tests insert them after the run row).
    if (window.firstWeek) remember(runWindows, runKey, window);
  }
  if (!window.firstWeek) return computeForecastAccuracy(ctx, latest, asOf, filter);
  const [v] = resultRows<{ version: string }>(
    await ctx.tx.execute(sql`
      select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) || ':' || ${latest.stored ? 's' : '-'} as version
      from kpi_daily where tenant_id = ${t} and day >= ${window.firstWeek}::date and day <= ${asOf}::date`),
  );
  const version = v?.version ?? '';
  const key = `${runKey}:${asOf}:${filter.regionId ?? ''}:${filter.skuId ?? ''}:${filter.locationId ?? ''}`;
  const hit = accuracyCache.get(key);
  if (hit && hit.version === version) return hit.value;
  const value = computeForecastAccuracy(ctx, latest, asOf, filter);
  remember(accuracyCache, key, { version, value });
  value.catch(() => {
    if (accuracyCache.get(key)?.value === value) accuracyCache.delete(key);
  });
  return value;
}

/**
 * Accuracy against actuals: only the weeks that have passed are expanded from each forecast (not its whole
 * horizon), and forecasts and sku_daily are matched by one grouping over both (a hash aggregate whatever the
 * estimates) instead of a join the planner may turn into a nested loop over two large unestimated sets.
 */
async function computeForecastAccuracy(ctx: ReadContext, latest: LatestRun, asOf: string, filter: DashboardFilter): Promise<ForecastAccuracy | null> {
  const t = ctx.tenant.id;
  // The row estimates of set-returning functions over arrays are far off (hundreds per forecast for a few):
  // without this the query is JIT-compiled on every call, about half a second of a cold call.
  await ctx.tx.execute(sql`set local jit = off`);
  const f = sql`${filter.regionId ? sql`and f.region_id = ${filter.regionId}` : sql``} ${filter.skuId ? sql`and f.sku_id = ${filter.skuId}` : sql``}`;
  const [actual] = resultRows<{ abs_err: number | null; err: number | null; actual: number | null; weeks: string }>(
    await ctx.tx.execute(sql`
      with fc as materialized (
        select f.sku_id, f.region_id, f.first_week + 7 * (g.i - 1) as week, f.weekly_values[g.i] as value
        from forecasts f
        cross join lateral generate_series(1, least(cardinality(f.weekly_values), (${asOf}::date - f.first_week + 1) / 7)) as g(i)
        where f.tenant_id = ${t} and f.run_id = ${latest.id} and f.first_week + 6 <= ${asOf}::date ${f}
      ),
      both_sides as (
        select sku_id, region_id, week, value as fc, 0::float8 as units, true as forecast from fc
        union all
        select d.sku_id, d.region_id, d.day - (extract(isodow from d.day)::int - 1), 0::float8, d.units_ordered::float8, false
        from sku_daily d
        where d.tenant_id = ${t} and d.day >= (select min(week) from fc) and d.day <= (select max(week) + 6 from fc)
          ${filter.regionId ? sql`and d.region_id = ${filter.regionId}` : sql``} ${filter.skuId ? sql`and d.sku_id = ${filter.skuId}` : sql``}
      ),
      per_key as (
        select week, sum(fc) as fc, sum(units) as units from both_sides group by sku_id, region_id, week having bool_or(forecast)
      )
      select sum(abs(fc - units))::float8 as abs_err, sum(fc - units)::float8 as err, sum(units)::float8 as actual, count(distinct week) as weeks
      from per_key`),
  );
  if (actual && Number(actual.weeks) > 0 && Number(actual.actual) > 0) {
    return { wape: Number(actual.abs_err) / Number(actual.actual), bias: Number(actual.err) / Number(actual.actual), basis: 'actuals', weeks: Number(actual.weeks) };
  }
  // No week has passed yet: the run's holdout figures, weighted by each series' forecast volume.
  const holdout = await holdoutAccuracy(ctx, latest, filter);
  if (holdout.series === 0) return null;
  return { wape: holdout.wape, bias: holdout.bias, basis: 'holdout', weeks: 0 };
}
