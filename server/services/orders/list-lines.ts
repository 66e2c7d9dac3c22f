/**
 * Order lines with their order's columns, one row per line, for the orders CSV download: the columns of
 * the orders import (server/imports/entities/orders/columns.ts), so a downloaded file imports back. The
 * same list input as orders.list (sort, search, filters, local-day range); paged by lines.
 */
import { and, asc, count, eq } from 'drizzle-orm';
import { locations, orderLines, orders, regions, skus } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import type { ListPage } from '../listing/input';
import { listQueryParts, pageOf } from '../listing/query';
import { orderedWithin, ORDER_LIST_SPEC } from './list';
import type { ListOrdersInput, OrderStatus } from './schemas';

export interface OrderLineExportRow {
  externalRef: string;
  orderedAt: Date;
  regionCode: string;
  shipToPostalCode: string | null;
  shipToCountry: string | null;
  channel: string | null;
  shipFromCode: string | null;
  promisedAt: Date | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  shippingCost: number;
  status: OrderStatus;
  skuCode: string;
  qtyOrdered: number;
  qtyShipped: number;
  qtyShippedFirst: number;
  qtyBackordered: number;
  unitPrice: number;
}

export async function listOrderLines({ ctx, input }: { ctx: TenantServiceContext; input: ListOrdersInput }): Promise<ListPage<OrderLineExportRow>> {
  const { from, to, ...equalities } = input.filters;
  const q = listQueryParts(ORDER_LIST_SPEC, { ...input, filters: equalities }, ctx.tenant.id);
  const where = and(q.where, orderedWithin(ctx.tenant.timezone, from, to));
  const lineJoin = and(eq(orderLines.tenantId, orders.tenantId), eq(orderLines.orderId, orders.id));
  const skuJoin = and(eq(skus.tenantId, orderLines.tenantId), eq(skus.id, orderLines.skuId));
  const regionJoin = and(eq(regions.tenantId, orders.tenantId), eq(regions.id, orders.regionId));
  const locationJoin = and(eq(locations.tenantId, orders.tenantId), eq(locations.id, orders.shipFromLocationId));
  const rows = await ctx.tx
    .select({
      externalRef: orders.externalRef,
      orderedAt: orders.orderedAt,
      regionCode: regions.code,
      shipToPostalCode: orders.shipToPostalCode,
      shipToCountry: orders.shipToCountry,
      channel: orders.channel,
      shipFromCode: locations.code,
      promisedAt: orders.promisedAt,
      shippedAt: orders.shippedAt,
      deliveredAt: orders.deliveredAt,
      shippingCost: orders.shippingCost,
      status: orders.status,
      skuCode: skus.code,
      qtyOrdered: orderLines.qtyOrdered,
      qtyShipped: orderLines.qtyShipped,
      qtyShippedFirst: orderLines.qtyShippedFirst,
      qtyBackordered: orderLines.qtyBackordered,
      unitPrice: orderLines.unitPrice,
    })
    .from(orders)
    .innerJoin(orderLines, lineJoin)
    .innerJoin(skus, skuJoin)
    .innerJoin(regions, regionJoin)
    .leftJoin(locations, locationJoin)
    .where(where)
    // The lines of one order stay together (the import reads them as consecutive rows).
    .orderBy(...q.orderBy, asc(skus.code), asc(orderLines.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.tx
    .select({ n: count() })
    .from(orders)
    .innerJoin(orderLines, lineJoin)
    .innerJoin(regions, regionJoin)
    .leftJoin(locations, locationJoin)
    .where(where);
  return pageOf(rows, total?.n, input);
}
