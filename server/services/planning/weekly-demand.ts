/**
 * Weekly demand from order lines, by SQL: units ordered per SKU x region x week, the week being the ISO
 * week (Monday) of the order's local date in the tenant's time zone. Only weeks with demand come back;
 * callers zero-fill against the week calendar.
 */
import { sql } from 'drizzle-orm';
import { resultRows, type Queryable } from '@/db/client';

export interface WeeklyDemandRow {
  sku_id: string;
  region_id: string;
  week: string;
  units: number;
}

/**
 * Order lines of weeks [fromWeek, toWeek) (Mondays, tenant time zone); optional SKU / region narrowing.
 * Cancelled orders are not demand.
 */
export async function weeklyDemand(
  db: Queryable,
  args: { tenantId: string; timeZone: string; fromWeek: string; toWeek: string; skuId?: string; regionId?: string },
): Promise<WeeklyDemandRow[]> {
  const tz = args.timeZone;
  const result = await db.execute(sql`
    select ol.sku_id, o.region_id,
           to_char(date_trunc('week', o.ordered_at at time zone ${tz}), 'YYYY-MM-DD') as week,
           sum(ol.qty_ordered)::float8 as units
      from orders o
      join order_lines ol on ol.tenant_id = o.tenant_id and ol.order_id = o.id
     where o.tenant_id = ${args.tenantId}
       and o.status <> 'cancelled'
       and o.ordered_at >= (${args.fromWeek}::date::timestamp at time zone ${tz})
       and o.ordered_at < (${args.toWeek}::date::timestamp at time zone ${tz})
       ${args.skuId ? sql`and ol.sku_id = ${args.skuId}` : sql``}
       ${args.regionId ? sql`and o.region_id = ${args.regionId}` : sql``}
     group by 1, 2, 3`);
  return resultRows<WeeklyDemandRow>(result).map((r) => ({ ...r, units: Number(r.units) }));
}

/** The first local order day of the tenant (null without orders). */
export async function firstOrderDay(db: Queryable, tenantId: string, timeZone: string): Promise<string | null> {
  const result = await db.execute(sql`
    select to_char(min(ordered_at) at time zone ${timeZone}, 'YYYY-MM-DD') as day from orders where tenant_id = ${tenantId} and status <> 'cancelled'`);
  return resultRows<{ day: string | null }>(result)[0]?.day ?? null;
}
