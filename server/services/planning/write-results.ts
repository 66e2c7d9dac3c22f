/**
 * Writes a finished run in ONE transaction: the previous runs' open recommendations become superseded, then
 * sku_forecasts, forecasts, stock_targets and recommendations are inserted set-based (insert ... select from
 * unnest(one array per column), a few thousand rows a statement), the run row is marked succeeded with its
 * timings, counts and summary, and runs beyond the tenant's "runs to keep" are pruned. Readers see the old run
 * or the new one, never a mix.
 */
import { and, eq, ne, sql } from 'drizzle-orm';
import { resultRows, type Tx } from '@/db/client';
import { planningRuns, recommendations } from '@/db/schema';
import { newId } from '@/db/schema/ids';
import { pgArray, type ArrayElement } from '@/server/imports/pg-array';
import { computeRunFigures } from '../dashboard/planning-queries';
import type { PlanOutputs } from './engine/outputs';
import type { PlanningInputs } from './inputs';
import type { PlanningRunCounts } from './types';

const CHUNK_ROWS = 4000;

const r3 = (v: number) => Math.round(v * 1000) / 1000;
const r6 = (v: number | null) => (v === null || !Number.isFinite(v) ? null : Math.round(v * 1e6) / 1e6);
/** A float8[] literal per row, sent inside a text[] and cast per row. */
const floats = (values: readonly number[]) => `{${values.map((v) => (Number.isFinite(v) ? r3(v) : 0)).join(',')}}`;
const col = (values: readonly ArrayElement[]) => pgArray(values);

async function chunked<T>(rows: readonly T[], write: (chunk: readonly T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) await write(rows.slice(i, i + CHUNK_ROWS));
}

