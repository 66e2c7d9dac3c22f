/**
 * A planning world on top of the stock world: regions with SLAs, lanes, SKUs bought from the supplier, and
 * `weeks` weeks of deterministic order history before the pinned day (Monday 2026-06-15, UTC tenant), written
 * straight into the tables set-based. Stock comes in through the stock service, so balances equal movements.
 */
import { withTenant, type Database } from '@/db/client';
import { lanes, orderLines, orders, regions, skus, slas } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { stockWorld } from './support/stock-world';

export const PLANNING_NOW = new Date('2026-06-15T12:00:00Z');
const DAY_MS = 86_400_000;

export async function planningWorld(db: Database, options: { weeks?: number } = {}) {
  const world = await stockWorld(db);
  const weeks = options.weeks ?? 40;
  const t = world.a.id;
  const { chi, atl, tor, supplier, skuA, skuB, skuC } = world.inA;
  const net = await withTenant(db, t, async (tx) => {
    await tx.update(skus).set({ supplierId: supplier.id, casePack: 10 }).where(eq(skus.tenantId, t));
    const [east, midwest, canada] = await tx
      .insert(regions)
      .values([
        { tenantId: t, code: 'EAST', name: 'East', country: 'US' },
        { tenantId: t, code: 'MIDWEST', name: 'Midwest', country: 'US' },
        { tenantId: t, code: 'CANADA', name: 'Canada', country: 'CA' },
      ])
      .returning();
    if (!east || !midwest || !canada) throw new Error('planning world: regions');
    await tx.insert(slas).values([
      { tenantId: t, regionId: east.id, effectiveFrom: '2025-01-01', targetDeliveryDays: 2, targetFillRate: 0.95, targetCycleServiceLevel: 0.95 },
      { tenantId: t, regionId: midwest.id, effectiveFrom: '2025-01-01', targetDeliveryDays: 2, targetFillRate: 0.95, targetCycleServiceLevel: 0.9 },
      { tenantId: t, regionId: canada.id, effectiveFrom: '2025-01-01', targetDeliveryDays: 3, targetFillRate: 0.95, targetCycleServiceLevel: 0.95 },
    ]);
    await tx.insert(lanes).values([
      { tenantId: t, locationId: atl.id, regionId: east.id, transitDays: 1, costPerUnit: 1 },
      { tenantId: t, locationId: chi.id, regionId: east.id, transitDays: 3, costPerUnit: 2 },
      { tenantId: t, locationId: chi.id, regionId: midwest.id, transitDays: 1, costPerUnit: 1 },
      { tenantId: t, locationId: atl.id, regionId: midwest.id, transitDays: 3, costPerUnit: 2 },
      { tenantId: t, locationId: tor.id, regionId: canada.id, transitDays: 1, costPerUnit: 1.5 },
      { tenantId: t, locationId: chi.id, regionId: canada.id, transitDays: 4, costPerUnit: 3 },
    ]);
    // Weekly units per SKU x region (A sells everywhere, B mostly East, C a little in the Midwest).
    const base: [string, string, number][] = [
      [skuA.id, east.id, 60], [skuA.id, midwest.id, 40], [skuA.id, canada.id, 20],
      [skuB.id, east.id, 25], [skuB.id, midwest.id, 5],
      [skuC.id, midwest.id, 3],
    ];
    const start = PLANNING_NOW.getTime() - 7 * DAY_MS * weeks - 12 * 3600_000; // Monday 00:00 UTC, `weeks` weeks back
    const orderRows: (typeof orders.$inferInsert)[] = [];
    const lineRows: { orderRef: string; skuId: string; qty: number }[] = [];
    for (let w = 0; w < weeks; w++) {
      base.forEach(([skuId, regionId, units], i) => {
        const qty = Math.max(1, Math.round(units * (1 + 0.2 * Math.sin(w * 1.3 + i))));
        const ref = `W${w}-${i}`;
        const orderedAt = new Date(start + w * 7 * DAY_MS + (1 + (i % 4)) * DAY_MS);
        orderRows.push({ tenantId: t, externalRef: ref, regionId, orderedAt, status: 'delivered', shipFromLocationId: chi.id, shippedAt: orderedAt, deliveredAt: new Date(orderedAt.getTime() + 2 * DAY_MS) });
        lineRows.push({ orderRef: ref, skuId, qty });
      });
    }
    const inserted = await tx.insert(orders).values(orderRows).returning({ id: orders.id, ref: orders.externalRef });
    const idByRef = new Map(inserted.map((o) => [o.ref, o.id]));
    await tx.insert(orderLines).values(lineRows.map((l) => ({ tenantId: t, orderId: idByRef.get(l.orderRef) as string, skuId: l.skuId, qtyOrdered: l.qty, qtyShipped: l.qty, qtyShippedFirst: l.qty })));
    return { east, midwest, canada };
  });
  return { ...world, net, t };
}

export type PlanningWorld = Awaited<ReturnType<typeof planningWorld>>;
