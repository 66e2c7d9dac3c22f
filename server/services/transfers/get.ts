import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { locations, skus, stockMovements, transferLines, transfers, users } from '@/db/schema';
import { NotFound } from '../../errors';
import type { TenantServiceContext } from '../context';

type Ctx = Pick<TenantServiceContext, 'tx' | 'tenant'>;

/** One transfer with its locations, lines (ordered, shipped, received) and the receipts recorded so far. */
export async function getTransfer({ ctx, input }: { ctx: Ctx; input: { transferId: string } }) {
  const origin = alias(locations, 'origin');
  const destination = alias(locations, 'destination');
  const creator = alias(users, 'creator');
  const approver = alias(users, 'approver');
  const [header] = await ctx.tx
    .select({
      transfer: transfers,
      from: { id: origin.id, code: origin.code, name: origin.name, country: origin.country },
      to: { id: destination.id, code: destination.code, name: destination.name, country: destination.country },
      createdByName: sql<string | null>`coalesce(${creator.name}, ${creator.email})`,
      approvedByName: sql<string | null>`coalesce(${approver.name}, ${approver.email})`,
    })
    .from(transfers)
    .innerJoin(origin, and(eq(origin.tenantId, transfers.tenantId), eq(origin.id, transfers.fromLocationId)))
    .innerJoin(destination, and(eq(destination.tenantId, transfers.tenantId), eq(destination.id, transfers.toLocationId)))
    .leftJoin(creator, eq(creator.id, transfers.createdBy))
    .leftJoin(approver, eq(approver.id, transfers.approvedBy))
    .where(and(eq(transfers.tenantId, ctx.tenant.id), eq(transfers.id, input.transferId)))
    .limit(1);
  if (!header) throw new NotFound('Transfer not found.');
  const t = header.transfer;

  const lines = await ctx.tx
    .select({
      id: transferLines.id,
      skuId: transferLines.skuId,
      skuCode: skus.code,
      skuName: skus.name,
      qty: transferLines.qty,
      qtyShipped: transferLines.qtyShipped,
      qtyReceived: transferLines.qtyReceived,
    })
    .from(transferLines)
    .innerJoin(skus, and(eq(skus.tenantId, transferLines.tenantId), eq(skus.id, transferLines.skuId)))
    .where(and(eq(transferLines.tenantId, ctx.tenant.id), eq(transferLines.transferId, t.id)))
    .orderBy(asc(skus.code));

  const receipts = await ctx.tx
    .select({ id: stockMovements.id, skuId: stockMovements.skuId, skuCode: skus.code, qty: stockMovements.qty, occurredAt: stockMovements.occurredAt, reference: stockMovements.reference })
    .from(stockMovements)
    .innerJoin(skus, and(eq(skus.tenantId, stockMovements.tenantId), eq(skus.id, stockMovements.skuId)))
    .where(and(eq(stockMovements.tenantId, ctx.tenant.id), eq(stockMovements.transferId, t.id), eq(stockMovements.kind, 'transfer_in')))
    .orderBy(asc(stockMovements.occurredAt), asc(skus.code));

  return {
    id: t.id,
    number: t.number,
    status: t.status,
    from: header.from,
    to: header.to,
    crossBorder: t.crossBorder,
    customsDays: t.customsDays,
    customsRef: t.customsRef,
    notes: t.notes,
    idempotencyKey: t.idempotencyKey,
    recommendationId: t.recommendationId,
    requestedAt: t.requestedAt,
    approvedAt: t.approvedAt,
    shippedAt: t.shippedAt,
    expectedAt: t.expectedAt,
    receivedAt: t.receivedAt,
    cancelledAt: t.cancelledAt,
    createdByName: header.createdByName,
    approvedByName: header.approvedByName,
    lines: lines.map((l) => ({ ...l, qtyInTransit: l.qtyShipped - l.qtyReceived })),
    totals: {
      units: lines.reduce((s, l) => s + l.qty, 0),
      shippedUnits: lines.reduce((s, l) => s + l.qtyShipped, 0),
      receivedUnits: lines.reduce((s, l) => s + l.qtyReceived, 0),
    },
    receipts,
  };
}

export type TransferDetail = Awaited<ReturnType<typeof getTransfer>>;
