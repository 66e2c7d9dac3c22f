/**
 * The "bank" test of stock (real Postgres only, `npm run test:pg`): CLIENTS concurrent clients, each its
 * own connection and transactions, run OPERATIONS_PER_CLIENT random operations against a small, hot
 * network (4 locations x 5 SKUs, so they collide constantly): receipts, adjustments up and down, and
 * transfers created, approved, shipped (sometimes by two clients at once) and received in parts.
 * Random choices come from seeded streams, so a run is reproducible up to the interleaving.
 *
 * Afterwards, as the database owner (bypassing the app's code):
 * - no balance is negative (on hand, reserved, inbound);
 * - units are conserved: on hand + inbound = opening stock + receipts + applied adjustments;
 * - every balance equals the sum of its ledger, and the consistency procedure agrees;
 * - inbound at each location equals the units of its in-transit transfers not yet received;
 * - no transfer shipped twice: at most one transfer_out per transfer line, equal to its shipped units,
 *   and of every pair of simultaneous ships exactly one succeeded.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@/db/client';
import { locations, skus, transferLanes } from '@/db/schema';
import { SeededRandom } from '@/db/seed/random';
import { retryInSavepoint } from '@/server/services/stock/retry';
import { callerFor, makeOrg, twoTenants } from './support/actors';
import { onRealPostgres, openTestDatabase, type TestDatabase } from './support/database';
import { newTally, runClient, type Caller } from './support/stock-bank-workload';

const CLIENTS = 24;
const OPERATIONS_PER_CLIENT = 90; // 24 x 90 = 2,160 operations
const OPENING_UNITS = 120;
const SEED = 'stock-bank-v1';

describe.skipIf(!onRealPostgres)('stock bank test on a real Postgres server', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    const previous = process.env.DATABASE_POOL_SIZE;
    process.env.DATABASE_POOL_SIZE = String(CLIENTS + 4);
    db = await openTestDatabase();
    if (previous === undefined) delete process.env.DATABASE_POOL_SIZE;
    else process.env.DATABASE_POOL_SIZE = previous;
  });
  afterAll(() => db?.close());

  it(`${CLIENTS} concurrent clients, ${CLIENTS * OPERATIONS_PER_CLIENT} random operations: no negative stock, units conserved, ledger = balances, no double shipment`, async () => {
    const world = await twoTenants(db.db);
    const org = world.a.slug;
    const tenantId = world.a.id;
    const net = await withTenant(db.db, tenantId, async (tx) => {
      const locs = await tx
        .insert(locations)
        .values(['NYC', 'CHI', 'DAL', 'TOR'].map((c) => ({ tenantId, code: c, name: c, country: c === 'TOR' ? 'CA' : 'US' })))
        .returning();
      const items = await tx
        .insert(skus)
        .values([1, 2, 3, 4, 5].map((i) => ({ tenantId, code: `BANK-${i}`, name: `Bank SKU ${i}`, unitCost: i })))
        .returning();
      const lanes = locs.flatMap((f) => locs.filter((t) => t.id !== f.id).map((t) => ({ tenantId, fromLocationId: f.id, toLocationId: t.id, transitDays: 2, customsDays: f.country === t.country ? 0 : 1 })));
      await tx.insert(transferLanes).values(lanes);
      return { locationIds: locs.map((l) => l.id), skuIds: items.map((s) => s.id) };
    });

    const setup = await callerFor(db.db, world.people.plannerA);
    for (const locationId of net.locationIds) {
      for (const skuId of net.skuIds) await setup.stock.receive({ org, skuId, locationId, qty: OPENING_UNITS, reference: 'opening' });
    }
    const openingUnits = OPENING_UNITS * net.locationIds.length * net.skuIds.length;
    const people = [world.people.plannerA, world.people.ownerA, world.people.adminA, world.people.amP];
    const callers: Caller[] = [];
    for (let i = 0; i < CLIENTS; i++) callers.push(await callerFor(db.db, people[i % people.length]!));
    const deadlocksBefore = await deadlockCount(db);

    const tally = newTally();
    const started = performance.now();
    await Promise.all(callers.map((caller, i) => runClient(caller, org, net, i, new SeededRandom(`${SEED}:${i}`), tally, OPERATIONS_PER_CLIENT)));
    const seconds = (performance.now() - started) / 1000;
    const deadlocks = (await deadlockCount(db)) - deadlocksBefore;
    console.log(
      `BANK clients=${CLIENTS} operations=${tally.operations} seconds=${seconds.toFixed(2)} ops_per_second=${(tally.operations / seconds).toFixed(0)} ` +
        `transfers=${tally.transfersCreated} shipped=${tally.transfersShipped} received=${tally.transfersReceived} refused_for_stock=${tally.refusedForStock} ` +
        `double_ship_races=${tally.doubleShipRaces} deadlocks=${deadlocks}`,
    );

    expect(tally.unexpected).toEqual([]);
    expect(tally.operations).toBeGreaterThanOrEqual(2000);
    expect(tally.transfersShipped).toBeGreaterThan(50);
    expect(tally.refusedForStock).toBeGreaterThan(0); // the mix does push stock to its limits
    expect(tally.doubleShipRaces).toBeGreaterThan(10);
    expect(tally.doubleShipped).toBe(0);
    // Balance rows are locked in one fixed order, so concurrent stock operations queue instead of deadlocking.
    expect(deadlocks).toBe(0);

    const [negative] = await db.ownerQuery<{ n: string }>(`select count(*) as n from stock_levels where on_hand < 0 or reserved < 0 or inbound < 0 or on_order < 0`);
    expect(Number(negative?.n)).toBe(0);

    const [totals] = await db.ownerQuery<{ on_hand: string; inbound: string; ledger: string }>(
      `select (select sum(on_hand) from stock_levels where tenant_id = $1) as on_hand,
              (select sum(inbound) from stock_levels where tenant_id = $1) as inbound,
              (select sum(qty) from stock_movements where tenant_id = $1) as ledger`,
      [tenantId],
    );
    expect(Number(totals?.on_hand) + Number(totals?.inbound)).toBe(openingUnits + tally.receiptsUnits + tally.adjustmentsUnits);
    expect(Number(totals?.ledger)).toBe(Number(totals?.on_hand));

    const ledgerMismatches = await db.ownerQuery(
      `select l.sku_id, l.location_id from stock_levels l
       left join (select sku_id, location_id, sum(qty) as units from stock_movements where tenant_id = $1 group by 1, 2) m using (sku_id, location_id)
       where l.tenant_id = $1 and l.on_hand <> coalesce(m.units, 0)`,
      [tenantId],
    );
    expect(ledgerMismatches).toEqual([]);
    expect(await setup.stock.consistency({ org })).toMatchObject({ consistent: true, mismatches: [] });

    const inboundMismatches = await db.ownerQuery(
      `select l.sku_id, l.location_id, l.inbound, coalesce(t.units, 0) as in_transit from stock_levels l
       left join (select tl.sku_id, tr.to_location_id as location_id, sum(tl.qty_shipped - tl.qty_received) as units
                  from transfer_lines tl join transfers tr on tr.tenant_id = tl.tenant_id and tr.id = tl.transfer_id
                  where tl.tenant_id = $1 and tr.status = 'in_transit' group by 1, 2) t using (sku_id, location_id)
       where l.tenant_id = $1 and l.inbound <> coalesce(t.units, 0)`,
      [tenantId],
    );
    expect(inboundMismatches).toEqual([]);

    const doubleShipped = await db.ownerQuery(
      `select tl.transfer_id, tl.sku_id, tl.qty_shipped, count(m.id) as outs, coalesce(-sum(m.qty), 0) as out_units
       from transfer_lines tl
       left join stock_movements m on m.tenant_id = tl.tenant_id and m.transfer_id = tl.transfer_id and m.sku_id = tl.sku_id and m.kind = 'transfer_out'
       where tl.tenant_id = $1
       group by tl.transfer_id, tl.sku_id, tl.qty_shipped
       having count(m.id) > 1 or coalesce(-sum(m.qty), 0) <> tl.qty_shipped`,
      [tenantId],
    );
    expect(doubleShipped).toEqual([]);
    const [shipped] = await db.ownerQuery<{ n: string }>(`select count(*) as n from transfers where tenant_id = $1 and shipped_at is not null`, [tenantId]);
    expect(Number(shipped?.n)).toBe(tally.transfersShipped);

    // Today's inventory rollup, kept by every concurrent write with deltas, equals the balances it sums.
    const rollupMismatches = await db.ownerQuery(
      `select b.location_id, b.units, d.units as rolled from
         (select location_id, sum(on_hand)::int as units from stock_levels where tenant_id = $1 group by location_id) b
         left join inventory_daily d on d.tenant_id = $1 and d.location_id = b.location_id
           and d.day = (select max(day) from inventory_daily where tenant_id = $1)
       where d.units is distinct from b.units`,
      [tenantId],
    );
    expect(rollupMismatches).toEqual([]);
  }, 300_000);

  it('a deadlock victim is rolled back to its savepoint and retried (retry.ts), and both operations complete', async () => {
    const org = await makeOrg(db.db, 'deadlock-check');
    const [x, y] = await withTenant(db.db, org.id, (tx) =>
      tx
        .insert(locations)
        .values([
          { tenantId: org.id, code: 'X', name: 'X', country: 'US' },
          { tenantId: org.id, code: 'Y', name: 'Y', country: 'US' },
        ])
        .returning(),
    );
    // Two transactions lock X and Y in opposite orders (what the fixed order of apply-movements.ts prevents).
    let holding = 0;
    let bothHold!: () => void;
    const barrier = new Promise<void>((resolve) => (bothHold = resolve));
    const retries: string[] = [];
    const run = (first: string, second: string) =>
      withTenant(db.db, org.id, (tx) =>
        retryInSavepoint(
          tx,
          async (sp) => {
            await sp.execute(sql`select id from locations where id = ${first} for update`);
            if (++holding === 2) bothHold();
            await barrier;
            await sp.execute(sql`select id from locations where id = ${second} for update`);
            return 'done';
          },
          { onRetry: (attempt, sqlState) => retries.push(`${attempt}:${sqlState}`) },
        ),
      );
    const deadlocksBefore = await deadlockCount(db);
    expect(await Promise.all([run(x!.id, y!.id), run(y!.id, x!.id)])).toEqual(['done', 'done']);
    expect(retries).toEqual(['1:40P01']);
    expect((await deadlockCount(db)) - deadlocksBefore).toBe(1);
  });
});

async function deadlockCount(db: TestDatabase): Promise<number> {
  const [row] = await db.ownerQuery<{ deadlocks: string }>(`select deadlocks from pg_stat_database where datname = current_database()`);
  return Number(row?.deadlocks ?? 0);
}
