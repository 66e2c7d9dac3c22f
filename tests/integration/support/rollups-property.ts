/**
 * The rollups, provably right (issue 10 §2): fast-check generates random order histories (placed,
 * shipped in part, backordered, delivered early or late, with and without a promise, cancelled) and
 * stock movements; they are written through the real write paths (createOrder, applyStockChanges, an
 * SLA added afterwards), then every KPI readKpis reads from the rollups is compared with the same KPI
 * computed from raw rows by a plain SQL query. Then `rebuildRollups` recomputes the rollups from raw rows
 * and the same holds, including inventory on a past day from a backdated ledger. Shared by
 * rollups-property.test.ts (PGlite) and rollups-property.pg.test.ts (Postgres server).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { sql } from 'drizzle-orm';
import { resultRows, withTenant, type Tx } from '@/db/client';
import { locations, regions, skus, slas } from '@/db/schema';
import { createOrder } from '@/server/services/orders/create';
import { addSla } from '@/server/services/regions/add-sla';
import { applyStockChanges } from '@/server/services/stock/apply-movements';
import { readKpis, type KpiReport } from '@/server/services/dashboard/read-kpis';
import { rebuildRollups } from '@/server/services/dashboard/rebuild-rollups';
import { todayIn } from '@/server/services/master-data/today';
import type { TenantServiceContext } from '@/server/services/context';
import type { TestDatabase } from './database';
import { addMember, makeOrg, makeUser } from './actors';

const TZ = 'America/Chicago';
const HOUR = 3_600_000;
/** The history: orders placed from 1 March 2025 for 60 days; the view is pinned to 30 April 2025. */
const START = Date.UTC(2025, 2, 1, 6);
const AS_OF = '2025-04-30';

const orderArb = fc.record({
  hour: fc.integer({ min: 0, max: 60 * 24 - 1 }),
  region: fc.integer({ min: 0, max: 1 }),
  location: fc.integer({ min: 0, max: 1 }),
  promiseHours: fc.option(fc.integer({ min: 12, max: 120 }), { nil: null }),
  shipHours: fc.option(fc.integer({ min: 1, max: 48 }), { nil: null }),
  deliverHours: fc.option(fc.integer({ min: 1, max: 150 }), { nil: null }),
  cancelled: fc.boolean(),
  shippingCost: fc.integer({ min: 0, max: 4000 }).map((c) => c / 100),
  lines: fc.array(
    fc.record({ sku: fc.integer({ min: 0, max: 2 }), qty: fc.integer({ min: 1, max: 9 }), short: fc.integer({ min: 0, max: 9 }), later: fc.integer({ min: 0, max: 9 }), price: fc.integer({ min: 0, max: 9000 }).map((p) => p / 100) }),
    { minLength: 1, maxLength: 3 },
  ),
});
const movementArb = fc.record({ sku: fc.integer({ min: 0, max: 2 }), location: fc.integer({ min: 0, max: 1 }), qty: fc.integer({ min: 1, max: 50 }), out: fc.integer({ min: 0, max: 30 }) });
const historyArb = fc.record({
  orders: fc.array(orderArb, { minLength: 1, maxLength: 14 }),
  movements: fc.array(movementArb, { maxLength: 8 }),
  backdated: fc.array(fc.record({ sku: fc.integer({ min: 0, max: 2 }), location: fc.integer({ min: 0, max: 1 }), qty: fc.integer({ min: 1, max: 40 }), day: fc.integer({ min: 0, max: 59 }) }), { maxLength: 5 }),
  slaDays: fc.integer({ min: 1, max: 5 }),
  laterSla: fc.option(fc.record({ day: fc.integer({ min: 0, max: 59 }), days: fc.integer({ min: 1, max: 5 }) }), { nil: null }),
  periodDays: fc.constantFrom(7, 28, 45),
});

interface World {
  tenantId: string;
  ctx: (tx: Tx) => TenantServiceContext;
  regionIds: string[];
  locationIds: string[];
  skuIds: string[];
}

