import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { locations, purchaseOrders, stockLevels, transfers } from '@/db/schema';
import { Conflict } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { auditedLocation, loadLocation } from './load';

const OPEN_TRANSFER = ['draft', 'approved', 'in_transit'] as const;
const OPEN_PURCHASE_ORDER = ['draft', 'ordered', 'in_transit'] as const;

/** Why a location cannot be archived yet (stock still there or on its way, open transfers or arrivals), or null. */
async function blockers(ctx: TenantServiceContext, location: { id: string; code: string }): Promise<string | null> {
  const tenant = ctx.tenant.id;
  const [stock] = await ctx.tx
    .select({
      onHand: sql<string>`coalesce(sum(${stockLevels.onHand}), 0)`,
      inbound: sql<string>`coalesce(sum(${stockLevels.inbound}), 0)`,
      onOrder: sql<string>`coalesce(sum(${stockLevels.onOrder}), 0)`,
    })
    .from(stockLevels)
    .where(and(eq(stockLevels.tenantId, tenant), eq(stockLevels.locationId, location.id)));
  const onHand = Number(stock?.onHand ?? 0);
  const inbound = Number(stock?.inbound ?? 0);
  const onOrder = Number(stock?.onOrder ?? 0);
  if (onHand > 0) return `${location.code} still holds ${onHand.toLocaleString('en-US')} units on hand. Transfer or adjust them to zero before archiving it.`;
  if (inbound > 0 || onOrder > 0) return `${location.code} still has ${(inbound + onOrder).toLocaleString('en-US')} units on their way to it. Receive or cancel them before archiving it.`;

  const open = await ctx.tx
    .select({ number: transfers.number })
    .from(transfers)
    .where(
      and(
        eq(transfers.tenantId, tenant),
        or(eq(transfers.fromLocationId, location.id), eq(transfers.toLocationId, location.id)),
        inArray(transfers.status, [...OPEN_TRANSFER]),
      ),
    )
    .orderBy(transfers.number)
    .limit(4);
  if (open.length > 0) {
    const names = open.slice(0, 3).map((t) => t.number).join(', ') + (open.length > 3 ? ', …' : '');
    return `${location.code} has open transfers (${names}). Receive or cancel them before archiving it.`;
  }

  const arriving = await ctx.tx
    .select({ number: purchaseOrders.number })
    .from(purchaseOrders)
    .where(and(eq(purchaseOrders.tenantId, tenant), eq(purchaseOrders.arrivalLocationId, location.id), inArray(purchaseOrders.status, [...OPEN_PURCHASE_ORDER])))
    .orderBy(purchaseOrders.number)
    .limit(4);
  if (arriving.length > 0) {
    const names = arriving.slice(0, 3).map((p) => p.number).join(', ') + (arriving.length > 3 ? ', …' : '');
    return `${location.code} is the arrival location of open purchase orders (${names}). Receive, cancel or redirect them before archiving it.`;
  }
  return null;
}

/** Archives a location (hidden from lists and planning, kept for history). Archiving an archived one changes nothing. */
export async function archiveLocation({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) {
  const before = await loadLocation(ctx, input.id, { forUpdate: true });
  if (before.archivedAt) return auditedLocation(before);
  const reason = await blockers(ctx, before);
  if (reason) throw new Conflict(reason);
  const [row] = await ctx.tx
    .update(locations)
    .set({ archivedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(locations.tenantId, ctx.tenant.id), eq(locations.id, input.id)))
    .returning();
  if (!row) throw new Error('archive returned no row');
  await recordAudit(ctx, { action: 'archive', entity: 'locations', entityId: row.id, before: { archivedAt: null }, after: { archivedAt: row.archivedAt } });
  return auditedLocation(row);
}

export async function unarchiveLocation({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) {
  const before = await loadLocation(ctx, input.id, { forUpdate: true });
  if (!before.archivedAt) return auditedLocation(before);
  const [row] = await ctx.tx
    .update(locations)
    .set({ archivedAt: null, updatedAt: new Date() })
    .where(and(eq(locations.tenantId, ctx.tenant.id), eq(locations.id, input.id)))
    .returning();
  if (!row) throw new Error('unarchive returned no row');
  await recordAudit(ctx, { action: 'unarchive', entity: 'locations', entityId: row.id, before: { archivedAt: before.archivedAt }, after: { archivedAt: null } });
  return auditedLocation(row);
}
