/**
 * Policy replay through the router on a real (embedded) database: weekly demand by local order week
 * (America/Chicago: a Sunday-night order belongs to that Sunday's week even though it is Monday in UTC), a replay
 * started, run in the background and polled to the end, the saved list, deletion, and clear refusals
 * (no order history, too little history before the period, a viewer starting one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type Database } from '@/db/client';
import { lanes, locations, orderLines, orders, regions, skus, slas, suppliers } from '@/db/schema';
import { loadReplayInput } from '@/server/services/replay/load-input';
import { startReplayInput } from '@/server/services/replay/schemas';
import type { TenantServiceContext } from '@/server/services/context';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { refusal } from './support/master-data';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;
let skuId = '';

const WEEKS = 40;
const FIRST_MONDAY = '2025-01-06';

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** One region, one central location, one SKU; 10 units every Monday 10:00 Chicago for 40 weeks, plus 5 on Sunday 16 March 23:30. */
async function seedTenant(database: Database, tenantId: string) {
  return withTenant(database, tenantId, async (tx) => {
    const [region] = await tx.insert(regions).values({ tenantId, code: 'SOUTH', name: 'South', country: 'US' }).returning();
    const [loc] = await tx.insert(locations).values({ tenantId, code: 'DAL', name: 'Dallas DC', country: 'US', isCentral: true, holdingRate: 0.25 }).returning();
    const [supplier] = await tx.insert(suppliers).values({ tenantId, code: 'SUP', name: 'Supplier', country: 'CN', leadTimeDays: 14 }).returning();
    const [sku] = await tx
      .insert(skus)
      .values({ tenantId, code: 'WIDGET', name: 'Widget', unitCost: 10, unitPrice: 20, supplierId: supplier!.id, casePack: 1 })
      .returning();
    await tx.insert(slas).values({ tenantId, regionId: region!.id, effectiveFrom: '2024-01-01', targetDeliveryDays: 2, targetFillRate: 0.95 });
    await tx.insert(lanes).values({ tenantId, locationId: loc!.id, regionId: region!.id, transitDays: 1, costPerUnit: 2 });
    const rows: { at: string; qty: number }[] = [];
    for (let w = 0; w < WEEKS; w++) rows.push({ at: `${addDays(FIRST_MONDAY, 7 * w)}T16:00:00Z`, qty: 10 }); // 10:00 CST / 11:00 CDT
    rows.push({ at: '2025-03-17T04:30:00Z', qty: 5 }); // Sunday 16 March, 23:30 in Chicago (CDT, UTC-5)
    for (const [i, r] of rows.entries()) {
      const [order] = await tx
        .insert(orders)
        .values({ tenantId, externalRef: `SO-${i}`, regionId: region!.id, orderedAt: new Date(r.at), shipFromLocationId: loc!.id })
        .returning();
      await tx.insert(orderLines).values({ tenantId, orderId: order!.id, skuId: sku!.id, qtyOrdered: r.qty });
    }
    return sku!.id;
  });
}

beforeAll(async () => {
  db = await openTestDatabase();
  world = await twoTenants(db.db);
  skuId = await seedTenant(db.db, world.a.id);
});
afterAll(() => db.close());