async function world(db: TestDatabase, n: number, slaDays: number): Promise<World> {
  const org = await makeOrg(db.db, `prop-${n}-${Math.random().toString(36).slice(2, 8)}`);
  const owner = await makeUser(db.db, `prop-${org.slug}@example.test`);
  await addMember(db.db, org.id, owner.id, 'owner');
  await db.ownerQuery(`update organizations set timezone = $1 where id = $2`, [TZ, org.id]);
  const tenant = { id: org.id, slug: org.slug, name: org.name, kind: 'importer' as const, currency: 'USD', timezone: TZ, role: 'owner' as const, via: 'membership' as const };
  const ctx = (tx: Tx): TenantServiceContext => ({ tx, tenant, user: { id: owner.id, email: owner.email, name: null }, origin: 'http://localhost' });
  const ids = await withTenant(db.db, org.id, async (tx) => {
    const rs = await tx.insert(regions).values([0, 1].map((i) => ({ tenantId: org.id, code: `R${i}`, name: `Region ${i}`, country: 'US' }))).returning();
    await tx.insert(slas).values({ tenantId: org.id, regionId: rs[0]!.id, effectiveFrom: '2025-01-01', targetDeliveryDays: slaDays });
    const ls = await tx.insert(locations).values([0, 1].map((i) => ({ tenantId: org.id, code: `L${i}`, name: `Location ${i}`, country: 'US', holdingRate: 0.2 + i * 0.1 }))).returning();
    const ss = await tx.insert(skus).values([0, 1, 2].map((i) => ({ tenantId: org.id, code: `S${i}`, name: `SKU ${i}`, unitCost: 3 + i * 2.5, unitPrice: 10 + i }))).returning();
    return { regionIds: rs.map((r) => r.id), locationIds: ls.map((l) => l.id), skuIds: ss.map((s) => s.id) };
  });
  return { tenantId: org.id, ctx, ...ids };
}

type History = typeof historyArb extends fc.Arbitrary<infer T> ? T : never;

async function write(db: TestDatabase, w: World, h: History): Promise<void> {
  await withTenant(db.db, w.tenantId, async (tx) => {
    const ctx = w.ctx(tx);
    for (const [i, o] of h.orders.entries()) {
      const orderedAt = new Date(START + o.hour * HOUR);
      const shippedAt = o.shipHours === null ? null : new Date(orderedAt.getTime() + o.shipHours * HOUR);
      const deliveredAt = shippedAt && o.deliverHours !== null ? new Date(shippedAt.getTime() + o.deliverHours * HOUR) : null;
      const seen = new Set<number>();
      const lines = o.lines
        .filter((l) => (seen.has(l.sku) ? false : (seen.add(l.sku), true)))
        .map((l) => {
          const first = shippedAt ? Math.max(0, l.qty - l.short) : 0;
          const shipped = shippedAt ? Math.min(l.qty, first + l.later) : 0;
          return { skuId: w.skuIds[l.sku]!, qtyOrdered: l.qty, qtyShipped: shipped, qtyShippedFirst: first, qtyBackordered: l.qty - shipped, unitPrice: l.price };
        });
      await createOrder({
        ctx,
        input: {
          externalRef: `SO-${i}`,
          regionId: w.regionIds[o.region]!,
          shipFromLocationId: w.locationIds[o.location]!,
          orderedAt,
          promisedAt: o.promiseHours === null ? null : new Date(orderedAt.getTime() + o.promiseHours * HOUR),
          shippedAt,
          deliveredAt,
          shippingCost: o.shippingCost,
          status: o.cancelled ? 'cancelled' : undefined,
          lines,
        } as never,
      });
    }
    if (h.laterSla) await addSla({ ctx, input: { regionId: w.regionIds[1]!, effectiveFrom: dayOf(h.laterSla.day), targetDeliveryDays: h.laterSla.days } as never });
    for (const m of h.movements) {
      await applyStockChanges(ctx, { movements: [{ skuId: w.skuIds[m.sku]!, locationId: w.locationIds[m.location]!, qty: m.qty, kind: 'receipt' }] });
      const out = Math.min(m.out, m.qty);
      if (out > 0) await applyStockChanges(ctx, { movements: [{ skuId: w.skuIds[m.sku]!, locationId: w.locationIds[m.location]!, qty: -out, kind: 'shipment' }] });
    }
  });
}

