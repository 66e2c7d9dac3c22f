/**
 * The dashboard's procedures on a hand-computed example (America/Chicago; DESIGN.md §6): the cards of a
 * 7-day period against the previous one, the SLA targets weighted by volume, the region table with its
 * gap in words (worst first), locations, SKUs, a SKU filter, drill-down subjects, bad input, and the
 * new tenant's empty report. Dates are pinned (`asOf`), except the live inventory written today.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@/db/client';
import { locations, regions, skus, slas } from '@/db/schema';
import { applyStockChanges } from '@/server/services/stock/apply-movements';
import { todayIn } from '@/server/services/master-data/today';
import { regionSummary } from '@/server/services/dashboard/breakdowns';
import { resolveView, sameDayLastYear } from '@/server/services/dashboard/period';
import { stepAverage } from '@/server/services/dashboard/kpi-math';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { refusal } from './support/master-data';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;
let ids: { r1: string; r2: string; l1: string; s1: string; s2: string; foreignRegion: string };
const TZ = 'America/Chicago';
const AS_OF = '2025-04-30';
const view = { period: { kind: 'last7' as const }, baseline: { kind: 'previous' as const }, asOf: AS_OF };
const H = 3_600_000;

beforeAll(async () => {
  db = await openTestDatabase();
  world = await twoTenants(db.db);
  await db.ownerQuery(`update organizations set timezone = $1`, [TZ]);
  const a = world.a.id;
  const made = await withTenant(db.db, a, async (tx) => {
    const [r1, r2] = await tx.insert(regions).values([
      { tenantId: a, code: 'US-W', name: 'US West', country: 'US' },
      { tenantId: a, code: 'US-E', name: 'US East', country: 'US' },
    ]).returning();
    await tx.insert(slas).values([
      { tenantId: a, regionId: r1!.id, effectiveFrom: '2025-01-01', targetDeliveryDays: 2, targetFillRate: 0.9 },
      { tenantId: a, regionId: r2!.id, effectiveFrom: '2025-01-01', targetDeliveryDays: 3, targetFillRate: 0.96 },
    ]);
    const [l1] = await tx.insert(locations).values({ tenantId: a, code: 'DAL', name: 'Dallas', country: 'US', holdingRate: 0.25 }).returning();
    const [s1, s2] = await tx.insert(skus).values([
      { tenantId: a, code: 'S1', name: 'Widget', unitCost: 10, unitPrice: 20 },
      { tenantId: a, code: 'S2', name: 'Gadget', unitCost: 4, unitPrice: 8 },
    ]).returning();
    return { r1: r1!.id, r2: r2!.id, l1: l1!.id, s1: s1!.id, s2: s2!.id };
  });
  const foreignRegion = await withTenant(db.db, world.b.id, async (tx) => (await tx.insert(regions).values({ tenantId: world.b.id, code: 'B-R', name: 'B region', country: 'US' }).returning())[0]!.id);
  ids = { ...made, foreignRegion };
  const owner = await callerFor(db.db, world.people.ownerA);
  const order = (ref: string, region: string, at: string, o: { promise?: number; deliver: number; cost: number; lines: { sku: string; qty: number; first: number; price?: number }[] }) => {
    const orderedAt = new Date(at);
    return owner.orders.create({
      org: world.a.slug,
      externalRef: ref,
      regionId: region,
      shipFromLocationId: made.l1,
      orderedAt,
      promisedAt: o.promise === undefined ? null : new Date(orderedAt.getTime() + o.promise * H),
      shippedAt: new Date(orderedAt.getTime() + H),
      deliveredAt: new Date(orderedAt.getTime() + o.deliver * H),
      shippingCost: o.cost,
      lines: o.lines.map((l) => ({ skuId: l.sku, qtyOrdered: l.qty, qtyShipped: l.first, qtyShippedFirst: l.first, qtyBackordered: l.qty - l.first, unitPrice: l.price ?? 20 })),
    } as never);
  };
  // The period (24-30 April): O1 late against its promise, O2 on time by the 2-day SLA (no promise), O3 on time.
  await order('O1', made.r1, '2025-04-25T15:00:00Z', { promise: 48, deliver: 72, cost: 8, lines: [{ sku: made.s1, qty: 4, first: 4 }] });
  await order('O2', made.r1, '2025-04-26T15:00:00Z', { deliver: 36, cost: 2, lines: [{ sku: made.s1, qty: 2, first: 1 }] });
  await order('O3', made.r2, '2025-04-27T15:00:00Z', { promise: 72, deliver: 48, cost: 5, lines: [{ sku: made.s2, qty: 5, first: 5, price: 8 }] });
  // The previous period (17-23 April).
  await order('O4', made.r1, '2025-04-20T15:00:00Z', { promise: 48, deliver: 24, cost: 1, lines: [{ sku: made.s1, qty: 1, first: 1 }] });
});
afterAll(() => db.close());

const cardOf = (report: { cards: { key: string }[] }, key: string) => report.cards.find((c) => c.key === key) as unknown as { value: number | null; baseline: number | null; target: number | null; trend: (number | null)[]; note?: string };

describe('dashboard.kpis', () => {
  it('computes every order card of DESIGN.md §6 and compares it with the previous period', async () => {
    const caller = await callerFor(db.db, world.people.viewerA);
    const r = await caller.dashboard.kpis({ org: world.a.slug, ...view });
    expect(r.view.period).toMatchObject({ from: '2025-04-24', to: '2025-04-30', days: 7 });
    expect(r.view.baseline).toMatchObject({ from: '2025-04-17', to: '2025-04-23' });
    expect(cardOf(r, 'avgDeliveryDays').value).toBeCloseTo((3 + 1.5 + 2) / 3, 4);
    expect(cardOf(r, 'avgDeliveryDays').baseline).toBeCloseTo(1, 4);
    expect(cardOf(r, 'avgDeliveryDays').target).toBeCloseTo((2 * 2 + 1 * 3) / 3, 4);
    expect(cardOf(r, 'onTimeRate').value).toBeCloseTo(2 / 3, 6);
    expect(cardOf(r, 'onTimeRate').baseline).toBe(1);
    expect(cardOf(r, 'onTimeRate').target).toBe(0.95);
    expect(cardOf(r, 'shippingCostPerUnit').value).toBeCloseTo(15 / 10, 6);
    expect(cardOf(r, 'orderFillRate').value).toBeCloseTo(2 / 3, 6);
    expect(cardOf(r, 'lineFillRate').value).toBeCloseTo(10 / 11, 6);
    expect(cardOf(r, 'lineFillRate').target).toBeCloseTo((6 * 0.9 + 5 * 0.96) / 11, 6);
    expect(cardOf(r, 'stockoutValue').value).toBeCloseTo(20, 4);
    expect(cardOf(r, 'stockoutValue').baseline).toBe(0);
    expect(cardOf(r, 'excessValue')).toMatchObject({ value: null, note: 'needs a planning run' });
    expect(cardOf(r, 'onTimeRate').trend).toHaveLength(12);
    expect(cardOf(r, 'onTimeRate').trend.at(-1)).toBeCloseTo(2 / 3, 6);
    expect(cardOf(r, 'onTimeRate').trend.at(-2)).toBe(1);
    expect(r.hasOrders).toBe(true);
  });

  it('reads inventory where the stock write path put it (today), with carrying cost and days of supply', async () => {
    const today = todayIn(TZ);
    await withTenant(db.db, world.a.id, async (tx) => {
      const tenant = { id: world.a.id, slug: world.a.slug, name: 'a', kind: 'importer' as const, currency: 'USD', timezone: TZ, role: 'owner' as const, via: 'membership' as const };
      await applyStockChanges({ tx, tenant, user: { id: world.people.ownerA.id, email: 'x', name: null } }, { movements: [{ skuId: ids.s1, locationId: ids.l1, qty: 30, kind: 'receipt' }, { skuId: ids.s2, locationId: ids.l1, qty: 10, kind: 'receipt' }] });
    });
    const caller = await callerFor(db.db, world.people.ownerA);
    const r = await caller.dashboard.kpis({ org: world.a.slug, period: { kind: 'last7' }, baseline: { kind: 'previous' }, asOf: today });
    expect(cardOf(r, 'inventoryValue').value).toBeCloseTo(30 * 10 + 10 * 4, 4);
    expect(cardOf(r, 'carryingCost').value).toBeCloseTo((340 * 0.25 * 7) / 365, 4);
    // No order in the 90 days before today: no demand, so no days of supply (not "infinite").
    expect(cardOf(r, 'daysOfSupply').value).toBeNull();
    const locations = await caller.dashboard.locations({ org: world.a.slug, period: { kind: 'last7' }, asOf: today });
    expect(locations).toEqual([expect.objectContaining({ code: 'DAL', units: 40, stockValue: 340, excessValue: null })]);
  });
});

describe('dashboard.planning', () => {
  it('measures excess against the latest succeeded run and its forecasts against the weeks that passed', async () => {
    // Runs after the inventory test: DAL holds 30 x S1 and 10 x S2 now.
    const [older] = await db.ownerQuery<{ id: string }>(`insert into planning_runs (tenant_id, id, status, started_at, finished_at) values ($1, gen_random_uuid(), 'succeeded', '2025-04-01', '2025-04-01') returning id`, [world.a.id]);
    const [run] = await db.ownerQuery<{ id: string }>(`insert into planning_runs (tenant_id, id, status, started_at, finished_at) values ($1, gen_random_uuid(), 'succeeded', '2025-04-20', '2025-04-20') returning id`, [world.a.id]);
    await db.ownerQuery(`insert into planning_runs (tenant_id, id, status, started_at, finished_at, error) values ($1, gen_random_uuid(), 'failed', '2025-04-25', '2025-04-25', 'x')`, [world.a.id]);
    const target = (runId: string, sku: string, upTo: number) =>
      db.ownerQuery(`insert into stock_targets (tenant_id, id, run_id, sku_id, location_id, demand_per_day, safety_stock, reorder_point, order_up_to, service_level, abc_class, xyz_class) values ($1, gen_random_uuid(), $2, $3, $4, 1, 0, 0, $5, 0.95, 'A', 'X')`, [world.a.id, runId, sku, ids.l1, upTo]);
    await target(run!.id, ids.s1, 20);
    await target(run!.id, ids.s2, 50);
    await target(older!.id, ids.s1, 0);
    // Week of Monday 21 April (complete on the 30th): forecast 3, actual 4 + 2 = 6. The next week has not passed.
    await db.ownerQuery(`insert into forecasts (tenant_id, id, run_id, sku_id, region_id, method, first_week, horizon_weeks, weekly_values, wape, bias) values ($1, gen_random_uuid(), $2, $3, $4, 'ses', '2025-04-21', 2, '{3,10}', 0.1, 0.1)`, [world.a.id, run!.id, ids.s1, ids.r1]);
    const caller = await callerFor(db.db, world.people.viewerA);
    const figures = await caller.dashboard.planning({ org: world.a.slug, ...view });
    expect(figures.run?.id).toBe(run!.id);
    expect(figures.excessValue).toBeCloseTo((30 - 20) * 10, 6);
    expect(figures.excessByLocation).toEqual({ [ids.l1]: 100 });
    expect(figures.forecast).toMatchObject({ basis: 'actuals', weeks: 1 });
    expect(figures.forecast!.wape).toBeCloseTo(3 / 6, 6);
    expect(figures.forecast!.bias).toBeCloseTo(-3 / 6, 6);
    // Before the first week has passed: the run's holdout figures.
    const early = await caller.dashboard.planning({ org: world.a.slug, ...view, asOf: '2025-04-22' });
    expect(early.forecast).toMatchObject({ basis: 'holdout', wape: 0.1, bias: 0.1 });
    await db.ownerQuery(`delete from planning_runs where tenant_id = $1`, [world.a.id]);
  });
});

describe('dashboard tables and drill-downs', () => {
  it('lists regions worst first with the gap in words', async () => {
    const caller = await callerFor(db.db, world.people.viewerA);
    const rows = await caller.dashboard.regions({ org: world.a.slug, ...view });
    expect(rows.map((r) => r.summary)).toEqual(['US-W: 2.3 days vs a 2-day SLA, 50% on time vs 95%', 'US-E: 2 days vs a 3-day SLA, 100% on time vs 95%']);
    expect(rows[0]).toMatchObject({ orders: 2, stockoutValue: 20, shippingCostPerUnit: 10 / 5 });
  });

  it('lists the SKUs of a region and filters the cards by one SKU (sku_daily)', async () => {
    const caller = await callerFor(db.db, world.people.viewerA);
    const skusOfRegion = await caller.dashboard.skus({ org: world.a.slug, ...view, filter: { regionId: ids.r1 } });
    expect(skusOfRegion).toEqual([expect.objectContaining({ code: 'S1', orders: 2, unitsOrdered: 6, stockoutValue: 20 })]);
    const r = await caller.dashboard.kpis({ org: world.a.slug, ...view, filter: { skuId: ids.s1 } });
    expect(cardOf(r, 'lineFillRate').value).toBeCloseTo(5 / 6, 6);
    expect(cardOf(r, 'onTimeRate').value).toBeCloseTo(1 / 2, 6);
    expect(cardOf(r, 'shippingCostPerUnit')).toMatchObject({ value: null, note: 'shipping cost is per order, not per SKU' });
    const region = await caller.dashboard.kpis({ org: world.a.slug, ...view, filter: { regionId: ids.r2 } });
    expect(cardOf(region, 'avgDeliveryDays')).toMatchObject({ target: 3 });
    expect(cardOf(region, 'inventoryValue')).toMatchObject({ value: null, note: 'stock is held at locations: open one' });
  });

  it('names the subject of a drill-down, and another tenant’s region is not found', async () => {
    const caller = await callerFor(db.db, world.people.viewerA);
    expect(await caller.dashboard.subject({ org: world.a.slug, filter: { locationId: ids.l1 } })).toMatchObject({ kind: 'location', code: 'DAL', name: 'Dallas' });
    expect((await refusal(caller.dashboard.subject({ org: world.a.slug, filter: { regionId: ids.foreignRegion } }))).code).toBe('NOT_FOUND');
    const r = await caller.dashboard.regions({ org: world.a.slug, ...view, filter: { regionId: ids.foreignRegion } });
    expect(r).toEqual([]);
  });

  it('refuses a custom period without its days, and a period longer than two years, saying which field', async () => {
    const caller = await callerFor(db.db, world.people.viewerA);
    const missing = await refusal(caller.dashboard.kpis({ org: world.a.slug, period: { kind: 'custom', from: '2025-04-01' } }));
    expect(missing.code).toBe('BAD_REQUEST');
    expect(missing.fields).toMatchObject({ 'period.to': 'A custom period needs a last day.' });
    const long = await refusal(caller.dashboard.kpis({ org: world.a.slug, period: { kind: 'custom', from: '2020-01-01', to: '2025-01-01' } }));
    expect(long.code).toBe('BAD_REQUEST');
  });

  it('gives a new tenant an empty report, not zeros', async () => {
    const caller = await callerFor(db.db, world.people.ownerB);
    const r = await caller.dashboard.kpis({ org: world.b.slug, ...view });
    expect(r.hasOrders).toBe(false);
    expect(cardOf(r, 'onTimeRate').value).toBeNull();
    expect(cardOf(r, 'inventoryValue').value).toBe(0);
  });
});

describe('periods and baselines (pure)', () => {
  it('resolves quarter to date, the same period last year (29 February) and a fixed baseline date', () => {
    expect(resolveView({ kind: 'qtd' }, { kind: 'year' }, '2024-05-10').period).toMatchObject({ from: '2024-04-01', to: '2024-05-10', days: 40 });
    expect(sameDayLastYear('2024-02-29')).toBe('2023-02-28');
    const fixed = resolveView({ kind: 'last28' }, { kind: 'fixed', date: '2025-03-01' }, '2025-04-30');
    expect(fixed.baseline).toMatchObject({ from: '2025-02-01', to: '2025-02-28', days: 28 });
  });

  it('averages a step function of inventory rows day by day', () => {
    // 100 for 10 days, then 200 for the remaining 355: (1000 + 71000) / 365.
    expect(stepAverage(100, [{ day: '2025-01-11', value: 200 }], '2025-01-01', '2025-12-31')).toBeCloseTo((100 * 10 + 200 * 355) / 365, 9);
    expect(regionSummary({ code: 'X', avgDeliveryDays: null, targetDeliveryDays: 2, onTimeRate: null, onTimeTarget: 0.95, deliveredOrders: 0 })).toBe('X: no delivered orders in the period');
  });
});
