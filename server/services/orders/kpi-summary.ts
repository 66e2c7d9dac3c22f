import { and, eq, gte, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { kpiDaily } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { kpiFigures, type KpiFigures, type KpiSums } from './kpi-figures';
import type { OrderKpisInput } from './schemas';

export interface OrderKpiSummary {
  sums: KpiSums;
  figures: KpiFigures;
  /** The first and last local order day with data in the selection (null when none). */
  firstDay: string | null;
  lastDay: string | null;
}

/** Sums of kpi_daily over a region, ship-from location and local-day range (never raw order lines). */
export async function summarizeOrderKpis({ ctx, input }: { ctx: TenantServiceContext; input: OrderKpisInput }): Promise<OrderKpiSummary> {
  const conditions: (SQL | undefined)[] = [eq(kpiDaily.tenantId, ctx.tenant.id)];
  if (input.regionId) conditions.push(eq(kpiDaily.regionId, input.regionId));
  if (input.shipFromLocationId) conditions.push(eq(kpiDaily.locationId, input.shipFromLocationId));
  if (input.from) conditions.push(gte(kpiDaily.day, input.from));
  if (input.to) conditions.push(lte(kpiDaily.day, input.to));
  const total = (column: AnyColumn) => sql<string>`coalesce(sum(${column}), 0)`;
  const [row] = await ctx.tx
    .select({
      ordersCount: total(kpiDaily.ordersCount),
      unitsOrdered: total(kpiDaily.unitsOrdered),
      unitsShipped: total(kpiDaily.unitsShipped),
      unitsShippedFirst: total(kpiDaily.unitsShippedFirst),
      completeOrders: total(kpiDaily.completeOrders),
      deliveredOrders: total(kpiDaily.deliveredOrders),
      onTimeOrders: total(kpiDaily.onTimeOrders),
      deliveryDaysSum: total(kpiDaily.deliveryDaysSum),
      shippingCostSum: total(kpiDaily.shippingCostSum),
      firstDay: sql<string | null>`min(${kpiDaily.day})::text`,
      lastDay: sql<string | null>`max(${kpiDaily.day})::text`,
    })
    .from(kpiDaily)
    .where(and(...conditions));
  const sums: KpiSums = {
    ordersCount: Number(row?.ordersCount ?? 0),
    unitsOrdered: Number(row?.unitsOrdered ?? 0),
    unitsShipped: Number(row?.unitsShipped ?? 0),
    unitsShippedFirst: Number(row?.unitsShippedFirst ?? 0),
    completeOrders: Number(row?.completeOrders ?? 0),
    deliveredOrders: Number(row?.deliveredOrders ?? 0),
    onTimeOrders: Number(row?.onTimeOrders ?? 0),
    deliveryDaysSum: Number(row?.deliveryDaysSum ?? 0),
    shippingCostSum: Number(row?.shippingCostSum ?? 0),
  };
  return { sums, figures: kpiFigures(sums), firstDay: row?.firstDay ?? null, lastDay: row?.lastDay ?? null };
}
