import { and, eq } from 'drizzle-orm';
import { orderLines, orders } from '@/db/schema';
import { Conflict, NotFound } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { uniqueViolation } from '../master-data/unique-violation';
import { localDayOf } from './local-time';
import { assertOrderReferences } from './references';
import { resolveOrderRegion } from './resolve-region';
import { kpiKeysOfOrders, rollupKpiDaily } from './rollup';
import { servingLocationId } from './ship-from';
import { statusFromDates, type UpdateOrderInput } from './schemas';
import { insertOrderLines } from './write-lines';

/**
 * Edits an order (planner): its header and lines are replaced by the form's, with the same checks as a
 * new order. The kpi_daily rows of the order's old key (day, region, ship-from) and of its new key are
 * recomputed in the same transaction, so a changed date, region or location moves the order between
 * rollup rows and the dashboards stay equal to the raw orders. A cancelled order cannot be edited.
 */
export async function updateOrder({ ctx, input }: { ctx: TenantServiceContext; input: UpdateOrderInput }) {
  const tenantId = ctx.tenant.id;
  const data = input.order;
  const [before] = await ctx.tx
    .select()
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), eq(orders.id, input.id)))
    .for('update');
  if (!before) throw new NotFound('Order not found.');
  if (before.status === 'cancelled') throw new Conflict(`Order ${before.externalRef} is cancelled; it cannot be edited.`);
  await assertOrderReferences(ctx, data);
  const oldKeys = await kpiKeysOfOrders(ctx, [before.id]);
  const oldLines = await ctx.tx.select().from(orderLines).where(and(eq(orderLines.tenantId, tenantId), eq(orderLines.orderId, before.id)));

  const regionId = data.regionId ?? (await resolveOrderRegion(ctx, { postalCode: data.shipToPostalCode, country: data.shipToCountry }));
  const shipFromLocationId = data.shipFromLocationId ?? (await servingLocationId(ctx, regionId, localDayOf(data.orderedAt, ctx.tenant.timezone)));
  const [after] = await ctx.tx
    .update(orders)
    .set({
      externalRef: data.externalRef,
      regionId,
      channel: data.channel ?? null,
      shipToPostalCode: data.shipToPostalCode ?? null,
      shipToCountry: data.shipToCountry ?? null,
      orderedAt: data.orderedAt,
      promisedAt: data.promisedAt ?? null,
      shippedAt: data.shippedAt ?? null,
      deliveredAt: data.deliveredAt ?? null,
      shipFromLocationId,
      shippingCost: data.shippingCost ?? 0,
      status: statusFromDates(data),
      updatedAt: new Date(),
    })
    .where(and(eq(orders.tenantId, tenantId), eq(orders.id, before.id)))
    .returning()
    .catch((error: unknown) => {
      if (uniqueViolation(error) !== null) throw new Conflict(`An order numbered ${data.externalRef} already exists. Use another order number.`);
      throw error;
    });
  if (!after) throw new Error('order update returned no row');
  await ctx.tx.delete(orderLines).where(and(eq(orderLines.tenantId, tenantId), eq(orderLines.orderId, before.id)));
  const lines = await insertOrderLines(ctx, before.id, data.lines);

  const strip = ({ tenantId: _t, ...row }: typeof before) => row;
  const line = ({ tenantId: _lt, orderId: _o, createdAt: _c, updatedAt: _u, id: _id, ...rest }: (typeof lines)[number]) => rest;
  await recordAudit(ctx, {
    action: 'update',
    entity: 'orders',
    entityId: before.id,
    before: { ...strip(before), lines: oldLines.map(line) },
    after: { ...strip(after), lines: lines.map(line) },
  });
  const newKeys = await kpiKeysOfOrders(ctx, [before.id]);
  const rollup = await rollupKpiDaily(ctx, { keys: [...oldKeys, ...newKeys] });
  return { id: after.id, externalRef: after.externalRef, regionId, shipFromLocationId, status: after.status, rollup };
}
