/**
 * networkCompare.* through tRPC callers on PGlite: the article's table (distributed-inventory-article.txt,
 * "Centralized (Single Warehouse)" vs "Distributed (4 Regional Centers)") computed from a tenant's rows — orders,
 * lanes, SLAs, costs — within the article's stated figures; the k sweep; infeasible k explained; empty states;
 * validation; the CSV of the table; another tenant's data never mixed in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@/db/client';
import { lanes, locations, orderLines, orders, regions, skus } from '@/db/schema';
import { normalQuantile } from '@/server/planning/inventory';
import { openTestDatabase, type TestDatabase } from './support/database';
import { addMember, callerFor, makeOrg, twoTenants } from './support/actors';
import { downloadCsv, refusal } from './support/master-data';
import { ARTICLE_LEAD_TIME, ARTICLE_PARAMETERS, articleDailyDemand, buildArticleNetwork, CENTRAL_CODE, REGIONAL_CODES } from './network-compare-fixtures';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;

beforeAll(async () => {
  db = await openTestDatabase();
  world = await twoTenants(db.db);
  await buildArticleNetwork(db.db, world.a.id);
  // Tenant B has the same network and twice the demand: nothing of it may leak into A's figures.
  await buildArticleNetwork(db.db, world.b.id);
  await withTenant(db.db, world.b.id, (tx) => tx.update(orderLines).set({ qtyOrdered: 999 }));
});
afterAll(() => db.close());

const caller = () => callerFor(db.db, world.people.viewerA);
const millions = (x: number) => (x / 1e6).toFixed(1);
const pct = (x: number) => Math.round(x * 100);

describe("the article's table from the tenant's own history", () => {
  it('centralized (one warehouse) vs the optimal 4 of 5 (the four regional centers), within the stated figures', async () => {
    const result = await (await caller()).networkCompare.compare({ org: world.a.slug, ...ARTICLE_PARAMETERS, k: 4 });
    expect(result.status).toBe('ready');
    const central = result.rows.find((r) => r.key === 'centralized')!.result!;
    const distributed = result.rows.find((r) => r.key === 'optimized')!.result!;
    expect(central.openLocationCodes).toEqual([CENTRAL_CODE]);
    expect([...distributed.openLocationCodes].sort()).toEqual(REGIONAL_CODES);

    // | Average Delivery Time | 5.2 days | 2.1 days |
    expect(central.figures.averageDeliveryDays.toFixed(1)).toBe('5.2');
    expect(distributed.figures.averageDeliveryDays.toFixed(1)).toBe('2.1');
    // | Shipping Cost per Unit | $8.50 | $4.20 |
    expect(central.figures.shippingCostPerUnit.toFixed(2)).toBe('8.50');
    expect(distributed.figures.shippingCostPerUnit.toFixed(2)).toBe('4.20');
    // | Total Inventory Holding | $2.1M | $2.6M (+24%) |
    expect(millions(central.figures.inventoryValue)).toBe('2.1');
    expect(millions(distributed.figures.inventoryValue)).toBe('2.6');
    expect(pct(distributed.figures.inventoryValue / central.figures.inventoryValue - 1)).toBe(24);
    // | Order Fill Rate | 91% | 97% |
    expect(pct(central.figures.expectedFillRate)).toBe(91);
    expect(pct(distributed.figures.expectedFillRate)).toBe(97);
    expect(distributed.figures.crossShipping).toBe(true);
    // Without back-up shipping between centers the same stock would fill less than the central warehouse.
    expect(distributed.figures.expectedFillRateOwnStock).toBeLessThan(central.figures.expectedFillRate);

    expect(central.figures.slaMetShare).toBeCloseTo(0.24, 2);
    expect(distributed.figures.slaMetShare).toBe(1);
    for (const r of [central, distributed]) {
      expect(r.figures.safetyStockValue + r.figures.cycleStockValue).toBeCloseTo(r.figures.inventoryValue, 4);
      expect(r.feasible).toBe(true);
    }
    expect(result.sentence).toBe(
      'Distributing to 4 locations cuts delivery days 5.2 → 2.1 and shipping cost per unit 51%, for 26% more safety stock; total cost per year falls 43%; demand delivered within its SLA 24% → 100%.',
    );
  });

  it('the safety stock is z(95%) x sigma over L + R of the pooled daily demand, computed here from the order lines', async () => {
    const result = await (await caller()).networkCompare.compare({ org: world.a.slug, ...ARTICLE_PARAMETERS, k: 4 });
    const central = result.rows.find((r) => r.key === 'centralized')!.result!;
    const z = normalQuantile(0.95);
    const sample = (xs: number[]) => {
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      return { mean, variance: xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1) };
    };
    let expected = 0;
    const bySku = new Map<string, { mean: number; variance: number }>();
    for (const row of articleDailyDemand()) {
      const s = sample(row.daily);
      const acc = bySku.get(row.sku) ?? { mean: 0, variance: 0 };
      bySku.set(row.sku, { mean: acc.mean + s.mean, variance: acc.variance + s.variance });
    }
    const protectionDays = ARTICLE_LEAD_TIME.days + ARTICLE_PARAMETERS.reviewPeriodDays;
    for (const { mean, variance } of bySku.values()) {
      expected += z * Math.sqrt(protectionDays * variance + mean ** 2 * ARTICLE_LEAD_TIME.sdDays ** 2);
    }
    expect(central.figures.safetyStockUnits).toBeCloseTo(expected, 6);
    expect(central.figures.demandPerDay).toBeCloseTo(articleDailyDemand().reduce((s, r) => s + r.daily.reduce((a, b) => a + b, 0), 0) / 90, 9);
  });

  it('the current network is every active location, with the counts and assumptions behind the figures', async () => {
    const result = await (await caller()).networkCompare.compare({ org: world.a.slug, ...ARTICLE_PARAMETERS });
    expect(result.k).toBe(5);
    const current = result.rows.find((r) => r.key === 'current')!.result!;
    expect(current.openLocationCodes.sort()).toEqual([...REGIONAL_CODES, CENTRAL_CODE].sort());
    expect(result.locations.map((l) => l.code).sort()).toEqual([...REGIONAL_CODES, CENTRAL_CODE].sort());
    expect(result.regions.map((r) => r.code).sort()).toEqual(['US-MW', 'US-NE', 'US-S', 'US-W']);
    expect(result.skuCount).toBe(3);
    expect(result.orderLineCount).toBe(90 * 4 * 3);
    expect(result.currentSentence).toMatch(/^Distributing to 5 locations cuts delivery days 5\.2 → 2\.1/);
    expect(result.assumptions.join(' ')).toMatch(/35 days \(sd 3\.8\)/);
  });

  it('sweeps k = 1..N one solve at a time; k = 4 is the optimized row; every point opens exactly k', async () => {
    const c = await caller();
    const compare = await c.networkCompare.compare({ org: world.a.slug, ...ARTICLE_PARAMETERS, k: 4 });
    const points = [];
    for (let k = 1; k <= 5; k++) points.push(await c.networkCompare.solveK({ org: world.a.slug, ...ARTICLE_PARAMETERS, k }));
    expect(points.map((p) => p.openLocationCodes.length)).toEqual([1, 2, 3, 4, 5]);
    expect(points.every((p) => p.feasible && p.locationCount === 5)).toBe(true);
    expect(points[3]!.figures).toEqual(compare.rows.find((r) => r.key === 'optimized')!.result!.figures);
    // More locations never make the delivery promise worse in this network.
    const days = points.map((p) => p.figures!.averageDeliveryDays);
    for (let i = 1; i < days.length; i++) expect(days[i]!).toBeLessThanOrEqual(days[i - 1]! + 1e-9);
  });

  it('with SLAs as hard constraints, k = 1 is infeasible and says which regions need which locations', async () => {
    const point = await (await caller()).networkCompare.solveK({ org: world.a.slug, ...ARTICLE_PARAMETERS, slaMode: 'constraint', k: 1 });
    expect(point.feasible).toBe(false);
    expect(point.reason).toMatch(/^No network of exactly 1 location delivers to every region within its SLA/);
    expect(point.reason).toContain('US-MW (3-day SLA) only from ORD-RC');
    expect(point.reason).toContain('US-W (3-day SLA) only from LAX-CDC or LAX-RC');
    const table = await (await caller()).networkCompare.compare({ org: world.a.slug, ...ARTICLE_PARAMETERS, slaMode: 'constraint', k: 1 });
    expect(table.rows.find((r) => r.key === 'optimized')).toMatchObject({ result: null, reason: point.reason });
    expect(table.sentence).toBeNull();
  });

  it('downloads the table as CSV through the export registry, in the tenant currency', async () => {
    const csv = await downloadCsv(await caller(), world.a.slug, 'network-comparison', 'filter.k=4&filter.windowDays=90&filter.asOf=2026-06-14&filter.reviewPeriodDays=1');
    expect(csv.status).toBe(200);
    expect(csv.lines[0]).toBe('figure,unit,currency,centralized,current,optimized,centralized_locations,current_locations,optimized_locations');
    const delivery = csv.lines.find((l) => l.startsWith('Average delivery time,'))!.split(',');
    expect(Number(delivery[3]).toFixed(1)).toBe('5.2');
    expect(Number(delivery[5]).toFixed(1)).toBe('2.1');
    expect(delivery[2]).toBe('USD');
    expect(delivery[6]).toBe(CENTRAL_CODE);
  });
});

describe('what the page shows instead of a table', () => {
  it('no order history → import orders; no orders in the window → the latest order day; one location → nothing to compare', async () => {
    const empty = await makeOrg(db.db, 'empty-importer');
    await addMember(db.db, empty.id, world.people.ownerA.id, 'owner');
    const c = await callerFor(db.db, world.people.ownerA);
    const none = await c.networkCompare.compare({ org: empty.slug });
    expect(none.status).toBe('no-orders');
    expect(none.message).toMatch(/Import your orders/);
    expect(none.rows).toEqual([]);

    const early = await c.networkCompare.compare({ org: world.a.slug, asOf: '2026-01-31', windowDays: 30 });
    expect(early.status).toBe('no-demand-in-window');
    expect(early.message).toContain('the latest order day is 2026-06-14');

    const single = await makeOrg(db.db, 'single-site');
    await addMember(db.db, single.id, world.people.ownerA.id, 'owner');
    await withTenant(db.db, single.id, async (tx) => {
      const [l] = await tx.insert(locations).values({ tenantId: single.id, code: 'ONE', name: 'Only site', country: 'US' }).returning();
      const [r] = await tx.insert(regions).values({ tenantId: single.id, code: 'R', name: 'Region', country: 'US' }).returning();
      await tx.insert(lanes).values({ tenantId: single.id, locationId: l!.id, regionId: r!.id, transitDays: 2, costPerUnit: 5 });
      const [o] = await tx.insert(orders).values({ tenantId: single.id, externalRef: 'O1', regionId: r!.id, orderedAt: new Date('2026-06-10T15:00:00Z') }).returning();
      const [s] = await tx.insert(skus).values({ tenantId: single.id, code: 'S', name: 'Sku', unitCost: 10 }).returning();
      await tx.insert(orderLines).values({ tenantId: single.id, orderId: o!.id, skuId: s!.id, qtyOrdered: 5 });
    });
    const one = await c.networkCompare.compare({ org: single.slug, asOf: '2026-06-14' });
    expect(one.status).toBe('too-few-locations');
    expect(one.message).toMatch(/one active location there is nothing to compare/);
    expect((await refusal(c.networkCompare.solveK({ org: single.slug, asOf: '2026-06-14', k: 1 }))).code).toBe('BAD_REQUEST');
  });

  it('a region with demand but no lane from any location: the optimized row says which region', async () => {
    const c = await callerFor(db.db, world.people.ownerB);
    await withTenant(db.db, world.b.id, async (tx) => {
      const [alaska] = await tx.insert(regions).values({ tenantId: world.b.id, code: 'US-AK', name: 'Alaska', country: 'US' }).returning();
      const [o] = await tx.insert(orders).values({ tenantId: world.b.id, externalRef: 'AK-1', regionId: alaska!.id, orderedAt: new Date('2026-06-10T20:00:00Z') }).returning();
      const [line] = await tx.select().from(orderLines).limit(1);
      await tx.insert(orderLines).values({ tenantId: world.b.id, orderId: o!.id, skuId: line!.skuId, qtyOrdered: 90 });
    });
    const result = await c.networkCompare.compare({ org: world.b.slug, ...ARTICLE_PARAMETERS, k: 2 });
    const optimized = result.rows.find((r) => r.key === 'optimized')!;
    expect(optimized.result).toBeNull();
    expect(optimized.reason).toBe('Alaska (US-AK) has demand but no lane from any location, so no network can serve it. Add a lane.');
    const current = result.rows.find((r) => r.key === 'current')!.result!;
    expect(current.feasible).toBe(false);
    expect(current.unserved.map((u) => u.reason)).toEqual(['Alaska (US-AK) has 1.0 units/day of demand but no lane from any location: add a lane to it.']);
  });
});

describe('validation and access', () => {
  it('refuses bad parameters with the field and a clear message', async () => {
    const c = await caller();
    const short = await refusal(c.networkCompare.compare({ org: world.a.slug, windowDays: 3 }));
    expect(short.code).toBe('BAD_REQUEST');
    expect(short.fields.windowDays).toBe('The demand window is at least 7 days.');
    const level = await refusal(c.networkCompare.compare({ org: world.a.slug, serviceLevel: 1.2 }));
    expect(level.fields.serviceLevel).toBe('The service level must be below 100%.');
    const k = await refusal(c.networkCompare.solveK({ org: world.a.slug, ...ARTICLE_PARAMETERS, k: 9 }));
    expect(k.code).toBe('BAD_REQUEST');
    expect(k.fields.k).toBe('Choose 1 to 5.');
  });

  it("a member of A reads only A's demand: B's doubled demand never appears", async () => {
    const a = await (await caller()).networkCompare.compare({ org: world.a.slug, ...ARTICLE_PARAMETERS, k: 4 });
    expect(a.rows[0]!.result!.figures.demandPerDay).toBeCloseTo(4547, 6);
    const viaB = await refusal((await caller()).networkCompare.compare({ org: world.b.slug, ...ARTICLE_PARAMETERS }));
    expect(viaB.code).toBe('NOT_FOUND');
  });
});