async function waitFor(caller: Awaited<ReturnType<typeof callerFor>>, org: string, id: string) {
  for (let i = 0; i < 240; i++) {
    const r = await caller.replay.get({ org, id });
    if (r.status === 'succeeded' || r.status === 'failed') return r;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('replay did not finish');
}

describe('replay service and router', () => {
  it('loads weekly demand by local order week, in the tenant time zone', async () => {
    const params = startReplayInput.parse({ from: '2025-06-02', to: '2025-09-28', skus: { mode: 'all' }, policies: ['footprint'] });
    const loaded = await withTenant(db.db, world.a.id, (tx) => {
      const ctx = { tx, tenant: { id: world.a.id, timezone: 'America/Chicago' } } as unknown as TenantServiceContext;
      return loadReplayInput(ctx, params);
    });
    const { input } = loaded;
    expect(input.firstSimulatedWeek).toBe(21); // 2025-01-06 .. 2025-05-26
    expect(input.weekCount).toBe(21 + 17); // to Sunday 28 September: the week of Monday 22 September is the last
    expect(loaded.weeks[0]).toBe('2025-06-02');
    expect(loaded.weeks.at(-1)).toBe('2025-09-22');
    const series = [...input.demand];
    expect(series[9]).toBe(15); // week of Monday 10 March holds the Sunday-night order
    expect(series.filter((_, w) => w !== 9).every((y) => y === 10)).toBe(true);
    expect(input.skus[0]).toMatchObject({ skuId, leadTimeDays: 14, unitCost: 10, unitPrice: 20, casePackUnits: 1 });
    expect(input.regions[0]).toMatchObject({ slaDeliveryDays: 2, targetFillRate: 0.95 });
  });

  it('starts a replay, runs it in the background with progress, and reopens the saved figures', async () => {
    const caller = await callerFor(db.db, world.people.plannerA);
    const org = world.a.slug;
    const started = await caller.replay.start({
      org,
      name: 'Summer 2025',
      from: '2025-06-02',
      to: '2025-09-28',
      skus: { mode: 'skus', skuIds: [skuId] },
      policies: ['footprint', 'independent', 'min-max', 'centralized'],
    });
    expect(started.status).toBe('queued');
    const done = await waitFor(caller, org, started.id);
    expect(done.error).toBeNull();
    expect(done.status).toBe('succeeded');
    expect(done.progress).toBe(1);
    const results = done.results!;
    expect(results.weeks).toHaveLength(17);
    expect(results.policies.map((p) => p.policy)).toEqual(['footprint', 'independent', 'min-max', 'centralized']);
    for (const p of results.policies) {
      expect(p.totals.demandUnits).toBe(170);
      expect(p.weekly.inventoryValue).toHaveLength(17);
      expect(p.regions[0]).toMatchObject({ code: 'SOUTH', slaDeliveryDays: 2, targetFillRate: 0.95, averageDeliveryDays: 1 });
    }
    // Constant demand after the history's one bump: Footprint's policy never runs out.
    expect(results.policies[0]!.totals.lineFillRate).toBe(1);
    expect(results.notes.join(' ')).toMatch(/No planning run has set min\/max/);
    expect(results.currency).toBe('USD');

    const list = await caller.replay.list({ org });
    expect(list[0]).toMatchObject({ id: started.id, name: 'Summer 2025', status: 'succeeded', skuCount: 1 });
    expect(list[0]!.headline?.map((h) => h.policy)).toEqual(['footprint', 'independent', 'min-max', 'centralized']);

    // A viewer reads it but cannot start or delete one.
    const viewer = await callerFor(db.db, world.people.viewerA);
    expect((await viewer.replay.get({ org, id: started.id })).status).toBe('succeeded');
    expect((await refusal(viewer.replay.delete({ org, id: started.id }))).code).toBe('FORBIDDEN');
    expect((await refusal(viewer.replay.start({ org, from: '2025-06-02', to: '2025-09-28', skus: { mode: 'all' }, policies: ['footprint'] }))).code).toBe(
      'FORBIDDEN',
    );

    await caller.replay.delete({ org, id: started.id });
    expect((await refusal(caller.replay.get({ org, id: started.id }))).code).toBe('NOT_FOUND');
    expect(await caller.replay.list({ org })).toHaveLength(0);
  });

  it('refuses clearly: no order history, too little history, a bad period, a bad selection', async () => {
    const ownerB = await callerFor(db.db, world.people.ownerB);
    const none = await refusal(ownerB.replay.start({ org: world.b.slug, from: '2025-06-02', to: '2025-09-28', skus: { mode: 'all' }, policies: ['footprint'] }));
    expect(none.code).toBe('BAD_REQUEST');
    expect(none.message).toMatch(/no order history.*Import your orders/i);
    expect((await ownerB.replay.options({ org: world.b.slug })).orderHistory).toBeNull();

    const caller = await callerFor(db.db, world.people.plannerA);
    const org = world.a.slug;
    const early = await refusal(caller.replay.start({ org, from: '2025-02-03', to: '2025-06-01', skus: { mode: 'all' }, policies: ['footprint'] }));
    expect(early.code).toBe('BAD_REQUEST');
    expect(early.fields.from).toBeDefined();
    expect(early.message).toMatch(/at least 8 weeks of order history.*on or after 2025-03-03/);
    const reversed = await refusal(caller.replay.start({ org, from: '2025-08-01', to: '2025-07-01', skus: { mode: 'all' }, policies: ['footprint'] }));
    expect(reversed.fields.to).toMatch(/on or after its start/);
    const noPolicy = await refusal(caller.replay.start({ org, from: '2025-06-02', to: '2025-07-01', skus: { mode: 'all' }, policies: [] }));
    expect(noPolicy.fields.policies).toMatch(/at least one policy/);
    const tooLong = await refusal(caller.replay.start({ org, from: '2025-06-02', to: '2027-09-01', skus: { mode: 'all' }, policies: ['footprint'] }));
    expect(tooLong.message).toMatch(/at most 104 weeks/);
    expect((await caller.replay.list({ org })).map((r) => r.name)).toEqual([]);

    const options = await caller.replay.options({ org });
    expect(options.orderHistory).toEqual({ firstDay: '2025-01-06', lastDay: '2025-10-06' });
    expect(options.earliestStart).toBe('2025-03-03');
    // 40 weeks of orders: the suggestion keeps 19 weeks (half the history) before the period.
    expect(options.suggested).toEqual({ from: '2025-05-19', to: '2025-10-06' });
    expect(options.centralLocation).toMatchObject({ code: 'DAL' });
  });
});
