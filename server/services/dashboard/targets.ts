/**
 * SLA targets of the dashboard: per region, the SLA in force on a day (regions.slas, latest
 * effective_from on or before it); for a set of regions, the targets weighted by each region's volume
 * in the period (delivered orders for delivery days, units ordered for fill rate). The on-time target is
 * the attainment target the network map colours by (app/_components/charts/map-geometry.ts).
 */
import { sql } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import type { OrderSums } from './kpi-math';
import type { ReadContext } from './order-queries';

/** On-time share of delivered orders expected of every region (the map's green threshold). */
export const ON_TIME_TARGET = 0.95;

export interface RegionInfo {
  id: string;
  code: string;
  name: string;
  archived: boolean;
  targetDeliveryDays: number | null;
  targetFillRate: number | null;
}

export async function regionsWithTargets(ctx: ReadContext, day: string): Promise<RegionInfo[]> {
  const rows = resultRows<{ id: string; code: string; name: string; archived: boolean; days: string | null; fill: string | null }>(
    await ctx.tx.execute(sql`
      select r.id, r.code, r.name, r.archived_at is not null as archived, s.target_delivery_days as days, s.target_fill_rate as fill
      from regions r
      left join lateral (
        select sl.target_delivery_days, sl.target_fill_rate from slas sl
        where sl.tenant_id = r.tenant_id and sl.region_id = r.id and sl.effective_from <= ${day}::date
        order by sl.effective_from desc limit 1
      ) s on true
      where r.tenant_id = ${ctx.tenant.id}
      order by r.code`),
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    archived: Boolean(r.archived),
    targetDeliveryDays: r.days === null ? null : Number(r.days),
    targetFillRate: r.fill === null ? null : Number(r.fill),
  }));
}

export interface WeightedTargets {
  deliveryDays: number | null;
  onTimeRate: number;
  lineFillRate: number | null;
}

/** Volume-weighted targets over regions; a region without an SLA does not count. */
export function weightedTargets(regions: readonly RegionInfo[], sumsByRegion: ReadonlyMap<string, OrderSums>): WeightedTargets {
  let daysW = 0;
  let daysSum = 0;
  let fillW = 0;
  let fillSum = 0;
  for (const r of regions) {
    const s = sumsByRegion.get(r.id);
    if (!s) continue;
    if (r.targetDeliveryDays !== null && s.deliveredOrders > 0) {
      daysW += s.deliveredOrders;
      daysSum += s.deliveredOrders * r.targetDeliveryDays;
    }
    if (r.targetFillRate !== null && s.unitsOrdered > 0) {
      fillW += s.unitsOrdered;
      fillSum += s.unitsOrdered * r.targetFillRate;
    }
  }
  // With no volume yet, fall back to the plain mean of the SLAs in force.
  const withDays = regions.filter((r) => r.targetDeliveryDays !== null && !r.archived);
  const withFill = regions.filter((r) => r.targetFillRate !== null && !r.archived);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  return {
    deliveryDays: daysW > 0 ? daysSum / daysW : mean(withDays.map((r) => r.targetDeliveryDays as number)),
    onTimeRate: ON_TIME_TARGET,
    lineFillRate: fillW > 0 ? fillSum / fillW : mean(withFill.map((r) => r.targetFillRate as number)),
  };
}
