/**
 * Inventory from the rollups: inventory_daily per location (a location's last row on or before a day is
 * its stock that day), and for one SKU the balance now minus the ledger's later movements (a SKU has at
 * most one balance per location, so this reads a handful of index ranges).
 */
import { sql, type SQL } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import { addDays } from '../orders/local-time';
import type { InventoryPoint } from './kpi-math';
import type { ReadContext } from './order-queries';
import type { DashboardFilter } from './schemas';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayArray(days: readonly string[]): string {
  for (const d of days) if (!DAY.test(d)) throw new Error(`inventory: malformed day ${d}`);
  return `{${days.join(',')}}`;
}

function locationCondition(filter: DashboardFilter): SQL {
  return filter.locationId ? sql` and l.id = ${filter.locationId}` : sql``;
}

/** Per requested day and location: end-of-day units, value and value x holding rate. */
export async function inventoryByLocation(
  ctx: ReadContext,
  days: readonly string[],
  filter: DashboardFilter,
): Promise<Map<string, Map<string, InventoryPoint>>> {
  const out = new Map<string, Map<string, InventoryPoint>>();
  if (days.length === 0) return out;
  const t = ctx.tenant.id;
  const rows = filter.skuId
    ? resultRows<{ day: string; location_id: string; units: number; value: number; holding: number }>(
        await ctx.tx.execute(sql`
          select d.day::text as day, sl.location_id,
                 (sl.on_hand - coalesce(later.qty, 0))::float8 as units,
                 ((sl.on_hand - coalesce(later.qty, 0)) * s.unit_cost)::float8 as value,
                 ((sl.on_hand - coalesce(later.qty, 0)) * s.unit_cost * l.holding_rate)::float8 as holding
          from unnest(${dayArray(days)}::date[]) as d(day)
          cross join stock_levels sl
          join skus s on s.tenant_id = sl.tenant_id and s.id = sl.sku_id
          join locations l on l.tenant_id = sl.tenant_id and l.id = sl.location_id
          left join lateral (
            select sum(m.qty) as qty from stock_movements m
            where m.tenant_id = ${t} and m.sku_id = sl.sku_id and m.location_id = sl.location_id
              and m.occurred_at >= ((d.day + 1)::timestamp at time zone ${ctx.tenant.timezone})
          ) later on true
          where sl.tenant_id = ${t} and sl.sku_id = ${filter.skuId}${locationCondition(filter)}`),
      )
    : resultRows<{ day: string; location_id: string; units: number; value: number; holding: number }>(
        await ctx.tx.execute(sql`
          select d.day::text as day, l.id as location_id, x.units::float8 as units, x.value::float8 as value,
                 (x.value * l.holding_rate)::float8 as holding
          from unnest(${dayArray(days)}::date[]) as d(day)
          cross join locations l
          cross join lateral (
            select i.units, i.value from inventory_daily i
            where i.tenant_id = ${t} and i.location_id = l.id and i.day <= d.day
            order by i.day desc limit 1
          ) x
          where l.tenant_id = ${t}${locationCondition(filter)}`),
      );
  for (const r of rows) {
    let perDay = out.get(r.day);
    if (!perDay) out.set(r.day, (perDay = new Map()));
    perDay.set(r.location_id, { units: Number(r.units), value: Number(r.value), holdingValue: Number(r.holding) });
  }
  return out;
}

export function totalInventory(perLocation: ReadonlyMap<string, InventoryPoint> | undefined): InventoryPoint {
  const total: InventoryPoint = { units: 0, value: 0, holdingValue: 0 };
  for (const p of perLocation?.values() ?? []) {
    total.units += p.units;
    total.value += p.value;
    total.holdingValue += p.holdingValue;
  }
  return total;
}

/**
 * Average inventory value over the 365 days ending on each of `ends` (turnover's denominator): the step
 * function of each location's rows, integrated day by day in SQL. Not for SKU views (null there).
 */
export async function averageInventoryValue365(ctx: ReadContext, ends: readonly string[], filter: DashboardFilter): Promise<Map<string, number | null>> {
  const out = new Map<string, number | null>();
  if (filter.skuId) {
    for (const e of ends) out.set(e, null);
    return out;
  }
  const t = ctx.tenant.id;
  for (const end of [...new Set(ends)]) {
    const from = addDays(end, -364);
    const [row] = resultRows<{ avg: number | null; n: string }>(
      await ctx.tx.execute(sql`
        with pts as (
          select i.location_id, i.day, i.value from inventory_daily i
          where i.tenant_id = ${t} and i.day > ${from}::date and i.day <= ${end}::date
            ${filter.locationId ? sql`and i.location_id = ${filter.locationId}` : sql``}
          union all
          select l.id, ${from}::date, x.value from locations l
          cross join lateral (
            select i.value from inventory_daily i where i.tenant_id = ${t} and i.location_id = l.id and i.day <= ${from}::date
            order by i.day desc limit 1) x
          where l.tenant_id = ${t}${locationCondition(filter)}
        ),
        spans as (
          select value, (coalesce(lead(day) over (partition by location_id order by day), ${end}::date + 1) - day) as days from pts
        )
        select (sum(value * days) / 365)::float8 as avg, count(*) as n from spans`),
    );
    out.set(end, row && Number(row.n) > 0 ? Number(row.avg) : null);
  }
  return out;
}
