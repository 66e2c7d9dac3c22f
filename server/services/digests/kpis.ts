/**
 * The ONE place digests read KPIs (DESIGN.md §6), from the rollups `kpi_daily` and `inventory_daily`
 * only. Period in, figures out: the dashboard's KPI read layer can replace the bodies of these functions
 * without the digest builder noticing.
 *
 * Targets are the SLAs in force on each day (the row with the latest effective_from <= day), weighted
 * like the figure they judge: the fill-rate target by units ordered, the delivery-days and on-time
 * targets by delivered orders. The on-time target is the SLA's target service level
 * (target_cycle_service_level): the share of orders that should arrive within the SLA's days.
 * A ratio without a denominator is null ("no data"), never 0.
 */
import { sql } from 'drizzle-orm';
import { resultRows, type Tx } from '@/db/client';
import { kpiFigures, type KpiFigures, type KpiSums } from '../orders/kpi-figures';

export interface KpiScope {
  tx: Tx;
  tenantId: string;
}

/** Local days, inclusive (YYYY-MM-DD). */
export interface KpiPeriod {
  from: string;
  to: string;
}

export interface KpiTargets {
  deliveryDays: number | null;
  lineFillRate: number | null;
  onTimeRate: number | null;
}

export interface KpiBlock {
  sums: KpiSums & { unitsBackordered: number };
  figures: KpiFigures;
  targets: KpiTargets;
}

export interface RegionKpis extends KpiBlock {
  regionId: string;
  code: string;
  name: string;
}

export interface PeriodKpis {
  period: KpiPeriod;
  network: KpiBlock;
  /** Regions with orders in the period, by code. */
  regions: RegionKpis[];
  /** Inventory value at cost at the end of the period (latest inventory_daily row of each location). */
  inventoryValue: number;
}

export interface WeeklyKpi {
  /** Monday of the ISO week. */
  weekStart: string;
  onTimeRate: number | null;
  lineFillRate: number | null;
  onTimeTarget: number | null;
  fillRateTarget: number | null;
}

interface RegionRow {
  region_id: string;
  code: string;
  name: string;
  orders_count: string;
  units_ordered: string;
  units_shipped: string;
  units_shipped_first: string;
  units_backordered: string;
  complete_orders: string;
  delivered_orders: string;
  on_time_orders: string;
  delivery_days_sum: string;
  shipping_cost_sum: string;
  days_target_weighted: string | null;
  days_target_weight: string;
  fill_target_weighted: string | null;
  fill_target_weight: string;
  on_time_target_weighted: string | null;
  on_time_target_weight: string;
}

const SLA_OF_ROW = sql`
  left join lateral (
    select sl.target_delivery_days, sl.target_fill_rate, sl.target_cycle_service_level
    from slas sl
    where sl.tenant_id = k.tenant_id and sl.region_id = k.region_id and sl.effective_from <= k.day
    order by sl.effective_from desc
    limit 1
  ) s on true`;

const TARGET_SUMS = sql`
  sum(k.delivered_orders * s.target_delivery_days) as days_target_weighted,
  coalesce(sum(k.delivered_orders) filter (where s.target_delivery_days is not null), 0) as days_target_weight,
  sum(k.units_ordered * s.target_fill_rate) as fill_target_weighted,
  coalesce(sum(k.units_ordered) filter (where s.target_fill_rate is not null), 0) as fill_target_weight,
  sum(k.delivered_orders * s.target_cycle_service_level) as on_time_target_weighted,
  coalesce(sum(k.delivered_orders) filter (where s.target_cycle_service_level is not null), 0) as on_time_target_weight`;

const n = (v: string | number | null | undefined): number => Number(v ?? 0);
const weighted = (total: number, weight: number): number | null => (weight > 0 ? total / weight : null);

