/**
 * Position against target per location for the Stock targets chart: SKU x location rows below the reorder
 * point / within / above order-up-to, units short of the reorder point, excess (DESIGN.md §6: on hand + inbound
 * above order-up-to) and its value at unit cost, and at-risk value (units below the reorder point x unit price).
 */
import { sql } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import type { TenantServiceContext } from '../context';
import { resultRunId } from '../planning/current-run';

export interface StockTargetLocationSummary {
  locationId: string;
  locationCode: string;
  locationName: string;
  below: number;
  within: number;
  above: number;
  belowUnits: number;
  excessUnits: number;
  excessValue: number;
  atRiskValue: number;
}

export async function summarizeStockTargets({ ctx, input }: { ctx: TenantServiceContext; input: { runId?: string | undefined } }): Promise<{ runId: string | null; locations: StockTargetLocationSummary[] }> {
  const runId = await resultRunId(ctx.tx, ctx.tenant.id, input.runId);
  if (!runId) return { runId: null, locations: [] };
  const t = ctx.tenant.id;
  const rows = resultRows<Record<string, unknown>>(
    await ctx.tx.execute(sql`
      select l.id, l.code, l.name,
             count(*) filter (where p.pos < st.reorder_point)::int as below,
             count(*) filter (where p.pos between st.reorder_point and st.order_up_to)::int as within,
             count(*) filter (where p.pos > st.order_up_to)::int as above,
             coalesce(sum(greatest(0, st.reorder_point - p.pos)), 0)::float8 as below_units,
             coalesce(sum(greatest(0, p.on_hand + p.inbound - st.order_up_to)), 0)::float8 as excess_units,
             coalesce(sum(greatest(0, p.on_hand + p.inbound - st.order_up_to) * s.unit_cost), 0)::float8 as excess_value,
             coalesce(sum(greatest(0, st.reorder_point - p.pos) * s.unit_price), 0)::float8 as at_risk_value
        from stock_targets st
        join skus s on s.tenant_id = st.tenant_id and s.id = st.sku_id
        join locations l on l.tenant_id = st.tenant_id and l.id = st.location_id
        left join lateral (
          select coalesce(sl.on_hand, 0) as on_hand, coalesce(sl.inbound, 0) as inbound,
                 coalesce(sl.on_hand, 0) + coalesce(sl.inbound, 0) + coalesce(sl.on_order, 0) - coalesce(sl.reserved, 0) as pos
            from (select 1) one left join stock_levels sl on sl.tenant_id = st.tenant_id and sl.sku_id = st.sku_id and sl.location_id = st.location_id) p on true
       where st.tenant_id = ${t} and st.run_id = ${runId}
       group by l.id, l.code, l.name order by l.code`),
  );
  return {
    runId,
    locations: rows.map((r) => ({
      locationId: String(r.id),
      locationCode: String(r.code),
      locationName: String(r.name),
      below: Number(r.below),
      within: Number(r.within),
      above: Number(r.above),
      belowUnits: Number(r.below_units),
      excessUnits: Number(r.excess_units),
      excessValue: Number(r.excess_value),
      atRiskValue: Number(r.at_risk_value),
    })),
  };
}
