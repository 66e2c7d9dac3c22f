/**
 * The rollups dashboards read, computed from the same in-memory orders the seed writes, with exactly
 * the DESIGN.md §6 definitions (see db/schema/orders.ts#kpiDaily), so rollups and raw orders agree:
 * - kpi_daily: per local order day x region x ship-from location. An order counts once, on the day it
 *   was placed, with its current state (units shipped so far, delivered or not, shipping cost so far).
 * - inventory_daily: per day x location, end-of-day on hand and its value at unit cost, taken from the
 *   stock simulation (stock.ts) that the orders drew from. It is a reconstruction, not a made-up curve:
 *   the last day equals today's stock_levels.
 */
import type { inventoryDaily, kpiDaily } from '@/db/schema';
import type { SeedCalendar } from './calendar';
import type { SkuModel } from './catalog';
import type { NetworkModel } from './network';
import type { SeedOrder } from './orders';

const DAY_MS = 86_400_000;

interface KpiAccumulator {
  day: number;
  region: number;
  location: number;
  ordersCount: number;
  unitsOrdered: number;
  unitsShipped: number;
  unitsShippedFirst: number;
  unitsBackordered: number;
  completeOrders: number;
  deliveredOrders: number;
  onTimeOrders: number;
  deliveryDaysSum: number;
  shippingCostCents: number;
  cogsCents: number;
  revenueCents: number;
  backorderedCents: number;
}

export function kpiDailyRows(args: {
  tenantId: string;
  orders: SeedOrder[];
  skus: SkuModel[];
  network: NetworkModel;
  calendar: SeedCalendar;
  newId: () => string;
  now: Date;
}): (typeof kpiDaily.$inferInsert)[] {
  const { tenantId, network, calendar, skus } = args;
  const costCents = skus.map((s) => Math.round(s.unitCost * 100));
  const groups = new Map<string, KpiAccumulator>();
  for (const o of args.orders) {
    const key = `${o.day}:${o.region}:${o.shipFrom}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        day: o.day, region: o.region, location: o.shipFrom, ordersCount: 0, unitsOrdered: 0, unitsShipped: 0, unitsShippedFirst: 0,
        unitsBackordered: 0, completeOrders: 0, deliveredOrders: 0, onTimeOrders: 0, deliveryDaysSum: 0, shippingCostCents: 0, cogsCents: 0, revenueCents: 0, backorderedCents: 0,
      };
      groups.set(key, g);
    }
    g.ordersCount++;
    let complete = true;
    for (const l of o.lines) {
      g.unitsOrdered += l.qtyOrdered;
      g.unitsShipped += l.qtyShipped;
      g.unitsShippedFirst += l.qtyShippedFirst;
      g.unitsBackordered += l.qtyBackordered;
      g.cogsCents += l.qtyShipped * (costCents[l.sku] ?? 0);
      g.revenueCents += l.qtyOrdered * l.unitPriceCents;
      g.backorderedCents += l.qtyBackordered * l.unitPriceCents;
      if (l.qtyShippedFirst !== l.qtyOrdered) complete = false;
    }
    if (complete) g.completeOrders++;
    if (o.status === 'delivered' && o.deliveredAt !== null) {
      g.deliveredOrders++;
      g.deliveryDaysSum += (o.deliveredAt - o.orderedAt) / DAY_MS;
      if (o.deliveredAt <= o.promisedAt) g.onTimeOrders++;
    }
    g.shippingCostCents += o.shippingCostCents;
  }
  return [...groups.values()]
    .sort((a, b) => a.day - b.day || a.region - b.region || a.location - b.location)
    .map((g) => ({
      tenantId,
      id: args.newId(),
      day: calendar.days[g.day] as string,
      regionId: network.regionIds[g.region] as string,
      locationId: network.locationIds[g.location] as string,
      ordersCount: g.ordersCount,
      unitsOrdered: g.unitsOrdered,
      unitsShipped: g.unitsShipped,
      unitsShippedFirst: g.unitsShippedFirst,
      unitsBackordered: g.unitsBackordered,
      completeOrders: g.completeOrders,
      deliveredOrders: g.deliveredOrders,
      onTimeOrders: g.onTimeOrders,
      deliveryDaysSum: Math.round(g.deliveryDaysSum * 10_000) / 10_000,
      shippingCostSum: g.shippingCostCents / 100,
      cogsShipped: g.cogsCents / 100,
      revenueOrdered: g.revenueCents / 100,
      backorderedValue: g.backorderedCents / 100,
      createdAt: args.now,
      updatedAt: args.now,
    }));
}

export function inventoryDailyRows(args: {
  tenantId: string;
  series: { units: number[]; valueCents: number[] }[];
  network: NetworkModel;
  calendar: SeedCalendar;
  newId: () => string;
  now: Date;
}): (typeof inventoryDaily.$inferInsert)[] {
  const { tenantId, network, calendar } = args;
  return args.series.flatMap((totals, day) =>
    network.locationIds.map((locationId, l) => ({
      tenantId,
      id: args.newId(),
      day: calendar.days[day] as string,
      locationId,
      units: totals.units[l] ?? 0,
      value: (totals.valueCents[l] ?? 0) / 100,
      createdAt: args.now,
      updatedAt: args.now,
    })),
  );
}
