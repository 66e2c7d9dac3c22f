import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { locations, purchaseOrderLines, purchaseOrders, suppliers } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { pageOf, searchCondition } from '../listing/query';
import type { ListPurchaseOrdersInput } from './schemas';

/** Purchase orders with supplier, arrival location and line totals; filters, search, sort and paging on the server. */
export async function listPurchaseOrders({ ctx, input }: { ctx: TenantServiceContext; input: ListPurchaseOrdersInput }) {
  const totals = ctx.tx
    .select({
      purchaseOrderId: purchaseOrderLines.purchaseOrderId,
      lineCount: sql<number>`count(*)`.mapWith(Number).as('line_count'),
      units: sql<number>`sum(${purchaseOrderLines.qty})`.mapWith(Number).as('units'),
      receivedUnits: sql<number>`sum(${purchaseOrderLines.qtyReceived})`.mapWith(Number).as('received_units'),
      value: sql<number>`sum(${purchaseOrderLines.qty} * ${purchaseOrderLines.unitCost})`.mapWith(Number).as('value'),
    })
    .from(purchaseOrderLines)
    .where(eq(purchaseOrderLines.tenantId, ctx.tenant.id))
    .groupBy(purchaseOrderLines.purchaseOrderId)
    .as('totals');

  const f = input.filters;
  const conditions: (SQL | undefined)[] = [eq(purchaseOrders.tenantId, ctx.tenant.id)];
  if (f.status) conditions.push(eq(purchaseOrders.status, f.status));
  if (f.open) conditions.push(inArray(purchaseOrders.status, ['draft', 'ordered', 'in_transit']));
  if (f.supplierId) conditions.push(eq(purchaseOrders.supplierId, f.supplierId));
  if (f.arrivalLocationId) conditions.push(eq(purchaseOrders.arrivalLocationId, f.arrivalLocationId));
  conditions.push(searchCondition([purchaseOrders.number, suppliers.code, suppliers.name, locations.code, locations.name, purchaseOrders.notes], input.search));
  const where = and(...conditions);
  const order: Record<ListPurchaseOrdersInput['sort'], SQL | AnyPgColumn> = {
    number: purchaseOrders.number,
    orderedAt: purchaseOrders.orderedAt,
    eta: purchaseOrders.eta,
    status: purchaseOrders.status,
    units: sql`${totals.units}`,
    value: sql`${totals.value}`,
    supplier: suppliers.code,
    arrival: locations.code,
  };
  const dir = input.direction === 'asc' ? asc : desc;

  const rows = await ctx.tx
    .select({
      id: purchaseOrders.id,
      number: purchaseOrders.number,
      status: purchaseOrders.status,
      supplierId: purchaseOrders.supplierId,
      supplierCode: suppliers.code,
      supplierName: suppliers.name,
      arrivalLocationId: purchaseOrders.arrivalLocationId,
      arrivalCode: locations.code,
      arrivalName: locations.name,
      orderedAt: purchaseOrders.orderedAt,
      eta: purchaseOrders.eta,
      receivedAt: purchaseOrders.receivedAt,
      lineCount: sql<number>`coalesce(${totals.lineCount}, 0)`.mapWith(Number),
      units: sql<number>`coalesce(${totals.units}, 0)`.mapWith(Number),
      receivedUnits: sql<number>`coalesce(${totals.receivedUnits}, 0)`.mapWith(Number),
      value: sql<number>`coalesce(${totals.value}, 0)`.mapWith(Number),
    })
    .from(purchaseOrders)
    .innerJoin(suppliers, and(eq(suppliers.tenantId, purchaseOrders.tenantId), eq(suppliers.id, purchaseOrders.supplierId)))
    .innerJoin(locations, and(eq(locations.tenantId, purchaseOrders.tenantId), eq(locations.id, purchaseOrders.arrivalLocationId)))
    .leftJoin(totals, eq(totals.purchaseOrderId, purchaseOrders.id))
    .where(where)
    .orderBy(dir(order[input.sort]), desc(purchaseOrders.number))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [count] = await ctx.tx
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(purchaseOrders)
    .innerJoin(suppliers, and(eq(suppliers.tenantId, purchaseOrders.tenantId), eq(suppliers.id, purchaseOrders.supplierId)))
    .innerJoin(locations, and(eq(locations.tenantId, purchaseOrders.tenantId), eq(locations.id, purchaseOrders.arrivalLocationId)))
    .where(where);
  return pageOf(rows, count?.total, input);
}
