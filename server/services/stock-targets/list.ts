/**
 * Stock targets of a run per SKU x location, against the current stock position (on hand + inbound + on
 * order - reserved): below the reorder point, within, or above order-up-to. Sorted, filtered, paged on the server.
 */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { locations, skus, stockLevels, stockTargets } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { pageOf, searchCondition } from '../listing/query';
import type { ListPage } from '../listing/input';
import { resultRunId } from '../planning/current-run';
import type { ListStockTargetsInput, TargetPosition } from './schemas';
import type { StockTargetRow } from './types';

export async function listStockTargets({ ctx, input }: { ctx: TenantServiceContext; input: ListStockTargetsInput }): Promise<ListPage<StockTargetRow>> {
  const runId = await resultRunId(ctx.tx, ctx.tenant.id, input.runId);
  if (!runId) return pageOf([], 0, input);
  const t = stockTargets;
  const positionUnits = sql<number>`(coalesce(${stockLevels.onHand}, 0) + coalesce(${stockLevels.inbound}, 0) + coalesce(${stockLevels.onOrder}, 0) - coalesce(${stockLevels.reserved}, 0))`;
  const position = sql<TargetPosition>`(case when ${positionUnits} < ${t.reorderPoint} then 'below_reorder_point' when ${positionUnits} > ${t.orderUpTo} then 'above_order_up_to' else 'within' end)`;
  const gap = sql<number>`(case when ${positionUnits} < ${t.reorderPoint} then ${t.reorderPoint} - ${positionUnits} when ${positionUnits} > ${t.orderUpTo} then ${t.orderUpTo} - ${positionUnits} else 0 end)`;
  const daysOfSupply = sql<number | null>`(case when ${t.demandPerDay} > 0 then ${positionUnits} / ${t.demandPerDay} end)`;

  const f = input.filters;
  const conditions: (SQL | undefined)[] = [eq(t.tenantId, ctx.tenant.id), eq(t.runId, runId)];
  if (f.skuId) conditions.push(eq(t.skuId, f.skuId));
  if (f.locationId) conditions.push(eq(t.locationId, f.locationId));
  if (f.abcClass) conditions.push(eq(t.abcClass, f.abcClass));
  if (f.xyzClass) conditions.push(eq(t.xyzClass, f.xyzClass));
  if (f.position) conditions.push(sql`${position} = ${f.position}`);
  conditions.push(searchCondition([skus.code, skus.name, locations.code, locations.name], input.search));
  const where = and(...conditions);
  const order: Record<ListStockTargetsInput['sort'], SQL> = {
    sku: sql`${skus.code}`,
    location: sql`${locations.code}`,
    abc: sql`${t.abcClass}`,
    safetyStock: sql`${t.safetyStock}`,
    reorderPoint: sql`${t.reorderPoint}`,
    orderUpTo: sql`${t.orderUpTo}`,
    serviceLevel: sql`${t.serviceLevel}`,
    demandPerDay: sql`${t.demandPerDay}`,
    position: positionUnits,
    daysOfSupply,
    gap,
  };
  const direction = input.direction === 'asc' ? sql`asc` : sql`desc`;
  const rows = await ctx.tx
    .select({
      id: t.id,
      skuId: t.skuId,
      skuCode: skus.code,
      skuName: skus.name,
      locationId: t.locationId,
      locationCode: locations.code,
      locationName: locations.name,
      abcClass: t.abcClass,
      xyzClass: t.xyzClass,
      demandPerDay: t.demandPerDay,
      demandSdPerDay: t.demandSdPerDay,
      leadTimeDays: t.leadTimeDays,
      safetyStock: t.safetyStock,
      reorderPoint: t.reorderPoint,
      orderUpTo: t.orderUpTo,
      serviceLevel: t.serviceLevel,
      positionUnits: positionUnits.mapWith(Number),
      onHand: sql<number>`coalesce(${stockLevels.onHand}, 0)`.mapWith(Number),
      daysOfSupply: daysOfSupply.mapWith((v) => (v === null ? null : Number(v))),
      position,
      gap: gap.mapWith(Number),
      unitCost: skus.unitCost,
    })
    .from(t)
    .innerJoin(skus, and(eq(skus.tenantId, t.tenantId), eq(skus.id, t.skuId)))
    .innerJoin(locations, and(eq(locations.tenantId, t.tenantId), eq(locations.id, t.locationId)))
    .leftJoin(stockLevels, and(eq(stockLevels.tenantId, t.tenantId), eq(stockLevels.skuId, t.skuId), eq(stockLevels.locationId, t.locationId)))
    .where(where)
    .orderBy(sql`${order[input.sort]} ${direction} nulls last`, asc(skus.code), asc(locations.code))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [count] = await ctx.tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(t)
    .innerJoin(skus, and(eq(skus.tenantId, t.tenantId), eq(skus.id, t.skuId)))
    .innerJoin(locations, and(eq(locations.tenantId, t.tenantId), eq(locations.id, t.locationId)))
    .leftJoin(stockLevels, and(eq(stockLevels.tenantId, t.tenantId), eq(stockLevels.skuId, t.skuId), eq(stockLevels.locationId, t.locationId)))
    .where(where);
  return pageOf(rows.map((r) => ({ ...r, serviceLevel: Number(r.serviceLevel), unitCost: Number(r.unitCost) })), count?.n, input);
}
