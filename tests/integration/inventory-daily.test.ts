/**
 * The stock write path keeps today's inventory_daily row of every touched location equal to the
 * location's balances (units, and value at unit cost), so dashboards read the rollup, not the balances.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { todayIn } from '@/server/services/master-data/today';
import { openTestDatabase, type TestDatabase } from './support/database';
import { stockWorld, type StockWorld } from './support/stock-world';

let db: TestDatabase;
let w: StockWorld;
beforeAll(async () => {
  db = await openTestDatabase();
});
beforeEach(async () => {
  await db.reset();
  w = await stockWorld(db.db);
});
afterAll(() => db.close());

/** Today's rollup and the balances it must equal, per location code, read as the owner. */
async function rollupVersusBalances() {
  const day = todayIn('America/Chicago');
  const rollup = await db.ownerQuery<{ code: string; units: number; value: string }>(
    `select l.code, d.units, d.value::text as value from inventory_daily d join locations l on l.tenant_id = d.tenant_id and l.id = d.location_id
     where d.tenant_id = $1 and d.day = $2 order by l.code`,
    [w.a.id, day],
  );
  const balances = await db.ownerQuery<{ code: string; units: number; value: string }>(
    `select l.code, sum(s.on_hand)::int as units, sum(s.on_hand * k.unit_cost)::numeric(14,4)::text as value
     from stock_levels s join locations l on l.tenant_id = s.tenant_id and l.id = s.location_id join skus k on k.tenant_id = s.tenant_id and k.id = s.sku_id
     where s.tenant_id = $1 group by l.code order by l.code`,
    [w.a.id],
  );
  const norm = (rows: { code: string; units: number; value: string }[]) => rows.map((r) => ({ code: r.code, units: Number(r.units), value: Number(r.value) }));
  return { rollup: norm(rollup), balances: norm(balances) };
}

describe('inventory_daily on the stock write path', () => {
  it('follows receipts, adjustments and transfers (shipped, partly received)', async () => {
    const org = w.orgA;
    const p = w.callers.planner;
    await p.stock.receive({ org, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: 40, reference: 'r1' });
    await p.stock.receive({ org, skuId: w.inA.skuB.id, locationId: w.inA.chi.id, qty: 25, reference: 'r2' });
    expect((await rollupVersusBalances()).rollup).toEqual([{ code: 'CHI', units: 65, value: 40 * 10 + 25 * 20 }]);

    await p.stock.adjust({ org, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: -3, reason: 'damaged' });
    const t = await p.transfers.create({ org, fromLocationId: w.inA.chi.id, toLocationId: w.inA.atl.id, lines: [{ skuId: w.inA.skuB.id, qty: 10 }] });
    await p.transfers.approve({ org, transferId: t.id });
    await p.transfers.ship({ org, transferId: t.id });
    await p.transfers.receive({ org, transferId: t.id, lines: [{ skuId: w.inA.skuB.id, qty: 4 }] });

    const { rollup, balances } = await rollupVersusBalances();
    expect(rollup).toEqual(balances);
    expect(rollup).toEqual([
      { code: 'ATL', units: 4, value: 80 },
      { code: 'CHI', units: 52, value: 37 * 10 + 15 * 20 },
    ]);
  });

  it('a refused change leaves the rollup as it was', async () => {
    const org = w.orgA;
    await w.callers.planner.stock.receive({ org, skuId: w.inA.skuC.id, locationId: w.inA.tor.id, qty: 8, reference: 'r' });
    const before = await rollupVersusBalances();
    await expect(
      w.callers.planner.stock.adjust({ org, skuId: w.inA.skuC.id, locationId: w.inA.tor.id, qty: -9, reason: 'too many' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await rollupVersusBalances()).toEqual(before);
  });
});