export async function writeRunResults(
  tx: Tx,
  args: { inputs: PlanningInputs; runId: string; outputs: PlanOutputs; timings: Record<string, number>; counts: Omit<PlanningRunCounts, 'forecasts' | 'stockTargets' | 'recommendations' | 'recommendationsByKind' | 'supersededRecommendations'> },
): Promise<PlanningRunCounts> {
  const { inputs, runId, outputs } = args;
  const tenantId = inputs.tenantId;
  const superseded = await tx
    .update(recommendations)
    .set({ status: 'superseded' })
    .where(and(eq(recommendations.tenantId, tenantId), eq(recommendations.status, 'open'), ne(recommendations.runId, runId)))
    .returning({ id: recommendations.id });

  const forecastStart = inputs.asOfWeek;
  await chunked(outputs.skuForecasts, (rows) =>
    tx.execute(sql`
      insert into sku_forecasts (tenant_id, id, run_id, sku_id, method, pattern, abc_class, xyz_class, cv, adi, mase, wape, bias, candidates,
                                 history_start_week, history, first_week, weekly_values, weekly_lower, weekly_upper, sigma, history_units, forecast_units)
      select ${tenantId}, u.id, ${runId}, u.sku_id, u.method, u.pattern, u.abc::abc_class, u.xyz::xyz_class, u.cv, u.adi, u.mase, u.wape, u.bias, u.candidates::jsonb,
             ${inputs.historyStartWeek}::date, u.history::float8[], ${forecastStart}::date, u.vals::float8[], u.lo::float8[], u.hi::float8[], u.sigma, u.hu, u.fu
        from unnest(${col(rows.map(() => newId()))}::uuid[], ${col(rows.map((r) => r.skuId))}::uuid[], ${col(rows.map((r) => r.method))}::text[],
                    ${col(rows.map((r) => r.pattern))}::text[], ${col(rows.map((r) => r.abcClass))}::text[], ${col(rows.map((r) => r.xyzClass))}::text[],
                    ${col(rows.map((r) => r6(r.cv)))}::float8[], ${col(rows.map((r) => r6(r.adi)))}::float8[], ${col(rows.map((r) => r6(r.mase)))}::float8[],
                    ${col(rows.map((r) => r6(r.wape)))}::float8[], ${col(rows.map((r) => r6(r.bias)))}::float8[], ${col(rows.map((r) => JSON.stringify(r.candidates)))}::text[],
                    ${col(rows.map((r) => floats(r.history)))}::text[], ${col(rows.map((r) => floats(r.values)))}::text[], ${col(rows.map((r) => floats(r.lower)))}::text[],
                    ${col(rows.map((r) => floats(r.upper)))}::text[], ${col(rows.map((r) => r6(r.sigma)))}::float8[], ${col(rows.map((r) => r3(r.historyUnits)))}::float8[],
                    ${col(rows.map((r) => r3(r.forecastUnits)))}::float8[])
          as u(id, sku_id, method, pattern, abc, xyz, cv, adi, mase, wape, bias, candidates, history, vals, lo, hi, sigma, hu, fu)`),
  );

  const horizon = inputs.settings.horizonWeeks;
  await chunked(outputs.regionForecasts, (rows) =>
    tx.execute(sql`
      insert into forecasts (tenant_id, id, run_id, sku_id, region_id, method, mase, wape, bias, first_week, horizon_weeks, weekly_values, sigma, weekly_lower, weekly_upper, share, history_units, forecast_units)
      select ${tenantId}, u.id, ${runId}, u.sku_id, u.region_id, u.method, u.mase, u.wape, u.bias, ${forecastStart}::date, ${horizon}::int,
             u.vals::float8[], u.sigma, u.lo::float8[], u.hi::float8[], u.share, u.hu, u.fu
        from unnest(${col(rows.map(() => newId()))}::uuid[], ${col(rows.map((r) => r.skuId))}::uuid[], ${col(rows.map((r) => r.regionId))}::uuid[],
                    ${col(rows.map((r) => r.method))}::text[], ${col(rows.map((r) => r6(r.mase)))}::float8[], ${col(rows.map((r) => r6(r.wape)))}::float8[],
                    ${col(rows.map((r) => r6(r.bias)))}::float8[], ${col(rows.map((r) => floats(r.values)))}::text[], ${col(rows.map((r) => r6(r.sigma)))}::float8[],
                    ${col(rows.map((r) => floats(r.lower)))}::text[], ${col(rows.map((r) => floats(r.upper)))}::text[], ${col(rows.map((r) => r6(r.share)))}::float8[],
                    ${col(rows.map((r) => r3(r.historyUnits)))}::float8[], ${col(rows.map((r) => r3(r.forecastUnits)))}::float8[])
          as u(id, sku_id, region_id, method, mase, wape, bias, vals, sigma, lo, hi, share, hu, fu)`),
  );

  await chunked(outputs.targets, (rows) =>
    tx.execute(sql`
      insert into stock_targets (tenant_id, id, run_id, sku_id, location_id, demand_per_day, demand_sd_per_day, lead_time_days, safety_stock, reorder_point, order_up_to, service_level, abc_class, xyz_class)
      select ${tenantId}, u.id, ${runId}, u.sku_id, u.location_id, u.d, u.sd, u.lt, u.ss, u.rop, u.out, u.sl, u.abc::abc_class, u.xyz::xyz_class
        from unnest(${col(rows.map(() => newId()))}::uuid[], ${col(rows.map((r) => r.skuId))}::uuid[], ${col(rows.map((r) => r.locationId))}::uuid[],
                    ${col(rows.map((r) => r6(r.demandPerDay)))}::float8[], ${col(rows.map((r) => r6(r.demandSdPerDay)))}::float8[], ${col(rows.map((r) => r6(r.leadTimeDays)))}::float8[],
                    ${col(rows.map((r) => r.safetyStock))}::int[], ${col(rows.map((r) => r.reorderPoint))}::int[], ${col(rows.map((r) => r.orderUpTo))}::int[],
                    ${col(rows.map((r) => Math.round(r.serviceLevel * 1e6) / 1e6))}::numeric[], ${col(rows.map((r) => r.abcClass))}::text[], ${col(rows.map((r) => r.xyzClass))}::text[])
          as u(id, sku_id, location_id, d, sd, lt, ss, rop, out, sl, abc, xyz)`),
  );

  await chunked(outputs.recommendations, (rows) =>
    tx.execute(sql`
      insert into recommendations (tenant_id, id, run_id, kind, status, sku_id, from_location_id, to_location_id, region_id, purchase_order_id, supplier_id, qty, reason, facts, impact, priority, score)
      select ${tenantId}, u.id, ${runId}, u.kind::recommendation_kind, 'open', u.sku_id, u.from_id, u.to_id, u.region_id, u.po_id, u.supplier_id, u.qty, u.reason, u.facts::jsonb, u.impact::jsonb, u.priority, u.score
        from unnest(${col(rows.map(() => newId()))}::uuid[], ${col(rows.map((r) => r.kind))}::text[], ${col(rows.map((r) => r.skuId))}::uuid[],
                    ${col(rows.map((r) => r.fromLocationId))}::uuid[], ${col(rows.map((r) => r.toLocationId))}::uuid[], ${col(rows.map((r) => r.regionId))}::uuid[],
                    ${col(rows.map((r) => r.purchaseOrderId))}::uuid[], ${col(rows.map((r) => r.supplierId))}::uuid[], ${col(rows.map((r) => r.qty))}::int[],
                    ${col(rows.map((r) => r.reason))}::text[], ${col(rows.map((r) => JSON.stringify(r.facts)))}::text[], ${col(rows.map((r) => JSON.stringify(r.impact)))}::text[],
                    ${col(rows.map((r) => r.priority))}::int[], ${col(rows.map((r) => r6(r.score) ?? 0))}::float8[])
          as u(id, kind, sku_id, from_id, to_id, region_id, po_id, supplier_id, qty, reason, facts, impact, priority, score)`),
  );

  const byKind: Record<string, number> = {};
  for (const r of outputs.recommendations) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
  const counts: PlanningRunCounts = {
    ...args.counts,
    forecasts: outputs.regionForecasts.length,
    stockTargets: outputs.targets.length,
    recommendations: outputs.recommendations.length,
    recommendationsByKind: byKind,
    supersededRecommendations: superseded.length,
  };
  // The dashboard's figures that only depend on this run (its holdout accuracy), computed once here.
  const dashboard = await computeRunFigures({ tx, tenant: { id: tenantId } }, runId);
  const finished = await tx
    .update(planningRuns)
    .set({
      status: 'succeeded',
      outcome: 'completed',
      message: null,
      phase: 'done',
      progressPercent: 100,
      finishedAt: sql`greatest(now(), ${planningRuns.startedAt})`,
      timings: args.timings,
      counts: counts as unknown as Record<string, number>,
      summary: { ...(outputs.summary as unknown as Record<string, unknown>), dashboard } as Record<string, unknown>,
      asOfWeek: inputs.asOfWeek,
      horizonWeeks: horizon,
      parameters: { settings: inputs.settings, today: inputs.today, historyStartWeek: inputs.historyStartWeek },
    })
    .where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId), eq(planningRuns.status, 'running')))
    .returning({ id: planningRuns.id });
  // Marked failed meanwhile (the job was declared dead): roll the whole write back.
  if (finished.length === 0) throw new Error('The planning run was stopped before its results were saved.');
  await pruneRuns(tx, tenantId, inputs.settings.runsToKeep);
  return counts;
}

/**
 * Keeps the newest `keep` finished runs (at least the current one); older runs go with their outputs, except
 * runs holding accepted recommendations (the transfers and purchase orders they created point at them).
 */
export async function pruneRuns(tx: Tx, tenantId: string, keep: number): Promise<number> {
  const deleted = await tx.execute(sql`
    delete from planning_runs pr
     where pr.tenant_id = ${tenantId}
       and pr.status in ('succeeded', 'failed')
       and pr.id not in (select id from planning_runs where tenant_id = ${tenantId} and status in ('succeeded', 'failed') order by created_at desc, id desc limit ${keep})
       and pr.id <> coalesce((select id from planning_runs where tenant_id = ${tenantId} and status = 'succeeded' and coalesce(outcome, 'completed') = 'completed' order by finished_at desc, id desc limit 1), '00000000-0000-0000-0000-000000000000'::uuid)
       and not exists (select 1 from recommendations r where r.tenant_id = pr.tenant_id and r.run_id = pr.id and r.status = 'accepted')
    returning pr.id`);
  return resultRows(deleted).length;
}