function blockOf(rows: RegionRow[]): KpiBlock {
  const sum = (key: keyof RegionRow) => rows.reduce((acc, r) => acc + n(r[key]), 0);
  const sums = {
    ordersCount: sum('orders_count'),
    unitsOrdered: sum('units_ordered'),
    unitsShipped: sum('units_shipped'),
    unitsShippedFirst: sum('units_shipped_first'),
    unitsBackordered: sum('units_backordered'),
    completeOrders: sum('complete_orders'),
    deliveredOrders: sum('delivered_orders'),
    onTimeOrders: sum('on_time_orders'),
    deliveryDaysSum: sum('delivery_days_sum'),
    shippingCostSum: sum('shipping_cost_sum'),
  };
  return {
    sums,
    figures: kpiFigures(sums),
    targets: {
      deliveryDays: weighted(sum('days_target_weighted'), sum('days_target_weight')),
      lineFillRate: weighted(sum('fill_target_weighted'), sum('fill_target_weight')),
      onTimeRate: weighted(sum('on_time_target_weighted'), sum('on_time_target_weight')),
    },
  };
}

/** The period's KPIs for the network and each region, with their SLA targets, and the inventory value. */
export async function readPeriodKpis(scope: KpiScope, period: KpiPeriod): Promise<PeriodKpis> {
  const rows = resultRows<RegionRow>(
    await scope.tx.execute(sql`
      select k.region_id, r.code, r.name,
        sum(k.orders_count) as orders_count, sum(k.units_ordered) as units_ordered, sum(k.units_shipped) as units_shipped,
        sum(k.units_shipped_first) as units_shipped_first, sum(k.units_backordered) as units_backordered,
        sum(k.complete_orders) as complete_orders, sum(k.delivered_orders) as delivered_orders,
        sum(k.on_time_orders) as on_time_orders, sum(k.delivery_days_sum) as delivery_days_sum,
        sum(k.shipping_cost_sum) as shipping_cost_sum,
        ${TARGET_SUMS}
      from kpi_daily k
      join regions r on r.tenant_id = k.tenant_id and r.id = k.region_id
      ${SLA_OF_ROW}
      where k.tenant_id = ${scope.tenantId} and k.day between ${period.from}::date and ${period.to}::date
      group by k.region_id, r.code, r.name
      order by r.code`),
  );
  const [inventory] = resultRows<{ value: string | null }>(
    await scope.tx.execute(sql`
      select coalesce(sum(v.value), 0) as value from (
        select distinct on (d.location_id) d.value
        from inventory_daily d
        where d.tenant_id = ${scope.tenantId} and d.day <= ${period.to}::date
        order by d.location_id, d.day desc
      ) v`),
  );
  return {
    period,
    network: blockOf(rows),
    regions: rows.map((r) => ({ regionId: r.region_id, code: r.code, name: r.name, ...blockOf([r]) })),
    inventoryValue: n(inventory?.value),
  };
}

/** On-time and line fill rate per ISO week (Monday start) of the weeks overlapping the range, with targets. */
export async function readWeeklyKpis(scope: KpiScope, period: KpiPeriod): Promise<WeeklyKpi[]> {
  const rows = resultRows<Record<string, string | null>>(
    await scope.tx.execute(sql`
      select (k.day - (extract(isodow from k.day)::int - 1))::text as week_start,
        sum(k.units_ordered) as units_ordered, sum(k.units_shipped_first) as units_shipped_first,
        sum(k.delivered_orders) as delivered_orders, sum(k.on_time_orders) as on_time_orders,
        ${TARGET_SUMS}
      from kpi_daily k
      ${SLA_OF_ROW}
      where k.tenant_id = ${scope.tenantId} and k.day between ${period.from}::date and ${period.to}::date
      group by 1
      order by 1`),
  );
  return rows.map((r) => ({
    weekStart: String(r.week_start),
    onTimeRate: weighted(n(r.on_time_orders), n(r.delivered_orders)),
    lineFillRate: weighted(n(r.units_shipped_first), n(r.units_ordered)),
    onTimeTarget: weighted(n(r.on_time_target_weighted), n(r.on_time_target_weight)),
    fillRateTarget: weighted(n(r.fill_target_weighted), n(r.fill_target_weight)),
  }));
}
