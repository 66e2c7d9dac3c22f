/**
 * Transfers through the router: create (lanes, cross-border, customs days, idempotency), the state
 * machine (approve, ship, receive in parts, cancel) with its refusals, stock moving through on hand and
 * inbound, the ledger staying consistent, and foreign ids.
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

async function stockAt(skuId: string, locationId: string) {
  const { rows } = await w.callers.viewer.stock.levels({ org: w.orgA, filters: { skuId, locationId, hideEmpty: false } });
  return { onHand: rows[0]?.onHand ?? 0, inbound: rows[0]?.inbound ?? 0 };
}

async function reservedAt(skuId: string, locationId: string) {
  const { rows } = await w.callers.viewer.stock.levels({ org: w.orgA, filters: { skuId, locationId, hideEmpty: false } });
  return rows[0]?.reserved ?? 0;
}

async function stockChicagoC(qty: number) {
  await w.callers.planner.stock.receive({ org: w.orgA, skuId: w.inA.skuC.id, locationId: w.inA.chi.id, qty });
}

async function stockChicago(a: number, b: number) {
  if (a) await w.callers.planner.stock.receive({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: a });
  if (b) await w.callers.planner.stock.receive({ org: w.orgA, skuId: w.inA.skuB.id, locationId: w.inA.chi.id, qty: b });
}

function draftToAtlanta(extra: Partial<{ idempotencyKey: string; lines: { skuId: string; qty: number }[] }> = {}) {
  return w.callers.planner.transfers.create({
    org: w.orgA,
    fromLocationId: w.inA.chi.id,
    toLocationId: w.inA.atl.id,
    lines: extra.lines ?? [
      { skuId: w.inA.skuA.id, qty: 30 },
      { skuId: w.inA.skuB.id, qty: 20 },
    ],
    ...(extra.idempotencyKey ? { idempotencyKey: extra.idempotencyKey } : {}),
  });
}

describe('create', () => {
  it('creates a numbered draft with several lines and the lane’s dates', async () => {
    await stockChicago(100, 100);
    const before = Date.now();
    const t = await draftToAtlanta();
    expect(t).toMatchObject({ number: 'TR-000001', status: 'draft', crossBorder: false, customsDays: 0, replayed: false });
    expect(t.lines.map((l) => [l.skuCode, l.qty, l.qtyShipped, l.qtyReceived])).toEqual([
      ['SKU-A', 30, 0, 0],
      ['SKU-B', 20, 0, 0],
    ]);
    expect(t.expectedAt!.getTime() - t.requestedAt.getTime()).toBe(3 * DAY);
    expect(t.requestedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await draftToAtlanta()).number).toBe('TR-000002');
  });

  it('flags a cross-border transfer and adds the lane’s customs days', async () => {
    await stockChicagoC(10);
    const t = await w.callers.planner.transfers.create({ org: w.orgA, fromLocationId: w.inA.chi.id, toLocationId: w.inA.tor.id, lines: [{ skuId: w.inA.skuC.id, qty: 5 }], customsRef: 'CBSA-1' });
    expect(t).toMatchObject({ crossBorder: true, customsDays: 2, customsRef: 'CBSA-1' });
    expect(t.from.country).toBe('US');
    expect(t.to.country).toBe('CA');
    expect(t.expectedAt!.getTime() - t.requestedAt.getTime()).toBe((4 + 2) * DAY);
    const preview = await w.callers.viewer.transfers.lane({ org: w.orgA, fromLocationId: w.inA.chi.id, toLocationId: w.inA.tor.id });
    expect(preview).toEqual({ crossBorder: true, fromCountry: 'US', toCountry: 'CA', lane: { transitDays: 4, customsDays: 2, costPerUnit: 1.2 } });
  });

  it('refuses a pair of locations without a transfer lane, and writes nothing', async () => {
    const before = await db.snapshot();
    await expect(
      w.callers.planner.transfers.create({ org: w.orgA, fromLocationId: w.inA.tor.id, toLocationId: w.inA.chi.id, lines: [{ skuId: w.inA.skuA.id, qty: 1 }] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'There is no transfer lane from TOR to CHI. Add one under Lanes first.' });
    expect(await db.snapshot()).toEqual(before);
    expect(await w.callers.viewer.transfers.lane({ org: w.orgA, fromLocationId: w.inA.tor.id, toLocationId: w.inA.chi.id })).toMatchObject({ lane: null });
  });

  it('validates: origin ≠ destination, at least one line, positive whole quantities, each SKU once, no archived location', async () => {
    const base = { org: w.orgA, fromLocationId: w.inA.chi.id, toLocationId: w.inA.atl.id };
    const sku = w.inA.skuA.id;
    await expect(w.callers.planner.transfers.create({ ...base, toLocationId: w.inA.chi.id, lines: [{ skuId: sku, qty: 1 }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(w.callers.planner.transfers.create({ ...base, lines: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(w.callers.planner.transfers.create({ ...base, lines: [{ skuId: sku, qty: 0 }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(w.callers.planner.transfers.create({ ...base, lines: [{ skuId: sku, qty: 2.5 }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(w.callers.planner.transfers.create({ ...base, lines: [{ skuId: sku, qty: 1 }, { skuId: sku, qty: 2 }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(w.callers.planner.transfers.create({ ...base, toLocationId: w.inA.old.id, lines: [{ skuId: sku, qty: 1 }] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Archived'),
    });
  });

  it('the same idempotency key creates one transfer (double click, retry, concurrent duplicate)', async () => {
    await stockChicago(100, 100);
    const first = await draftToAtlanta({ idempotencyKey: 'create-tr-7f3a9c' });
    const retry = await draftToAtlanta({ idempotencyKey: 'create-tr-7f3a9c' });
    const [c1, c2] = await Promise.all([draftToAtlanta({ idempotencyKey: 'create-tr-7f3a9c' }), draftToAtlanta({ idempotencyKey: 'create-tr-7f3a9c' })]);
    expect(first.replayed).toBe(false);
    for (const again of [retry, c1, c2]) expect(again).toMatchObject({ id: first.id, number: first.number, replayed: true });
    expect((await w.callers.viewer.transfers.list({ org: w.orgA })).total).toBe(1);
    // A key belongs to one transfer: reusing it for a different one is a conflict, not a silent replay.
    await expect(draftToAtlanta({ idempotencyKey: 'create-tr-7f3a9c', lines: [{ skuId: w.inA.skuA.id, qty: 1 }] })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await draftToAtlanta({ idempotencyKey: 'create-tr-other-key' })).number).toBe('TR-000002');
  });

  it("another tenant's location or SKU is NOT_FOUND and writes nothing", async () => {
    const before = await db.snapshot();
    await expect(
      w.callers.planner.transfers.create({ org: w.orgA, fromLocationId: w.inA.chi.id, toLocationId: w.inB.here.id, lines: [{ skuId: w.inA.skuA.id, qty: 1 }] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      w.callers.planner.transfers.create({ org: w.orgA, fromLocationId: w.inA.chi.id, toLocationId: w.inA.atl.id, lines: [{ skuId: w.inB.sku.id, qty: 1 }] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.snapshot()).toEqual(before);
  });
});

describe('approve, ship, receive', () => {
  it('moves stock: on hand leaves the origin, becomes inbound, then on hand at the destination, in partial receipts', async () => {
    await stockChicago(100, 50);
    const draft = await draftToAtlanta();
    const approved = await w.callers.planner.transfers.approve({ org: w.orgA, transferId: draft.id });
    expect(approved).toMatchObject({ status: 'approved', approvedByName: 'planner' });
    expect(approved.approvedAt).toBeInstanceOf(Date);

    const shipped = await w.callers.planner.transfers.ship({ org: w.orgA, transferId: draft.id });
    expect(shipped.status).toBe('in_transit');
    expect(shipped.lines.map((l) => l.qtyShipped)).toEqual([30, 20]);
    expect(shipped.expectedAt!.getTime() - shipped.shippedAt!.getTime()).toBe(3 * DAY);
    expect(await stockAt(w.inA.skuA.id, w.inA.chi.id)).toEqual({ onHand: 70, inbound: 0 });
    expect(await stockAt(w.inA.skuA.id, w.inA.atl.id)).toEqual({ onHand: 0, inbound: 30 });
    expect(await stockAt(w.inA.skuB.id, w.inA.atl.id)).toEqual({ onHand: 0, inbound: 20 });

    const part = await w.callers.planner.transfers.receive({ org: w.orgA, transferId: draft.id, lines: [{ skuId: w.inA.skuA.id, qty: 10 }] });
    expect(part).toMatchObject({ status: 'in_transit', replayed: false });
    expect(part.lines.find((l) => l.skuCode === 'SKU-A')).toMatchObject({ qtyReceived: 10, qtyInTransit: 20 });
    expect(await stockAt(w.inA.skuA.id, w.inA.atl.id)).toEqual({ onHand: 10, inbound: 20 });

    const second = await w.callers.planner.transfers.receive({ org: w.orgA, transferId: draft.id, lines: [{ skuId: w.inA.skuA.id, qty: 5 }, { skuId: w.inA.skuB.id, qty: 20 }] });
    expect(second.status).toBe('in_transit');
    const rest = await w.callers.planner.transfers.receive({ org: w.orgA, transferId: draft.id });
    expect(rest.status).toBe('received');
    expect(rest.receivedAt).toBeInstanceOf(Date);
    expect(rest.receipts.map((r) => [r.skuCode, r.qty])).toEqual([
      ['SKU-A', 10],
      ['SKU-A', 5],
      ['SKU-B', 20],
      ['SKU-A', 15],
    ]);
    expect(await stockAt(w.inA.skuA.id, w.inA.atl.id)).toEqual({ onHand: 30, inbound: 0 });
    expect(await stockAt(w.inA.skuB.id, w.inA.atl.id)).toEqual({ onHand: 20, inbound: 0 });

    const ledger = await w.callers.viewer.stock.movements({ org: w.orgA, filters: { transferId: draft.id } });
    expect(ledger.rows.filter((r) => r.kind === 'transfer_out').map((r) => r.qty).sort((x, y) => x - y)).toEqual([-30, -20]);
    expect(ledger.rows.every((r) => r.transferNumber === 'TR-000001')).toBe(true);
    expect((await w.callers.viewer.stock.consistency({ org: w.orgA })).mismatches).toEqual([]);
  });

  it('refuses a draft for more than the origin has available, names the SKU and the figures, and writes nothing', async () => {
    await stockChicago(100, 5);
    const before = await db.snapshot();
    const refused = await draftToAtlanta().catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', message: 'Not enough available stock at CHI for this transfer.' });
    expect((refused as { cause?: { issues?: unknown } }).cause?.issues).toEqual([{ field: 'lines.1.qty', message: 'Only 5 of SKU-B available at CHI (5 on hand); this transfer asks 20.' }]);
    expect(await db.snapshot()).toEqual(before);
  });

  it('reserves on approval: a second approval beyond what is available is refused and stays a draft; shipping consumes the reservation', async () => {
    await stockChicago(100, 100);
    const first = await draftToAtlanta({ lines: [{ skuId: w.inA.skuA.id, qty: 60 }] });
    const second = await draftToAtlanta({ lines: [{ skuId: w.inA.skuA.id, qty: 60 }] });
    await w.callers.planner.transfers.approve({ org: w.orgA, transferId: first.id });
    expect(await reservedAt(w.inA.skuA.id, w.inA.chi.id)).toBe(60);
    // A new draft now sees 40 available.
    await expect(draftToAtlanta({ lines: [{ skuId: w.inA.skuA.id, qty: 41 }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const before = await db.snapshot();
    await expect(w.callers.planner.transfers.approve({ org: w.orgA, transferId: second.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Not enough available stock of SKU SKU-A at CHI: 40 available (on hand 100, 60 reserved), 60 needed.',
    });
    expect(await db.snapshot()).toEqual(before);
    expect((await w.callers.viewer.transfers.get({ org: w.orgA, transferId: second.id })).status).toBe('draft');
    await w.callers.planner.transfers.ship({ org: w.orgA, transferId: first.id });
    expect(await reservedAt(w.inA.skuA.id, w.inA.chi.id)).toBe(0);
    expect(await stockAt(w.inA.skuA.id, w.inA.chi.id)).toEqual({ onHand: 40, inbound: 0 });
    expect(await stockAt(w.inA.skuA.id, w.inA.atl.id)).toEqual({ onHand: 0, inbound: 60 });
    // A count cannot take on hand below what an approved transfer reserved.
    const third = await draftToAtlanta({ lines: [{ skuId: w.inA.skuA.id, qty: 30 }] });
    await w.callers.planner.transfers.approve({ org: w.orgA, transferId: third.id });
    await expect(w.callers.planner.stock.adjust({ org: w.orgA, skuId: w.inA.skuA.id, locationId: w.inA.chi.id, qty: -20, reason: 'damaged' } as never)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('enforces the states', async () => {
    await stockChicago(100, 100);
    const t = await draftToAtlanta();
    const id = { org: w.orgA, transferId: t.id };
    await expect(w.callers.planner.transfers.ship(id)).rejects.toMatchObject({ code: 'CONFLICT', message: 'Transfer TR-000001 is a draft; it can be shipped only when it is approved.' });
    await expect(w.callers.planner.transfers.receive(id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await w.callers.planner.transfers.approve(id);
    await expect(w.callers.planner.transfers.approve(id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await w.callers.planner.transfers.ship(id);
    await expect(w.callers.planner.transfers.ship(id)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('in transit') });
    await expect(w.callers.planner.transfers.cancel(id)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('can be cancelled only when it is a draft or approved') });
    await expect(w.callers.planner.transfers.receive({ ...id, lines: [{ skuId: w.inA.skuA.id, qty: 31 }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(w.callers.planner.transfers.receive({ ...id, lines: [{ skuId: w.inA.skuC.id, qty: 1 }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(w.callers.planner.transfers.receive({ ...id, lines: [{ skuId: w.inA.skuA.id, qty: 0 }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await w.callers.planner.transfers.receive(id);
    await expect(w.callers.planner.transfers.receive(id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(w.callers.planner.transfers.cancel(id)).rejects.toMatchObject({ code: 'CONFLICT' });
    // Shipped once: 30 + 20 left Chicago, not more.
    expect(await stockAt(w.inA.skuA.id, w.inA.chi.id)).toEqual({ onHand: 70, inbound: 0 });
    expect(await stockAt(w.inA.skuB.id, w.inA.chi.id)).toEqual({ onHand: 80, inbound: 0 });
  });

  it('cancels a draft or an approved transfer without moving stock, releasing the approval’s reservation', async () => {
    await stockChicago(100, 100);
    const draft = await draftToAtlanta();
    const approved = await draftToAtlanta();
    await w.callers.planner.transfers.approve({ org: w.orgA, transferId: approved.id });
    for (const t of [draft, approved]) {
      const cancelled = await w.callers.planner.transfers.cancel({ org: w.orgA, transferId: t.id });
      expect(cancelled.status).toBe('cancelled');
      expect(cancelled.cancelledAt).toBeInstanceOf(Date);
    }
    await expect(w.callers.planner.transfers.approve({ org: w.orgA, transferId: draft.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await stockAt(w.inA.skuA.id, w.inA.chi.id)).toEqual({ onHand: 100, inbound: 0 });
    // The approved one's reservation is released.
    expect(await reservedAt(w.inA.skuA.id, w.inA.chi.id)).toBe(0);
  });

  it('two concurrent ships of one transfer: exactly one succeeds', async () => {
    await stockChicago(100, 100);
    const t = await draftToAtlanta();
    await w.callers.planner.transfers.approve({ org: w.orgA, transferId: t.id });
    const results = await Promise.allSettled([
      w.callers.planner.transfers.ship({ org: w.orgA, transferId: t.id }),
      w.callers.owner.transfers.ship({ org: w.orgA, transferId: t.id }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect(await stockAt(w.inA.skuA.id, w.inA.chi.id)).toEqual({ onHand: 70, inbound: 0 });
  });

  it('a receipt retried with its idempotency key is recorded once', async () => {
    await stockChicago(100, 100);
    const t = await draftToAtlanta();
    await w.callers.planner.transfers.approve({ org: w.orgA, transferId: t.id });
    await w.callers.planner.transfers.ship({ org: w.orgA, transferId: t.id });
    const input = { org: w.orgA, transferId: t.id, lines: [{ skuId: w.inA.skuA.id, qty: 4 }], idempotencyKey: 'receipt-key-0001' };
    const first = await w.callers.planner.transfers.receive(input);
    const again = await w.callers.planner.transfers.receive(input);
    expect([first.replayed, again.replayed]).toEqual([false, true]);
    expect(await stockAt(w.inA.skuA.id, w.inA.atl.id)).toEqual({ onHand: 4, inbound: 26 });
  });

  it("another tenant's transfer id is NOT_FOUND for every action and nothing changes", async () => {
    await w.callers.ownerB.stock.receive({ org: w.orgB, skuId: w.inB.sku.id, locationId: w.inB.here.id, qty: 10 });
    const theirs = await w.callers.ownerB.transfers.create({ org: w.orgB, fromLocationId: w.inB.here.id, toLocationId: w.inB.there.id, lines: [{ skuId: w.inB.sku.id, qty: 3 }] });
    const before = await db.snapshot();
    const id = { org: w.orgA, transferId: theirs.id };
    await expect(w.callers.owner.transfers.get(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const action of ['approve', 'ship', 'receive', 'cancel'] as const) {
      await expect(w.callers.owner.transfers[action](id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await db.snapshot()).toEqual(before);
    expect((await w.callers.ownerB.transfers.get({ org: w.orgB, transferId: theirs.id })).status).toBe('draft');
  });

  it('viewers read transfers but cannot act on them', async () => {
    await stockChicago(100, 100);
    const t = await draftToAtlanta();
    expect((await w.callers.viewer.transfers.get({ org: w.orgA, transferId: t.id })).number).toBe('TR-000001');
    await expect(w.callers.viewer.transfers.approve({ org: w.orgA, transferId: t.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      w.callers.viewer.transfers.create({ org: w.orgA, fromLocationId: w.inA.chi.id, toLocationId: w.inA.atl.id, lines: [{ skuId: w.inA.skuA.id, qty: 1 }] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('list', () => {
  it('filters by status, location, cross-border and search; sorts and pages on the server', async () => {
    await stockChicago(100, 100);
    await stockChicagoC(10);
    const one = await draftToAtlanta();
    await draftToAtlanta({ lines: [{ skuId: w.inA.skuA.id, qty: 1 }] });
    await w.callers.planner.transfers.create({ org: w.orgA, fromLocationId: w.inA.chi.id, toLocationId: w.inA.tor.id, lines: [{ skuId: w.inA.skuC.id, qty: 9 }] });
    await w.callers.planner.transfers.approve({ org: w.orgA, transferId: one.id });

    const all = await w.callers.viewer.transfers.list({ org: w.orgA, sort: 'number', direction: 'asc' });
    expect(all.rows.map((r) => [r.number, r.status, r.lineCount, r.units])).toEqual([
      ['TR-000001', 'approved', 2, 50],
      ['TR-000002', 'draft', 1, 1],
      ['TR-000003', 'draft', 1, 9],
    ]);
    expect((await w.callers.viewer.transfers.list({ org: w.orgA, filters: { status: 'approved' } })).rows.map((r) => r.number)).toEqual(['TR-000001']);
    expect((await w.callers.viewer.transfers.list({ org: w.orgA, filters: { crossBorder: true } })).rows.map((r) => [r.toCode, r.customsDays])).toEqual([['TOR', 2]]);
    expect((await w.callers.viewer.transfers.list({ org: w.orgA, search: 'toronto' })).total).toBe(1);
    expect((await w.callers.viewer.transfers.list({ org: w.orgA, filters: { locationId: w.inA.atl.id } })).total).toBe(2);
    const page = await w.callers.viewer.transfers.list({ org: w.orgA, sort: 'units', direction: 'desc', pageSize: 1, page: 2 });
    expect(page).toMatchObject({ total: 3, rows: [{ number: 'TR-000003' }] });
  });
});
