/**
 * From an accepted purchase recommendation to stock: the draft purchase order is edited, placed (on order
 * rises), shipped, split on arrival at the central warehouse by the engine's fair share (adjusted by the user),
 * and received: the receipt moves stock at the arrival location and creates the onward transfers. A new run
 * counts the accepted drafts, so it does not recommend the same purchase again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/database';
import { refusal } from './support/master-data';
import { executePlanningRun } from '@/server/services/planning/execute-run';
import { PLANNING_NOW, planningWorld, type PlanningWorld } from './planning-world';

let db: TestDatabase;
let w: PlanningWorld;

beforeAll(async () => {
  db = await openTestDatabase();
  w = await planningWorld(db.db);
  const { chi, atl, tor, skuA } = w.inA;
  await w.callers.planner.stock.adjust({ org: w.orgA, skuId: skuA.id, locationId: chi.id, qty: 30, reason: 'opening count' });
  await w.callers.planner.stock.adjust({ org: w.orgA, skuId: skuA.id, locationId: atl.id, qty: 20, reason: 'opening count' });
  await w.callers.planner.stock.adjust({ org: w.orgA, skuId: skuA.id, locationId: tor.id, qty: 5, reason: 'opening count' });
});
afterAll(() => db.close());

async function runPlanning() {
  const { runId } = await w.callers.planner.planning.start({ org: w.orgA });
  await executePlanningRun({ db: db.db, tenantId: w.a.id, runId, now: PLANNING_NOW });
  return runId;
}

describe('purchase-order drafts and the inbound split', () => {
  it('accept -> draft -> edit -> place -> ship -> split -> receive -> stock and onward transfers', async () => {
    await runPlanning();
    const buys = (await w.callers.planner.recommendations.list({ org: w.orgA, kind: 'replenish' })).groups[0]?.items ?? [];
    const buyA = buys.find((b) => b.sku.code === 'SKU-A');
    expect(buyA?.to?.code).toBe('CHI'); // regional shortfalls are bought through the central warehouse
    expect(buyA?.explanation).toMatch(/of which the regional locations it supplies are short/);
    const accepted = await w.callers.planner.recommendations.accept({ org: w.orgA, items: [{ recommendationId: buyA!.id, qty: (buyA!.qty ?? 0) + 100 }] });
    const poId = accepted.purchaseOrders[0]!.id;
    let po = await w.callers.planner.purchaseOrders.get({ org: w.orgA, purchaseOrderId: poId });
    expect(po).toMatchObject({ status: 'draft', recommendationId: buyA!.id });
    expect(po.lines[0]?.qty).toBe((buyA!.qty ?? 0) + 100);

    // A new run sees the draft as on order: no second purchase of SKU-A at Chicago.
    await runPlanning();
    const again = (await w.callers.planner.recommendations.list({ org: w.orgA, kind: 'replenish' })).groups[0]?.items ?? [];
    expect(again.find((b) => b.sku.code === 'SKU-A' && b.to?.code === 'CHI')).toBeUndefined();

    const units = 600;
    po = await w.callers.planner.purchaseOrders.updateDraft({ org: w.orgA, purchaseOrderId: poId, lines: [{ skuId: w.inA.skuA.id, qty: units }], notes: 'rounded to a pallet' });
    expect(po.lines[0]?.qty).toBe(units);
    await w.callers.planner.purchaseOrders.place({ org: w.orgA, purchaseOrderId: poId });
    expect((await refusal(w.callers.planner.purchaseOrders.updateDraft({ org: w.orgA, purchaseOrderId: poId, lines: [{ skuId: w.inA.skuA.id, qty: 1 }] }))).code).toBe('CONFLICT');
    const levelAt = async (locationId: string) => (await w.callers.viewer.stock.levels({ org: w.orgA, filters: { skuId: w.inA.skuA.id, locationId } })).rows[0];
    expect((await levelAt(w.inA.chi.id))?.onOrder).toBe(units);
    await w.callers.planner.purchaseOrders.markInTransit({ org: w.orgA, purchaseOrderId: poId });
    expect((await levelAt(w.inA.chi.id))?.inbound).toBe(units);

    const preview = await w.callers.viewer.purchaseOrders.splitPreview({ org: w.orgA, purchaseOrderId: poId });
    const line = preview.lines[0]!;
    expect(line.parts.map((p) => p.locationCode).sort()).toEqual(['ATL', 'CHI', 'TOR']);
    expect(line.parts.reduce((a, p) => a + p.units, 0)).toBe(units);
    for (const p of line.parts) expect(p.units % 10).toBe(0); // whole case packs
    // Fair share: every location with demand ends near the same days of supply.
    const after = line.parts.filter((p) => p.units > 0).map((p) => p.daysOfSupplyAfter ?? 0);
    expect(Math.max(...after) - Math.min(...after)).toBeLessThan(10);

    // The planner moves 10 units from Toronto to Atlanta before confirming.
    const parts = line.parts.map((p) => ({ skuId: line.skuId, locationId: p.locationId, qty: p.units + (p.locationCode === 'ATL' ? 10 : p.locationCode === 'TOR' ? -10 : 0) }));
    const tooMuch = await refusal(w.callers.planner.purchaseOrders.receive({ org: w.orgA, purchaseOrderId: poId, split: parts.map((p) => ({ ...p, qty: p.qty + units })) }));
    expect(tooMuch.code).toBe('BAD_REQUEST');
    const chiBefore = (await levelAt(w.inA.chi.id))?.onHand ?? 0;
    const received = await w.callers.planner.purchaseOrders.receive({ org: w.orgA, purchaseOrderId: poId, split: parts });
    expect(received.status).toBe('received');
    expect((await levelAt(w.inA.chi.id))?.onHand).toBe(chiBefore + units);
    const byDest = new Map(received.onwardTransfers.map((t) => [t.toLocationId, t]));
    expect(byDest.get(w.inA.atl.id)?.units).toBe(parts.find((p) => p.locationId === w.inA.atl.id)?.qty);
    expect(byDest.get(w.inA.tor.id)?.units).toBe(parts.find((p) => p.locationId === w.inA.tor.id)?.qty);
    const onward = await w.callers.planner.transfers.get({ org: w.orgA, transferId: byDest.get(w.inA.atl.id)!.id });
    expect(onward).toMatchObject({ status: 'draft' });
    expect(onward.from.id).toBe(w.inA.chi.id);
  });
});
