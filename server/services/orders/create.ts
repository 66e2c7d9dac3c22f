import { and, eq, inArray } from 'drizzle-orm';
import { locations, orderLines, orders, regions, skus } from '@/db/schema';
import { Conflict, Invalid, NotFound } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { uniqueViolation } from '../master-data/unique-violation';
import { localDayOf } from './local-time';
import { resolveOrderRegion } from './resolve-region';
import { rollupKpiDaily } from './rollup';
import { servingLocationId } from './ship-from';
import { statusFromDates, type CreateOrderInput } from './schemas';

async function assertRegion(ctx: TenantServiceContext, id: string): Promise<void> {
  const [row] = await ctx.tx
    .select({ archivedAt: regions.archivedAt })
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id)))
    .limit(1);
  if (!row) throw new NotFound('Region not found.');
  if (row.archivedAt) throw new Invalid('This region is archived.', [{ field: 'regionId', message: 'Choose an active region, or restore this one first.' }]);
}

async function assertLocation(ctx: TenantServiceContext, id: string): Promise<void> {
  const [row] = await ctx.tx
    .select({ archivedAt: locations.archivedAt })
    .from(locations)
    .where(and(eq(locations.tenantId, ctx.tenant.id), eq(locations.id, id)))
    .limit(1);
  if (!row) throw new NotFound('Location not found.');
  if (row.archivedAt) throw new Invalid('This location is archived.', [{ field: 'shipFromLocationId', message: 'Choose an active location.' }]);
}

async function assertSkus(ctx: TenantServiceContext, ids: string[]): Promise<void> {
  const found = await ctx.tx
    .select({ id: skus.id })
    .from(skus)
    .where(and(eq(skus.tenantId, ctx.tenant.id), inArray(skus.id, ids)));
  if (found.length !== new Set(ids).size) throw new NotFound('SKU not found.');
}

/**
 * One manual order with its lines (planner): the region and ship-from location are checked (or derived),
 * the order and lines inserted, the write audited and the order's kpi_daily row recomputed — all in
 * the caller's transaction.
 */
export async function createOrder({ ctx, input }: { ctx: TenantServiceContext; input: CreateOrderInput }) {
  const tenantId = ctx.tenant.id;
  if (input.regionId) await assertRegion(ctx, input.regionId);
  if (input.shipFromLocationId) await assertLocation(ctx, input.shipFromLocationId);
  await assertSkus(ctx, input.lines.map((l) => l.skuId));

  const regionId = input.regionId ?? (await resolveOrderRegion(ctx, { postalCode: input.shipToPostalCode, country: input.shipToCountry }));
  const shipFromLocationId = input.shipFromLocationId ?? (await servingLocationId(ctx, regionId, localDayOf(input.orderedAt, ctx.tenant.timezone)));

  const [order] = await ctx.tx
    .insert(orders)
    .values({
      tenantId,
      externalRef: input.externalRef,
      regionId,
      channel: input.channel ?? null,
      shipToPostalCode: input.shipToPostalCode ?? null,
      shipToCountry: input.shipToCountry ?? null,
      orderedAt: input.orderedAt,
      promisedAt: input.promisedAt ?? null,
      shippedAt: input.shippedAt ?? null,
      deliveredAt: input.deliveredAt ?? null,
      shipFromLocationId,
      shippingCost: input.shippingCost ?? 0,
      status: statusFromDates(input),
    })
    .returning()
    .catch((error: unknown) => {
      if (uniqueViolation(error) !== null) {
        throw new Conflict(`An order numbered ${input.externalRef} already exists. Use another order number, or open the existing order.`);
      }
      throw error;
    });
  if (!order) throw new Error('insert returned no row');

  const lines = await ctx.tx
    .insert(orderLines)
    .values(
      input.lines.map((l) => ({
        tenantId,
        orderId: order.id,
        skuId: l.skuId,
        qtyOrdered: l.qtyOrdered,
        qtyShipped: l.qtyShipped ?? 0,
        qtyShippedFirst: l.qtyShippedFirst ?? l.qtyShipped ?? 0,
        qtyBackordered: l.qtyBackordered ?? 0,
        unitPrice: l.unitPrice ?? 0,
      })),
    )
    .returning();

  const { tenantId: _t, ...audited } = order;
  await recordAudit(ctx, {
    action: 'create',
    entity: 'orders',
    entityId: order.id,
    after: { ...audited, lines: lines.map(({ tenantId: _lt, orderId: _o, createdAt: _c, updatedAt: _u, ...line }) => line) },
  });
  const rollup = await rollupKpiDaily(ctx, { orderIds: [order.id] });
  return { id: order.id, externalRef: order.externalRef, regionId, shipFromLocationId, status: order.status, rollup };
}
