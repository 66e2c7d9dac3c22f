import { and, asc, eq, sql } from 'drizzle-orm';
import { locations, purchaseOrderLines, purchaseOrders, skus, stockMovements, suppliers, users } from '@/db/schema';
import { NotFound } from '../../errors';
import type { TenantServiceContext } from '../context';

type Ctx = Pick<TenantServiceContext, 'tx' | 'tenant'>;

/** One purchase order with supplier, arrival location, lines (ordered, received, outstanding) and receipts. */
export async function getPurchaseOrder({ ctx, input }: { ctx: Ctx; input: { purchaseOrderId: string } }) {
  const [header] = await ctx.tx
    .select({
      po: purchaseOrders,
      supplier: { id: suppliers.id, code: suppliers.code, name: suppliers.name, country: suppliers.country },
      arrival: { id: locations.id, code: locations.code, name: locations.name, country: locations.country },
      createdByName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(purchaseOrders)
    .innerJoin(suppliers, and(eq(suppliers.tenantId, purchaseOrders.tenantId), eq(suppliers.id, purchaseOrders.supplierId)))
    .innerJoin(locations, and(eq(locations.tenantId, purchaseOrders.tenantId), eq(locations.id, purchaseOrders.arrivalLocationId)))
    .leftJoin(users, eq(users.id, purchaseOrders.createdBy))
    .where(and(eq(purchaseOrders.tenantId, ctx.tenant.id), eq(purchaseOrders.id, input.purchaseOrderId)))
    .limit(1);
  if (!header) throw new NotFound('Purchase order not found.');
  const po = header.po;

  const lines = await ctx.tx
    .select({
      id: purchaseOrderLines.id,
      skuId: purchaseOrderLines.skuId,
      skuCode: skus.code,
      skuName: skus.name,
      qty: purchaseOrderLines.qty,
      qtyReceived: purchaseOrderLines.qtyReceived,
      unitCost: purchaseOrderLines.unitCost,
    })
    .from(purchaseOrderLines)
    .innerJoin(skus, and(eq(skus.tenantId, purchaseOrderLines.tenantId), eq(skus.id, purchaseOrderLines.skuId)))
    .where(and(eq(purchaseOrderLines.tenantId, ctx.tenant.id), eq(purchaseOrderLines.purchaseOrderId, po.id)))
    .orderBy(asc(skus.code));

  const receipts = await ctx.tx
    .select({ id: stockMovements.id, skuId: stockMovements.skuId, skuCode: skus.code, qty: stockMovements.qty, occurredAt: stockMovements.occurredAt, reference: stockMovements.reference })
    .from(stockMovements)
    .innerJoin(skus, and(eq(skus.tenantId, stockMovements.tenantId), eq(skus.id, stockMovements.skuId)))
    .where(and(eq(stockMovements.tenantId, ctx.tenant.id), eq(stockMovements.purchaseOrderId, po.id)))
    .orderBy(asc(stockMovements.occurredAt), asc(skus.code));

  const withOutstanding = lines.map((l) => ({ ...l, qtyOutstanding: Math.max(0, l.qty - l.qtyReceived), value: l.qty * l.unitCost }));
  return {
    id: po.id,
    number: po.number,
    status: po.status,
    supplier: header.supplier,
    arrival: header.arrival,
    crossBorder: header.supplier.country !== header.arrival.country,
    orderedAt: po.orderedAt,
    eta: po.eta,
    receivedAt: po.receivedAt,
    cancelledAt: po.cancelledAt,
    notes: po.notes,
    idempotencyKey: po.idempotencyKey,
    recommendationId: po.recommendationId,
    createdAt: po.createdAt,
    createdByName: header.createdByName,
    lines: withOutstanding,
    totals: {
      units: lines.reduce((s, l) => s + l.qty, 0),
      receivedUnits: lines.reduce((s, l) => s + l.qtyReceived, 0),
      value: withOutstanding.reduce((s, l) => s + l.value, 0),
    },
    receipts,
  };
}

export type PurchaseOrderDetail = Awaited<ReturnType<typeof getPurchaseOrder>>;
