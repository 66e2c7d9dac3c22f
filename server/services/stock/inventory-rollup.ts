/**
 * Keeps today's `inventory_daily` row of each touched location current on the stock write path
 * (DESIGN.md §4: rollups are maintained by the writes, dashboards never scan balances).
 *
 * Concurrency: a day's first write inserts the location's whole current total; every later write adds its
 * own delta (`on conflict … do update set units = units + delta`). Two transactions racing on the first
 * insert stay exact: the second waits on the first's row, then adds only its own delta to a total that
 * already holds the first's change. Value is units × the SKU's unit cost at the time of the movement.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { inventoryDaily, skus, stockLevels } from '@/db/schema';
import { newId } from '@/db/schema/ids';
import { todayIn } from '../master-data/today';
import type { TenantServiceContext } from '../context';

type Ctx = Pick<TenantServiceContext, 'tx' | 'tenant'>;

/** On-hand changes, signed units, per SKU and location. */
export interface OnHandChange {
  skuId: string;
  locationId: string;
  qty: number;
}

export async function rollInventoryDaily(ctx: Ctx, changes: OnHandChange[]): Promise<void> {
  const moving = changes.filter((c) => c.qty !== 0);
  if (moving.length === 0) return;
  const tenantId = ctx.tenant.id;
  const day = todayIn(ctx.tenant.timezone);
  const costs = new Map(
    (
      await ctx.tx
        .select({ id: skus.id, unitCost: skus.unitCost })
        .from(skus)
        .where(and(eq(skus.tenantId, tenantId), inArray(skus.id, [...new Set(moving.map((c) => c.skuId))])))
    ).map((s) => [s.id, s.unitCost]),
  );
  const perLocation = new Map<string, { units: number; value: number }>();
  for (const c of moving) {
    const d = perLocation.get(c.locationId) ?? { units: 0, value: 0 };
    d.units += c.qty;
    d.value += c.qty * (costs.get(c.skuId) ?? 0);
    perLocation.set(c.locationId, d);
  }
  // Locations in a fixed order, like the balance locks, so two writers never wait on each other in a cycle.
  for (const locationId of [...perLocation.keys()].sort()) {
    const delta = perLocation.get(locationId)!;
    const [total] = await ctx.tx
      .select({
        units: sql<number>`coalesce(sum(${stockLevels.onHand}), 0)::int`,
        value: sql<number>`coalesce(sum(${stockLevels.onHand} * ${skus.unitCost}), 0)::float8`,
      })
      .from(stockLevels)
      .innerJoin(skus, and(eq(skus.tenantId, stockLevels.tenantId), eq(skus.id, stockLevels.skuId)))
      .where(and(eq(stockLevels.tenantId, tenantId), eq(stockLevels.locationId, locationId)));
    await ctx.tx
      .insert(inventoryDaily)
      .values({ tenantId, id: newId(), day, locationId, units: Number(total?.units ?? 0), value: Math.max(0, Number(total?.value ?? 0)) })
      .onConflictDoUpdate({
        target: [inventoryDaily.tenantId, inventoryDaily.day, inventoryDaily.locationId],
        set: {
          units: sql`greatest(${inventoryDaily.units} + ${delta.units}, 0)`,
          value: sql`greatest(${inventoryDaily.value} + ${delta.value.toFixed(4)}::numeric, 0)`,
        },
      });
  }
}

/**
 * Sets today's inventory_daily row of each location to its current total (units and value at the SKUs'
 * unit cost now): the write path when values change without a movement (a SKU's unit cost edited or
 * imported). The row is created (zero) and locked first, and the total is read after the lock, so a
 * concurrent stock write either committed before (and is in the total) or waits and adds its delta after.
 */
export async function refreshInventoryDaily(ctx: Ctx, locationIds: readonly string[], now: Date = new Date()): Promise<void> {
  const tenantId = ctx.tenant.id;
  const day = todayIn(ctx.tenant.timezone, now);
  for (const locationId of [...new Set(locationIds)].sort()) {
    await ctx.tx
      .insert(inventoryDaily)
      .values({ tenantId, id: newId(), day, locationId, units: 0, value: 0 })
      .onConflictDoNothing({ target: [inventoryDaily.tenantId, inventoryDaily.day, inventoryDaily.locationId] });
    await ctx.tx
      .select({ id: inventoryDaily.id })
      .from(inventoryDaily)
      .where(and(eq(inventoryDaily.tenantId, tenantId), eq(inventoryDaily.day, day), eq(inventoryDaily.locationId, locationId)))
      .for('update');
    const [total] = await ctx.tx
      .select({
        units: sql<number>`coalesce(sum(${stockLevels.onHand}), 0)::int`,
        value: sql<number>`coalesce(sum(${stockLevels.onHand} * ${skus.unitCost}), 0)::float8`,
      })
      .from(stockLevels)
      .innerJoin(skus, and(eq(skus.tenantId, stockLevels.tenantId), eq(skus.id, stockLevels.skuId)))
      .where(and(eq(stockLevels.tenantId, tenantId), eq(stockLevels.locationId, locationId)));
    await ctx.tx
      .update(inventoryDaily)
      .set({ units: Number(total?.units ?? 0), value: Math.max(0, Number(total?.value ?? 0)), updatedAt: new Date() })
      .where(and(eq(inventoryDaily.tenantId, tenantId), eq(inventoryDaily.day, day), eq(inventoryDaily.locationId, locationId)));
  }
}

/** The locations holding stock of any of these SKUs (whose inventory value a unit-cost change moves). */
export async function locationsHoldingSkus(ctx: Ctx, skuIds: readonly string[]): Promise<string[]> {
  if (skuIds.length === 0) return [];
  const rows = await ctx.tx
    .selectDistinct({ locationId: stockLevels.locationId })
    .from(stockLevels)
    .where(and(eq(stockLevels.tenantId, ctx.tenant.id), inArray(stockLevels.skuId, [...new Set(skuIds)]), sql`${stockLevels.onHand} > 0`));
  return rows.map((r) => r.locationId);
}
