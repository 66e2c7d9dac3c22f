/**
 * Before a recommendation becomes a document, it is checked against stock as it is now: a purchase is
 * refused when the location's stock position rose above its reorder point since the run, a transfer when the
 * sender no longer has the units free or the receiver no longer needs them, a split when the arrival is gone.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { locations, purchaseOrderLines, purchaseOrders, skus, stockLevels } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import type { LockedRecommendation } from './lock';

interface Check {
  positionUnits?: number;
  reorderPointUnits?: number;
}

export async function recheckRecommendations(ctx: TenantServiceContext, recs: { rec: LockedRecommendation; qty: number }[]): Promise<string[]> {
  const tenantId = ctx.tenant.id;
  const skuIds = [...new Set(recs.map((r) => r.rec.skuId))];
  const locationIds = [...new Set(recs.flatMap((r) => [r.rec.fromLocationId, r.rec.toLocationId].filter((x): x is string => Boolean(x))))];
  if (skuIds.length === 0) return [];
  const levels = await ctx.tx
    .select({ skuId: stockLevels.skuId, locationId: stockLevels.locationId, onHand: stockLevels.onHand, reserved: stockLevels.reserved, inbound: stockLevels.inbound, onOrder: stockLevels.onOrder })
    .from(stockLevels)
    .where(and(eq(stockLevels.tenantId, tenantId), inArray(stockLevels.skuId, skuIds), locationIds.length ? inArray(stockLevels.locationId, locationIds) : sql`false`));
  const level = new Map(levels.map((l) => [`${l.skuId}|${l.locationId}`, l]));
  const skuCodes = new Map((await ctx.tx.select({ id: skus.id, code: skus.code }).from(skus).where(and(eq(skus.tenantId, tenantId), inArray(skus.id, skuIds)))).map((s) => [s.id, s.code]));
  const locationNames = new Map(
    locationIds.length
      ? (await ctx.tx.select({ id: locations.id, name: locations.name }).from(locations).where(and(eq(locations.tenantId, tenantId), inArray(locations.id, locationIds)))).map((l) => [l.id, l.name])
      : [],
  );
  const problems: string[] = [];
  for (const { rec, qty } of recs) {
    const sku = skuCodes.get(rec.skuId) ?? 'the SKU';
    const check = ((rec.impact as { check?: Check }).check ?? {}) as Check;
    const at = (id: string | null) => (id ? level.get(`${rec.skuId}|${id}`) : undefined);
    const position = (id: string | null) => {
      const l = at(id);
      return l ? l.onHand + l.inbound + l.onOrder - l.reserved : 0;
    };
    const name = (id: string | null) => (id ? (locationNames.get(id) ?? 'the location') : 'the location');
    if (rec.kind === 'replenish' && check.reorderPointUnits !== undefined) {
      const now = position(rec.toLocationId);
      if (now > check.reorderPointUnits) {
        problems.push(`${sku} at ${name(rec.toLocationId)} no longer needs an order: its stock position is now ${now} units, above the reorder point of ${check.reorderPointUnits} (it was ${check.positionUnits ?? 'lower'} when planned).`);
      }
    }
    if (rec.kind === 'transfer') {
      const from = at(rec.fromLocationId);
      const free = from ? from.onHand - from.reserved : 0;
      if (free < qty) problems.push(`${name(rec.fromLocationId)} has only ${free} units of ${sku} free now, fewer than the ${qty} to transfer.`);
      if (check.reorderPointUnits !== undefined) {
        const now = position(rec.toLocationId);
        if (now >= check.reorderPointUnits) problems.push(`${sku} at ${name(rec.toLocationId)} no longer needs the transfer: its stock position is now ${now} units, at or above the reorder point of ${check.reorderPointUnits}.`);
      }
    }
    if (rec.kind === 'inbound_split' && rec.purchaseOrderId) {
      const [line] = await ctx.tx
        .select({ status: purchaseOrders.status, number: purchaseOrders.number, outstanding: sql<number>`${purchaseOrderLines.qty} - ${purchaseOrderLines.qtyReceived}`.mapWith(Number) })
        .from(purchaseOrders)
        .innerJoin(purchaseOrderLines, and(eq(purchaseOrderLines.tenantId, purchaseOrders.tenantId), eq(purchaseOrderLines.purchaseOrderId, purchaseOrders.id), eq(purchaseOrderLines.skuId, rec.skuId)))
        .where(and(eq(purchaseOrders.tenantId, tenantId), eq(purchaseOrders.id, rec.purchaseOrderId)));
      if (!line || line.status === 'cancelled' || line.outstanding < qty) {
        problems.push(`The arrival this split was for (${line?.number ?? 'a purchase order'}) ${line?.status === 'cancelled' ? 'was cancelled' : `has only ${line?.outstanding ?? 0} units of ${sku} outstanding`}.`);
      }
    }
  }
  return problems;
}
