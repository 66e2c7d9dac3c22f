/**
 * Stock: the balances, the append-only ledger and its one write path (apply-movements.ts) through the
 * stock router — receipts, adjustments with a reason, cycle counts, the views, the consistency check,
 * idempotency, refusals that write nothing, and foreign ids.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withTenant } from '@/db/client';
import { stockMovements } from '@/db/schema';
import { exportCsvResponse } from '@/server/csv/export-response';
import { openTestDatabase, type TestDatabase } from './support/database';
import { stockWorld, type StockWorld } from './support/stock-world';

let db: TestDatabase;
let w: StockWorld;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.reset();
  w = await stockWorld(db.db);
});

const receive = (skuId: string, locationId: string, qty: number) => w.callers.planner.stock.receive({ org: w.orgA, skuId, locationId, qty, reference: 'opening' });

async function onHand(skuId: string, locationId: string) {
  const { rows } = await w.callers.viewer.stock.levels({ org: w.orgA, filters: { skuId, locationId, hideEmpty: false } });
  return rows[0]?.onHand ?? 0;
}

describe('receipts and adjustments', () => {
  it('a receipt raises on hand and writes one receipt movement', async () => {
    const out = await receive(w.inA.skuA.id, w.inA.chi.id, 40);
    expect(out.balance.onHand).toBe(40);
    expect(out.movement).toMatchObject({ kind: 'receipt', qty: 40, reference: 'opening' });
    const ledger = await w.callers.viewer.stock.movements({ org: w.orgA, filters: { skuId: w.inA.skuA.id } });
    expect(ledger.total).toBe(1);
    expect(ledger.rows[0]).toMatchObject({ kind: 'receipt', qty: 40, skuCode: 'SKU-A', locationCode: 'CHI' });
  });

  it('an adjustment needs a reason and a non-zero whole number', async () => {
    const base = { org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id };
    await expect(w.callers.planner.stock.adjust({ ...base, qty: 5, reason: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(w.callers.planner.stock.adjust({ ...base, qty: 0, reason: 'typo' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(w.callers.planner.stock.adjust({ ...base, qty: 1.5, reason: 'half a lamp' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const out = await w.callers.planner.stock.adjust({ ...base, qty: 7, reason: 'found on a pallet' });
    expect(out.balance.onHand).toBe(7);
    expect(out.movement).toMatchObject({ kind: 'adjustment', qty: 7, reason: 'found on a pallet' });
  });

  it('a decrease below on hand is refused with the figures and writes nothing', async () => {
    await receive(w.inA.skuA.id, w.inA.chi.id, 10);
    const before = await db.snapshot();
    await expect(
      w.callers.planner.stock.adjust({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: -15, reason: 'damaged' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'Not enough stock of SKU SKU-A at CHI: on hand 10, asked 15.' });
    expect(await db.snapshot()).toEqual(before);
    expect(await onHand(w.inA.skuA.id, w.inA.chi.id)).toBe(10);
  });

  it('a decrease at a location that never held the SKU is refused too (the balance row is created, then rolled back)', async () => {
    const before = await db.snapshot();
    await expect(
      w.callers.planner.stock.adjust({ org: w.orgA, skuId: w.inA.skuB.id, locationId: w.inA.atl.id, qty: -1, reason: 'shrinkage' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('on hand 0, asked 1') });
    expect(await db.snapshot()).toEqual(before);
  });

  it('reserved units cannot be adjusted away', async () => {
    await receive(w.inA.skuA.id, w.inA.chi.id, 10);
    await db.ownerQuery(`update stock_levels set reserved = 8 where sku_id = $1 and location_id = $2`, [w.inA.skuA.id, w.inA.chi.id]);
    await expect(
      w.callers.planner.stock.adjust({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: -3, reason: 'damaged' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('(8 reserved)') });
    const ok = await w.callers.planner.stock.adjust({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: -2, reason: 'damaged' });
    expect(ok.balance).toMatchObject({ onHand: 8, reserved: 8 });
  });

  it('the same idempotency key records one adjustment however often it is sent', async () => {
    const input = { org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: 5, reason: 'found', idempotencyKey: 'adjust-0001-abcdef' };
    const first = await w.callers.planner.stock.adjust(input);
    const again = await w.callers.planner.stock.adjust(input);
    const [third, fourth] = await Promise.all([w.callers.planner.stock.adjust(input), w.callers.planner.stock.adjust(input)]);
    expect(first.replayed).toBe(false);
    expect([again, third, fourth].every((r) => r.replayed && r.movement.id === first.movement.id)).toBe(true);
    expect(await onHand(w.inA.skuA.id, w.inA.chi.id)).toBe(5);
    expect((await w.callers.viewer.stock.movements({ org: w.orgA })).total).toBe(1);
  });

  it('viewers cannot write stock', async () => {
    await expect(w.callers.viewer.stock.receive({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(w.callers.viewer.stock.adjust({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: 1, reason: 'x'.repeat(5) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("another tenant's SKU or location used inside one's own org is NOT_FOUND and changes nothing", async () => {
    const before = await db.snapshot();
    await expect(w.callers.planner.stock.receive({ org: w.orgA, skuId: w.inB.sku.id, locationId: w.inA.chi.id, qty: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(w.callers.planner.stock.adjust({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inB.here.id, qty: 1, reason: 'found' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(w.callers.planner.stock.count({ org: w.orgA, skuId: w.inB.sku.id, locationId: w.inB.here.id, countedQty: 3, reason: 'count' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.snapshot()).toEqual(before);
  });

  it('the app role cannot rewrite the ledger (append-only)', async () => {
    await receive(w.inA.skuA.id, w.inA.chi.id, 3);
    await expect(withTenant(db.db, w.a.id, (tx) => tx.update(stockMovements).set({ qty: 300 }))).rejects.toThrow();
    await expect(withTenant(db.db, w.a.id, (tx) => tx.delete(stockMovements))).rejects.toThrow();
    expect(await onHand(w.inA.skuA.id, w.inA.chi.id)).toBe(3);
  });
});

describe('cycle counts', () => {
  it('sets on hand to the counted figure by writing the difference as a count movement', async () => {
    await receive(w.inA.skuA.id, w.inA.chi.id, 50);
    const down = await w.callers.planner.stock.count({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, countedQty: 46, reason: 'monthly count', reference: 'sheet 12' });
    expect(down).toMatchObject({ differenceUnits: -4, onHandBefore: 50, onHand: 46 });
    const up = await w.callers.planner.stock.count({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, countedQty: 49, reason: 'recount' });
    expect(up.differenceUnits).toBe(3);
    const same = await w.callers.planner.stock.count({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, countedQty: 49, reason: 'recount' });
    expect(same).toMatchObject({ differenceUnits: 0, movementId: null });
    const counts = await w.callers.viewer.stock.movements({ org: w.orgA, filters: { kind: 'count' } });
    expect(counts.rows.map((r) => r.qty).sort((x, y) => x - y)).toEqual([-4, 3]);
    expect(await onHand(w.inA.skuA.id, w.inA.chi.id)).toBe(49);
  });

  it('a count at a new location creates the balance', async () => {
    const out = await w.callers.planner.stock.count({ org: w.orgA, skuId: w.inA.skuC.id, locationId: w.inA.tor.id, countedQty: 12, reason: 'first count' });
    expect(out).toMatchObject({ differenceUnits: 12, onHand: 12 });
    expect((await w.callers.viewer.stock.consistency({ org: w.orgA })).consistent).toBe(true);
  });
});

describe('views', () => {
  beforeEach(async () => {
    await receive(w.inA.skuA.id, w.inA.chi.id, 30);
    await receive(w.inA.skuA.id, w.inA.atl.id, 10);
    await receive(w.inA.skuB.id, w.inA.chi.id, 5);
    await receive(w.inA.skuC.id, w.inA.tor.id, 100);
  });

  it('detail rows carry on hand, available and value; paging reports the total', async () => {
    const page1 = await w.callers.viewer.stock.levels({ org: w.orgA, pageSize: 2, page: 1, sort: 'onHand', direction: 'desc' });
    expect(page1.total).toBe(4);
    expect(page1.rows.map((r) => [r.skuCode, r.locationCode, r.onHand])).toEqual([
      ['SKU-C', 'TOR', 100],
      ['SKU-A', 'CHI', 30],
    ]);
    expect(page1.rows[1]).toMatchObject({ available: 30, value: 300 });
    const page2 = await w.callers.viewer.stock.levels({ org: w.orgA, pageSize: 2, page: 2, sort: 'onHand', direction: 'desc' });
    expect(page2.rows.map((r) => r.onHand)).toEqual([10, 5]);
  });

  it('by SKU totals across locations; by location totals across SKUs', async () => {
    const bySku = await w.callers.viewer.stock.levels({ org: w.orgA, view: 'by-sku', sort: 'sku' });
    expect(bySku.rows.map((r) => [r.skuCode, r.onHand, r.spread, r.value])).toEqual([
      ['SKU-A', 40, 2, 400],
      ['SKU-B', 5, 1, 100],
      ['SKU-C', 100, 1, 250],
    ]);
    const byLocation = await w.callers.viewer.stock.levels({ org: w.orgA, view: 'by-location', sort: 'value', direction: 'desc' });
    expect(byLocation.rows.map((r) => [r.locationCode, r.onHand, r.spread, r.value])).toEqual([
      ['CHI', 35, 2, 400],
      ['TOR', 100, 1, 250],
      ['ATL', 10, 1, 100],
    ]);
    expect(byLocation.total).toBe(3);
  });

  it('search and filters narrow the rows (search text with wildcards is literal)', async () => {
    expect((await w.callers.viewer.stock.levels({ org: w.orgA, search: 'chair' })).rows.map((r) => r.skuCode)).toEqual(['SKU-B']);
    expect((await w.callers.viewer.stock.levels({ org: w.orgA, search: 'atlanta' })).rows.map((r) => r.skuCode)).toEqual(['SKU-A']);
    expect((await w.callers.viewer.stock.levels({ org: w.orgA, search: '%' })).total).toBe(0);
    expect((await w.callers.viewer.stock.levels({ org: w.orgA, filters: { locationId: w.inA.chi.id } })).total).toBe(2);
    expect((await w.callers.viewer.stock.levels({ org: w.orgA, filters: { locationId: w.inB.here.id } })).total).toBe(0);
  });

  it('movements filter by kind, SKU, location and date', async () => {
    await w.callers.planner.stock.adjust({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: -2, reason: 'broken' });
    const all = await w.callers.viewer.stock.movements({ org: w.orgA });
    expect(all.total).toBe(5);
    expect(all.rows[0]).toMatchObject({ kind: 'adjustment', qty: -2, reason: 'broken' });
    expect((await w.callers.viewer.stock.movements({ org: w.orgA, filters: { kind: 'receipt' } })).total).toBe(4);
    expect((await w.callers.viewer.stock.movements({ org: w.orgA, filters: { skuId: w.inA.skuA.id, locationId: w.inA.chi.id } })).total).toBe(2);
    expect((await w.callers.viewer.stock.movements({ org: w.orgA, search: 'broken' })).total).toBe(1);
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect((await w.callers.viewer.stock.movements({ org: w.orgA, filters: { from: tomorrow } })).total).toBe(0);
    expect((await w.callers.viewer.stock.movements({ org: w.orgA, filters: { to: tomorrow } })).total).toBe(5);
  });

  it('pickers list active SKUs and locations of the tenant only', async () => {
    const locationsA = await w.callers.viewer.stock.options({ org: w.orgA, kind: 'location' });
    expect(locationsA.map((o) => o.code)).toEqual(['ATL', 'CHI', 'TOR']);
    expect((await w.callers.viewer.stock.options({ org: w.orgA, kind: 'sku', search: 'lamp' })).map((o) => o.code)).toEqual(['SKU-A']);
    expect((await w.callers.viewer.stock.options({ org: w.orgA, kind: 'supplier' })).map((o) => o.code)).toEqual(['SHZ']);
  });
});

describe('consistency', () => {
  it('is empty after a sequence of operations and names a corrupted balance', async () => {
    await receive(w.inA.skuA.id, w.inA.chi.id, 20);
    await w.callers.planner.stock.adjust({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: -4, reason: 'damaged' });
    await w.callers.planner.stock.count({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, countedQty: 15, reason: 'count' });
    await receive(w.inA.skuB.id, w.inA.atl.id, 9);
    const clean = await w.callers.viewer.stock.consistency({ org: w.orgA });
    expect(clean).toMatchObject({ consistent: true, mismatches: [], balancesChecked: 2, movementsChecked: 4 });

    // The owner (not the app) bends a balance behind the ledger's back: the check must see it.
    await db.ownerQuery(`update stock_levels set on_hand = on_hand + 3 where sku_id = $1 and location_id = $2`, [w.inA.skuB.id, w.inA.atl.id]);
    const dirty = await w.callers.viewer.stock.consistency({ org: w.orgA });
    expect(dirty.consistent).toBe(false);
    expect(dirty.mismatches).toEqual([{ skuId: w.inA.skuB.id, skuCode: 'SKU-B', locationId: w.inA.atl.id, locationCode: 'ATL', onHand: 12, ledgerUnits: 9 }]);

    // A ledger row without a balance row is a mismatch too.
    await db.ownerQuery(`delete from stock_levels where sku_id = $1 and location_id = $2`, [w.inA.skuA.id, w.inA.chi.id]);
    const missing = await w.callers.viewer.stock.consistency({ org: w.orgA });
    expect(missing.mismatches).toContainEqual(expect.objectContaining({ skuCode: 'SKU-A', locationCode: 'CHI', onHand: 0, ledgerUnits: 15 }));
  });

  it("does not see another tenant's balances", async () => {
    await w.callers.ownerB.stock.receive({ org: w.orgB, skuId: w.inB.sku.id, locationId: w.inB.here.id, qty: 4 });
    await db.ownerQuery(`update stock_levels set on_hand = 99 where tenant_id = $1`, [w.b.id]);
    expect(await w.callers.viewer.stock.consistency({ org: w.orgA })).toMatchObject({ consistent: true, balancesChecked: 0 });
    expect((await w.callers.ownerB.stock.consistency({ org: w.orgB })).consistent).toBe(false);
  });
});

describe('CSV exports', () => {
  it('stream every matching row through the list procedures, with formula cells neutralised', async () => {
    await receive(w.inA.skuA.id, w.inA.chi.id, 12);
    await w.callers.planner.stock.adjust({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: -2, reason: '=HYPERLINK("http://evil")' });
    const download = async (entity: string, query = '') => {
      const response = await exportCsvResponse({ caller: w.callers.viewer, org: w.orgA, entity, searchParams: new URLSearchParams(query) });
      return { status: response.status, text: await response.text() };
    };
    const levels = await download('stock-levels');
    expect(levels.status).toBe(200);
    expect(levels.text.split('\r\n')[0]).toBe('sku_code,location_code,on_hand,reserved,inbound,on_order,sku_name,location_name,available,value,updated_at');
    expect(levels.text).toContain('SKU-A,CHI,10,0,0,0,Desk lamp,Chicago DC,10,100,');
    const movements = await download('stock-movements', 'filter.kind=adjustment');
    expect(movements.text).toContain(`'=HYPERLINK(""http://evil"")`);
    expect(movements.text).not.toContain('receipt');
    expect((await download('stock-by-location')).text).toContain('CHI,Chicago DC,1,10,0,10,0,0,100');
    expect((await download('stock-movements', 'filter.kind=teleport')).status).toBe(400);
    const foreign = await exportCsvResponse({ caller: w.callers.ownerB, org: w.orgA, entity: 'stock-levels', searchParams: new URLSearchParams() });
    expect(foreign.status).toBe(404);
  });
});