function dayOf(offset: number): string {
  return new Date(START + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The §6 order KPIs of a period straight from orders and order_lines (a plain query, no rollup). */
async function rawOrderKpis(tx: Tx, tenantId: string, from: string, to: string) {
  const [r] = resultRows<Record<string, number | null>>(
    await tx.execute(sql`
      with o as (
        select o.*, (o.ordered_at at time zone ${TZ})::date as day,
               extract(epoch from (o.delivered_at - o.ordered_at)) / 86400 as dd,
               (select sl.target_delivery_days from slas sl where sl.tenant_id = o.tenant_id and sl.region_id = o.region_id
                  and sl.effective_from <= (o.ordered_at at time zone ${TZ})::date order by sl.effective_from desc limit 1) as sla
        from orders o where o.tenant_id = ${tenantId} and o.status <> 'cancelled' and o.ship_from_location_id is not null
      ), p as (select * from o where day between ${from}::date and ${to}::date),
      l as (select l.* from order_lines l join p on p.id = l.order_id)
      select
        (select avg(dd) from p where delivered_at is not null)::float8 as avg_days,
        ((select count(*) from p where delivered_at is not null and (case when promised_at is not null then delivered_at <= promised_at else dd <= sla end))::float8
          / nullif((select count(*) from p where delivered_at is not null), 0))::float8 as on_time,
        ((select sum(shipping_cost) from p) / nullif((select sum(qty_shipped) from l), 0))::float8 as ship_per_unit,
        ((select count(*) from p where not exists (select 1 from order_lines x where x.order_id = p.id and x.qty_shipped_first <> x.qty_ordered))::float8
          / nullif((select count(*) from p), 0))::float8 as order_fill,
        ((select sum(qty_shipped_first) from l)::float8 / nullif((select sum(qty_ordered) from l), 0))::float8 as line_fill,
        coalesce((select sum(qty_backordered * unit_price) from l), 0)::float8 as stockout`),
  );
  return r!;
}

/** Inventory value and units at the end of a local day from the ledger (a plain query). */
async function rawInventory(tx: Tx, tenantId: string, day: string) {
  const [r] = resultRows<{ units: number; value: number }>(
    await tx.execute(sql`
      select coalesce(sum(m.qty), 0)::float8 as units, coalesce(sum(m.qty * s.unit_cost), 0)::float8 as value
      from stock_movements m join skus s on s.tenant_id = m.tenant_id and s.id = m.sku_id
      where m.tenant_id = ${tenantId} and m.occurred_at < ((${day}::date + 1)::timestamp at time zone ${TZ})`),
  );
  return r!;
}

async function rawUnitsOrdered(tx: Tx, tenantId: string, from: string, to: string): Promise<number> {
  const [r] = resultRows<{ u: number }>(
    await tx.execute(sql`
      select coalesce(sum(l.qty_ordered), 0)::float8 as u from orders o join order_lines l on l.order_id = o.id
      where o.tenant_id = ${tenantId} and o.status <> 'cancelled' and (o.ordered_at at time zone ${TZ})::date between ${from}::date and ${to}::date`),
  );
  return Number(r!.u);
}

const card = (report: KpiReport, key: string) => report.cards.find((c) => c.key === key)!.value;

function close(actual: number | null, expected: number | null | undefined, label: string) {
  if (expected === null || expected === undefined) return expect(actual, label).toBeNull();
  expect(actual, label).not.toBeNull();
  // numeric(14,4) sums of fractional delivery days: a few 1e-4 at most.
  expect(Math.abs((actual as number) - Number(expected)), `${label}: ${actual} vs ${expected}`).toBeLessThan(2e-3);
}

async function compare(db: TestDatabase, w: World, h: History, stage: string): Promise<void> {
  await withTenant(db.db, w.tenantId, async (tx) => {
    const ctx = w.ctx(tx);
    const report = await readKpis({ ctx, period: { kind: 'custom', from: dayOf(60 - h.periodDays), to: AS_OF }, baseline: { kind: 'previous' }, asOf: AS_OF });
    const p = report.view.period;
    const b = report.view.baseline;
    for (const [range, values] of [[p, report.cards.map((c) => c.value)], [b, report.cards.map((c) => c.baseline)]] as const) {
      const raw = await rawOrderKpis(tx, w.tenantId, range.from, range.to);
      const get = (key: string) => values[report.cards.findIndex((c) => c.key === key)] ?? null;
      close(get('avgDeliveryDays'), raw.avg_days, `${stage} avg delivery days ${range.from}..${range.to}`);
      close(get('onTimeRate'), raw.on_time, `${stage} on time`);
      close(get('shippingCostPerUnit'), raw.ship_per_unit, `${stage} shipping cost per unit`);
      close(get('orderFillRate'), raw.order_fill, `${stage} order fill`);
      close(get('lineFillRate'), raw.line_fill, `${stage} line fill`);
      close(get('stockoutValue'), raw.stockout, `${stage} stockout value`);
    }
    // Inventory at the period end and its days of supply.
    const inv = await rawInventory(tx, w.tenantId, AS_OF);
    close(card(report, 'inventoryValue'), inv.value, `${stage} inventory value ${AS_OF}`);
    const demand = await rawUnitsOrdered(tx, w.tenantId, '2025-01-31', AS_OF);
    close(card(report, 'daysOfSupply'), demand > 0 ? inv.units / (demand / 90) : null, `${stage} days of supply`);
    // Inventory today, where the live write path put it.
    const today = todayIn(TZ);
    const now = await readKpis({ ctx, period: { kind: 'last7' }, baseline: { kind: 'previous' }, asOf: today });
    close(card(now, 'inventoryValue'), (await rawInventory(tx, w.tenantId, today)).value, `${stage} inventory value today`);
  });
}

export async function checkRollupsAgainstRawRows(db: TestDatabase, runs: number): Promise<void> {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(historyArb, async (h) => {
      const w = await world(db, n++, h.slaDays);
      await write(db, w, h);
      await compare(db, w, h, 'write paths');
      // A backdated ledger (as an import of history would leave it), then the rebuild from raw rows.
      for (const m of h.backdated) {
        await db.ownerQuery(
          `insert into stock_movements (tenant_id, id, sku_id, location_id, qty, kind, occurred_at) values ($1, gen_random_uuid(), $2, $3, $4, 'receipt', $5)`,
          [w.tenantId, w.skuIds[m.sku], w.locationIds[m.location], m.qty, new Date(START + m.day * 86_400_000).toISOString()],
        );
        await db.ownerQuery(`update stock_levels set on_hand = on_hand + $4 where tenant_id = $1 and sku_id = $2 and location_id = $3`, [w.tenantId, w.skuIds[m.sku], w.locationIds[m.location], m.qty]);
        await db.ownerQuery(
          `insert into stock_levels (tenant_id, id, sku_id, location_id, on_hand) select $1, gen_random_uuid(), $2, $3, $4 where not exists (select 1 from stock_levels where tenant_id = $1 and sku_id = $2 and location_id = $3)`,
          [w.tenantId, w.skuIds[m.sku], w.locationIds[m.location], m.qty],
        );
      }
      await withTenant(db.db, w.tenantId, (tx) => rebuildRollups({ tx, tenant: { id: w.tenantId, timezone: TZ } }));
      await compare(db, w, h, 'rebuilt');
    }),
    { numRuns: runs, seed: 20250430, endOnFailure: true },
  );
}
