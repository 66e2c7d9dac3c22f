/**
 * What a digest says about stock now (not over the period): the at-risk value of DESIGN.md §6 (units
 * below the reorder point of the latest successful planning run, position = on hand + inbound + on
 * order - reserved, times the SKU's unit price) with the worst SKU x location pairs, and the open
 * recommendations with the largest impact. Both are empty until a planning run has produced targets
 * and recommendations.
 */
import { sql } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import type { KpiScope } from './kpis';

export interface AtRiskItem {
  skuId: string;
  skuCode: string;
  skuName: string;
  locationCode: string;
  unitsShort: number;
  value: number;
}

export interface StockAtRisk {
  /** Null when no planning run has produced stock targets yet. */
  value: number | null;
  pairs: number;
  top: AtRiskItem[];
}

export interface DigestRecommendation {
  id: string;
  kind: string;
  skuCode: string;
  qty: number | null;
  reason: string;
  /** Currency; positive = cost incurred, negative = saving (server/planning/recommendations/types.ts). */
  costDelta: number | null;
  units: number | null;
}

export async function readStockAtRisk(scope: KpiScope, limit = 5): Promise<StockAtRisk> {
  const [run] = resultRows<{ id: string }>(
    await scope.tx.execute(sql`
      select r.id from planning_runs r
      where r.tenant_id = ${scope.tenantId} and r.status = 'succeeded'
        and exists (select 1 from stock_targets t where t.tenant_id = r.tenant_id and t.run_id = r.id)
      order by r.created_at desc limit 1`),
  );
  if (!run) return { value: null, pairs: 0, top: [] };
  const rows = resultRows<{ sku_id: string; sku_code: string; sku_name: string; location_code: string; units_short: string; value: string }>(
    await scope.tx.execute(sql`
      select t.sku_id, s.code as sku_code, s.name as sku_name, l.code as location_code,
        t.reorder_point - (coalesce(sl.on_hand, 0) + coalesce(sl.inbound, 0) + coalesce(sl.on_order, 0) - coalesce(sl.reserved, 0)) as units_short,
        (t.reorder_point - (coalesce(sl.on_hand, 0) + coalesce(sl.inbound, 0) + coalesce(sl.on_order, 0) - coalesce(sl.reserved, 0))) * s.unit_price as value
      from stock_targets t
      join skus s on s.tenant_id = t.tenant_id and s.id = t.sku_id
      join locations l on l.tenant_id = t.tenant_id and l.id = t.location_id
      left join stock_levels sl on sl.tenant_id = t.tenant_id and sl.sku_id = t.sku_id and sl.location_id = t.location_id
      where t.tenant_id = ${scope.tenantId} and t.run_id = ${run.id}
        and coalesce(sl.on_hand, 0) + coalesce(sl.inbound, 0) + coalesce(sl.on_order, 0) - coalesce(sl.reserved, 0) < t.reorder_point
      order by value desc, s.code, l.code`),
  );
  const items = rows.map((r) => ({
    skuId: r.sku_id,
    skuCode: r.sku_code,
    skuName: r.sku_name,
    locationCode: r.location_code,
    unitsShort: Number(r.units_short),
    value: Number(r.value),
  }));
  return { value: items.reduce((acc, i) => acc + i.value, 0), pairs: items.length, top: items.slice(0, limit) };
}

/** Open recommendations, highest priority first, then largest absolute cost impact. */
export async function readTopRecommendations(scope: KpiScope, limit = 5): Promise<{ open: number; top: DigestRecommendation[] }> {
  const rows = resultRows<{ id: string; kind: string; sku_code: string; qty: number | null; reason: string; cost_delta: string | null; units: string | null; total: string }>(
    await scope.tx.execute(sql`
      select r.id, r.kind::text as kind, s.code as sku_code, r.qty, r.reason,
        r.impact->>'costDelta' as cost_delta, r.impact->>'units' as units, count(*) over () as total
      from recommendations r
      join skus s on s.tenant_id = r.tenant_id and s.id = r.sku_id
      where r.tenant_id = ${scope.tenantId} and r.status = 'open'
      order by r.priority desc, abs(coalesce((r.impact->>'costDelta')::numeric, 0)) desc, r.id
      limit ${limit}`),
  );
  const num = (v: string | null) => (v === null || v === '' || Number.isNaN(Number(v)) ? null : Number(v));
  return {
    open: Number(rows[0]?.total ?? 0),
    top: rows.map((r) => ({ id: r.id, kind: r.kind, skuCode: r.sku_code, qty: r.qty, reason: r.reason, costDelta: num(r.cost_delta), units: num(r.units) })),
  };
}
