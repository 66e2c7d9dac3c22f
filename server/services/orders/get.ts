import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import { locations, orderLines, orders, regions, skus, slas } from '@/db/schema';
import { NotFound } from '../../errors';
import type { TenantServiceContext } from '../context';
import { localDayOf } from './local-time';
import { deliveryDays, isOnTime } from './on-time';

/**
 * One order with its lines (SKU code and name), region, ship-from location, the SLA in force on its
 * local order day and its delivery figures (DESIGN.md §6). A wrong or foreign id is NotFound.
 */
export async function getOrder({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) {
  const tenant = ctx.tenant.id;
  const [order] = await ctx.tx
    .select({
      id: orders.id,
      externalRef: orders.externalRef,
      channel: orders.channel,
      status: orders.status,
      orderedAt: orders.orderedAt,
      promisedAt: orders.promisedAt,
      shippedAt: orders.shippedAt,
      deliveredAt: orders.deliveredAt,
      shippingCost: orders.shippingCost,
      shipToPostalCode: orders.shipToPostalCode,
      shipToCountry: orders.shipToCountry,
      importId: orders.importId,
      createdAt: orders.createdAt,
      updatedAt: orders.updatedAt,
      region: { id: regions.id, code: regions.code, name: regions.name },
      shipFromLocationId: orders.shipFromLocationId,
      shipFromCode: locations.code,
      shipFromName: locations.name,
    })
    .from(orders)
    .innerJoin(regions, and(eq(regions.tenantId, orders.tenantId), eq(regions.id, orders.regionId)))
    .leftJoin(locations, and(eq(locations.tenantId, orders.tenantId), eq(locations.id, orders.shipFromLocationId)))
    .where(and(eq(orders.tenantId, tenant), eq(orders.id, input.id)))
    .limit(1);
  if (!order) throw new NotFound('Order not found.');

  const lines = await ctx.tx
    .select({
      id: orderLines.id,
      skuId: skus.id,
      skuCode: skus.code,
      skuName: skus.name,
      qtyOrdered: orderLines.qtyOrdered,
      qtyShipped: orderLines.qtyShipped,
      qtyShippedFirst: orderLines.qtyShippedFirst,
      qtyBackordered: orderLines.qtyBackordered,
      unitPrice: orderLines.unitPrice,
      lineValue: sql<string>`${orderLines.qtyOrdered} * ${orderLines.unitPrice}`,
    })
    .from(orderLines)
    .innerJoin(skus, and(eq(skus.tenantId, orderLines.tenantId), eq(skus.id, orderLines.skuId)))
    .where(and(eq(orderLines.tenantId, tenant), eq(orderLines.orderId, order.id)))
    .orderBy(asc(skus.code));

  const orderDay = localDayOf(order.orderedAt, ctx.tenant.timezone);
  const [sla] = await ctx.tx
    .select({ effectiveFrom: slas.effectiveFrom, targetDeliveryDays: slas.targetDeliveryDays })
    .from(slas)
    .where(and(eq(slas.tenantId, tenant), eq(slas.regionId, order.region.id), lte(slas.effectiveFrom, orderDay)))
    .orderBy(desc(slas.effectiveFrom))
    .limit(1);

  const { shipFromLocationId, shipFromCode, shipFromName, ...rest } = order;
  const slaTargetDays = sla?.targetDeliveryDays ?? null;
  const complete = lines.length > 0 && lines.every((l) => l.qtyShippedFirst === l.qtyOrdered);
  return {
    ...rest,
    orderDay,
    shipFrom: shipFromLocationId ? { id: shipFromLocationId, code: shipFromCode ?? '', name: shipFromName ?? '' } : null,
    lines: lines.map((l) => ({ ...l, lineValue: Number(l.lineValue) })),
    sla: sla ? { effectiveFrom: sla.effectiveFrom, targetDeliveryDays: sla.targetDeliveryDays } : null,
    figures: {
      deliveryDays: deliveryDays(order),
      onTime: order.status === 'cancelled' ? null : isOnTime(order, slaTargetDays),
      completeOnFirstShipment: complete,
      unitsOrdered: lines.reduce((s, l) => s + l.qtyOrdered, 0),
      unitsShipped: lines.reduce((s, l) => s + l.qtyShipped, 0),
    },
  };
}
