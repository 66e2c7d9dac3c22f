/**
 * Purchase orders (inbound) through the router: create (on order rises; ETA and unit cost defaults;
 * idempotency), mark in transit (on order becomes inbound), receive in full or in parts (receipt
 * movements), cancel the rest, states, list, and foreign ids.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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

const DAY = 86_400_000;

async function pipelineAt(skuId: string, locationId: string) {
  const { rows } = await w.callers.viewer.stock.levels({ org: w.orgA, filters: { skuId, locationId, hideEmpty: false } });
  const r = rows[0];
  return { onHand: r?.onHand ?? 0, inbound: r?.inbound ?? 0, onOrder: r?.onOrder ?? 0 };
}

function orderForChicago(extra: { idempotencyKey?: string; eta?: Date } = {}) {
  return w.callers.planner.purchaseOrders.create({
    org: w.orgA,
    supplierId: w.inA.supplier.id,
    arrivalLocationId: w.inA.chi.id,
    lines: [
      { skuId: w.inA.skuA.id, qty: 100 },
      { skuId: w.inA.skuB.id, qty: 40, unitCost: 18.5 },
    ],
    ...extra,
  });
}

describe('purchase orders', () => {
  it('create: ordered, numbered, on order rises at the arrival location; ETA from the supplier lead time; cost from the SKU', async () => {
    const before = Date.now();
    const po = await orderForChicago();
    expect(po).toMatchObject({ number: 'PO-000001', status: 'ordered', crossBorder: true, replayed: false });
    expect(po.eta!.getTime() - po.orderedAt!.getTime()).toBe(35 * DAY);
    expect(po.orderedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(po.lines.map((l) => [l.skuCode, l.qty, l.unitCost, l.qtyOutstanding])).toEqual([
      ['SKU-A', 100, 10, 100],
      ['SKU-B', 40, 18.5, 40],
    ]);
    expect(po.totals).toEqual({ units: 140, receivedUnits: 0, value: 1740 });
    expect(await pipelineAt(w.inA.skuA.id, w.inA.chi.id)).toEqual({ onHand: 0, inbound: 0, onOrder: 100 });
    const eta = new Date('2031-03-01T00:00:00Z');
    expect((await orderForChicago({ eta })).eta).toEqual(eta);
  });

  it('in transit moves on order to inbound; partial receipts move inbound to on hand; the last one completes the order', async () => {
    const po = await orderForChicago();
    const shipped = await w.callers.planner.purchaseOrders.markInTransit({ org: w.orgA, purchaseOrderId: po.id });
    expect(shipped.status).toBe('in_transit');
    expect(await pipelineAt(w.inA.skuA.id, w.inA.chi.id)).toEqual({ onHand: 0, inbound: 100, onOrder: 0 });

    const part = await w.callers.planner.purchaseOrders.receive({ org: w.orgA, purchaseOrderId: po.id, lines: [{ skuId: w.inA.skuA.id, qty: 60 }], reference: 'ASN-77' });
    expect(part.status).toBe('in_transit');
    expect(part.lines.find((l) => l.skuCode === 'SKU-A')).toMatchObject({ qtyReceived: 60, qtyOutstanding: 40 });
    expect(await pipelineAt(w.inA.skuA.id, w.inA.chi.id)).toEqual({ onHand: 60, inbound: 40, onOrder: 0 });

    const rest = await w.callers.planner.purchaseOrders.receive({ org: w.orgA, purchaseOrderId: po.id });
    expect(rest.status).toBe('received');
    expect(rest.receivedAt).toBeInstanceOf(Date);
    expect(rest.receipts.map((r) => [r.skuCode, r.qty, r.reference])).toEqual([
      ['SKU-A', 60, 'ASN-77'],
      ['SKU-A', 40, 'PO-000001'],
      ['SKU-B', 40, 'PO-000001'],
    ]);
    expect(await pipelineAt(w.inA.skuA.id, w.inA.chi.id)).toEqual({ onHand: 100, inbound: 0, onOrder: 0 });
    expect(await pipelineAt(w.inA.skuB.id, w.inA.chi.id)).toEqual({ onHand: 40, inbound: 0, onOrder: 0 });
    const receipts = await w.callers.viewer.stock.movements({ org: w.orgA, filters: { purchaseOrderId: po.id } });
    expect(receipts.rows.every((r) => r.kind === 'receipt' && r.purchaseOrderNumber === 'PO-000001')).toBe(true);
    expect((await w.callers.viewer.stock.consistency({ org: w.orgA })).consistent).toBe(true);
  });

  it('receiving straight from ordered lowers on order', async () => {
    const po = await orderForChicago();
    await w.callers.planner.purchaseOrders.receive({ org: w.orgA, purchaseOrderId: po.id, lines: [{ skuId: w.inA.skuB.id, qty: 15 }] });
    expect(await pipelineAt(w.inA.skuB.id, w.inA.chi.id)).toEqual({ onHand: 15, inbound: 0, onOrder: 25 });
  });

  it('refuses to receive more than outstanding, a SKU not on the order, or nothing — and writes nothing', async () => {
    const po = await orderForChicago();
    const before = await db.snapshot();
    const id = { org: w.orgA, purchaseOrderId: po.id };
    await expect(w.callers.planner.purchaseOrders.receive({ ...id, lines: [{ skuId: w.inA.skuA.id, qty: 101 }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(w.callers.planner.purchaseOrders.receive({ ...id, lines: [{ skuId: w.inA.skuC.id, qty: 1 }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(w.callers.planner.purchaseOrders.receive({ ...id, lines: [{ skuId: w.inA.skuA.id, qty: 0 }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await db.snapshot()).toEqual(before);
  });

  it('cancel releases what has not arrived; a received or cancelled order cannot change', async () => {
    const po = await orderForChicago();
    await w.callers.planner.purchaseOrders.receive({ org: w.orgA, purchaseOrderId: po.id, lines: [{ skuId: w.inA.skuA.id, qty: 30 }] });
    const cancelled = await w.callers.planner.purchaseOrders.cancel({ org: w.orgA, purchaseOrderId: po.id });
    expect(cancelled.status).toBe('cancelled');
    expect(await pipelineAt(w.inA.skuA.id, w.inA.chi.id)).toEqual({ onHand: 30, inbound: 0, onOrder: 0 });
    expect(await pipelineAt(w.inA.skuB.id, w.inA.chi.id)).toEqual({ onHand: 0, inbound: 0, onOrder: 0 });
    await expect(w.callers.planner.purchaseOrders.receive({ org: w.orgA, purchaseOrderId: po.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(w.callers.planner.purchaseOrders.cancel({ org: w.orgA, purchaseOrderId: po.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(w.callers.planner.purchaseOrders.markInTransit({ org: w.orgA, purchaseOrderId: po.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Purchase order PO-000001 is cancelled; it can be marked in transit only when it is ordered.',
    });

    const inTransit = await orderForChicago();
    await w.callers.planner.purchaseOrders.markInTransit({ org: w.orgA, purchaseOrderId: inTransit.id });
    await w.callers.planner.purchaseOrders.cancel({ org: w.orgA, purchaseOrderId: inTransit.id });
    expect(await pipelineAt(w.inA.skuA.id, w.inA.chi.id)).toEqual({ onHand: 30, inbound: 0, onOrder: 0 });

    const done = await orderForChicago();
    await w.callers.planner.purchaseOrders.receive({ org: w.orgA, purchaseOrderId: done.id });
    await expect(w.callers.planner.purchaseOrders.cancel({ org: w.orgA, purchaseOrderId: done.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(w.callers.planner.purchaseOrders.markInTransit({ org: w.orgA, purchaseOrderId: done.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('idempotent create and receipt', async () => {
    const first = await orderForChicago({ idempotencyKey: 'po-key-000000001' });
    const again = await orderForChicago({ idempotencyKey: 'po-key-000000001' });
    expect(again).toMatchObject({ id: first.id, replayed: true });
    expect(await pipelineAt(w.inA.skuA.id, w.inA.chi.id)).toMatchObject({ onOrder: 100 });
    const receipt = { org: w.orgA, purchaseOrderId: first.id, lines: [{ skuId: w.inA.skuA.id, qty: 10 }], idempotencyKey: 'po-receipt-00001' };
    expect((await w.callers.planner.purchaseOrders.receive(receipt)).replayed).toBe(false);
    expect((await w.callers.planner.purchaseOrders.receive(receipt)).replayed).toBe(true);
    expect(await pipelineAt(w.inA.skuA.id, w.inA.chi.id)).toEqual({ onHand: 10, inbound: 0, onOrder: 90 });
    expect((await w.callers.viewer.purchaseOrders.list({ org: w.orgA })).total).toBe(1);
  });

  it("another tenant's supplier, location, SKU or order is NOT_FOUND and nothing changes", async () => {
    const theirs = await w.callers.ownerB.purchaseOrders.create({ org: w.orgB, supplierId: w.inB.supplier.id, arrivalLocationId: w.inB.here.id, lines: [{ skuId: w.inB.sku.id, qty: 5 }] });
    const before = await db.snapshot();
    const base = { org: w.orgA, supplierId: w.inA.supplier.id, arrivalLocationId: w.inA.chi.id, lines: [{ skuId: w.inA.skuA.id, qty: 1 }] };
    await expect(w.callers.planner.purchaseOrders.create({ ...base, supplierId: w.inB.supplier.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(w.callers.planner.purchaseOrders.create({ ...base, arrivalLocationId: w.inB.here.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(w.callers.planner.purchaseOrders.create({ ...base, lines: [{ skuId: w.inB.sku.id, qty: 1 }] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const id = { org: w.orgA, purchaseOrderId: theirs.id };
    await expect(w.callers.owner.purchaseOrders.get(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(w.callers.owner.purchaseOrders.markInTransit(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(w.callers.owner.purchaseOrders.receive(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(w.callers.owner.purchaseOrders.cancel(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.snapshot()).toEqual(before);
  });

  it('viewers cannot place or receive orders', async () => {
    const po = await orderForChicago();
    await expect(w.callers.viewer.purchaseOrders.receive({ org: w.orgA, purchaseOrderId: po.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      w.callers.viewer.purchaseOrders.create({ org: w.orgA, supplierId: w.inA.supplier.id, arrivalLocationId: w.inA.chi.id, lines: [{ skuId: w.inA.skuA.id, qty: 1 }] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('list filters, searches, sorts and pages', async () => {
    const one = await orderForChicago();
    await w.callers.planner.purchaseOrders.create({ org: w.orgA, supplierId: w.inA.supplier.id, arrivalLocationId: w.inA.atl.id, lines: [{ skuId: w.inA.skuC.id, qty: 10 }], notes: 'rush' });
    await w.callers.planner.purchaseOrders.markInTransit({ org: w.orgA, purchaseOrderId: one.id });
    const all = await w.callers.viewer.purchaseOrders.list({ org: w.orgA, sort: 'number', direction: 'asc' });
    expect(all.rows.map((r) => [r.number, r.status, r.arrivalCode, r.units, r.value])).toEqual([
      ['PO-000001', 'in_transit', 'CHI', 140, 1740],
      ['PO-000002', 'ordered', 'ATL', 10, 25],
    ]);
    expect((await w.callers.viewer.purchaseOrders.list({ org: w.orgA, filters: { status: 'in_transit' } })).total).toBe(1);
    expect((await w.callers.viewer.purchaseOrders.list({ org: w.orgA, search: 'rush' })).rows.map((r) => r.number)).toEqual(['PO-000002']);
    expect((await w.callers.viewer.purchaseOrders.list({ org: w.orgA, filters: { arrivalLocationId: w.inA.chi.id } })).total).toBe(1);
    expect((await w.callers.viewer.purchaseOrders.list({ org: w.orgA, sort: 'value', direction: 'asc', pageSize: 1 })).rows.map((r) => r.number)).toEqual(['PO-000002']);
  });
});
