import { orders } from '@/db/schema';
import { Conflict } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { uniqueViolation } from '../master-data/unique-violation';
import { assertOrderReferences } from './references';
import { localDayOf } from './local-time';
import { resolveOrderRegion } from './resolve-region';
import { rollupKpiDaily } from './rollup';
import { servingLocationId } from './ship-from';
import { insertOrderLines } from './write-lines';
import { statusFromDates, type CreateOrderInput } from './schemas';

/**
 * One manual order with its lines (planner): the region and ship-from location are checked (or derived),
 * the order and lines inserted, the write audited and the order's kpi_daily row recomputed — all in
 * the caller's transaction.
 */
export async function createOrder({ ctx, input }: { ctx: TenantServiceContext; input: CreateOrderInput }) {
  const tenantId = ctx.tenant.id;
  await assertOrderReferences(ctx, input);

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

  const lines = await insertOrderLines(ctx, order.id, input.lines);

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
