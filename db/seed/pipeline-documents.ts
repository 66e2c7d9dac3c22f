/**
 * The documents behind the seed's inbound and on-order quantities: every pipeline entry still open at the end
 * of the history becomes a line of a real record. Purchase orders: one per supplier and order day to the
 * central warehouse, `ordered` until the supplier ships, `in_transit` after. Transfers: one per lane and ship
 * day, `in_transit` with the units shipped. So stock_levels.inbound = in-transit transfer and purchase lines
 * arriving there, and on_order = ordered purchase lines: no number without the document behind it.
 */
import type { purchaseOrderLines, purchaseOrders, transferLines, transfers } from '@/db/schema';

export interface OpenPipelineEntry {
  skuIndex: number;
  locationIndex: number;
  qty: number;
  shipDay: number;
  arrivalDay: number;
  kind: 'purchase' | 'transfer';
}

export function pipelineDocuments(args: {
  tenantId: string;
  newId: () => string;
  entries: OpenPipelineEntry[];
  historyDays: number;
  /** UTC ms of the local midnight of a day index (may be past the history). */
  dayStart: (day: number) => number;
  skuIds: string[];
  skuSupplierIds: string[];
  skuUnitCosts: number[];
  locationIds: string[];
  centralIndex: number;
  actorId: string | null;
}) {
  const { tenantId, newId, historyDays } = args;
  const at = (day: number) => new Date(args.dayStart(day) + 10 * 3600_000);
  const poRows: (typeof purchaseOrders.$inferInsert)[] = [];
  const poLines: (typeof purchaseOrderLines.$inferInsert)[] = [];
  const trRows: (typeof transfers.$inferInsert)[] = [];
  const trLines: (typeof transferLines.$inferInsert)[] = [];
  const pos = new Map<string, { id: string; lines: Map<string, number> }>();
  const trs = new Map<string, { id: string; lines: Map<string, number> }>();
  const sorted = [...args.entries].sort((a, b) => a.shipDay - b.shipDay || a.arrivalDay - b.arrivalDay || a.skuIndex - b.skuIndex);
  let poNumber = 0;
  let trNumber = 0;
  for (const e of sorted) {
    const skuId = args.skuIds[e.skuIndex] as string;
    if (e.kind === 'purchase') {
      const supplierId = args.skuSupplierIds[e.skuIndex] as string;
      // Ordered ~30% of the lead time before shipping (see stock.ts): the order day is recovered from it.
      const key = `${supplierId}|${e.shipDay}`;
      let po = pos.get(key);
      if (!po) {
        po = { id: newId(), lines: new Map() };
        pos.set(key, po);
        const shipped = e.shipDay < historyDays;
        poRows.push({
          tenantId, id: po.id, number: `PO-${String(++poNumber).padStart(6, '0')}`, supplierId, arrivalLocationId: args.locationIds[args.centralIndex] as string,
          status: shipped ? 'in_transit' : 'ordered', orderedAt: at(Math.max(0, Math.min(historyDays - 1, e.shipDay - 7))), eta: at(e.arrivalDay),
          createdBy: args.actorId, notes: 'Seeded: open at the start of the demo', createdAt: at(0), updatedAt: at(0),
        });
      }
      po.lines.set(skuId, (po.lines.get(skuId) ?? 0) + e.qty);
      const row = poRows.find((r) => r.id === po?.id);
      if (row && row.eta instanceof Date && at(e.arrivalDay) > row.eta) row.eta = at(e.arrivalDay);
    } else {
      const key = `${e.locationIndex}|${e.shipDay}`;
      let tr = trs.get(key);
      if (!tr) {
        tr = { id: newId(), lines: new Map() };
        trs.set(key, tr);
        trRows.push({
          tenantId, id: tr.id, number: `TR-${String(++trNumber).padStart(6, '0')}`, fromLocationId: args.locationIds[args.centralIndex] as string,
          toLocationId: args.locationIds[e.locationIndex] as string, status: 'in_transit', requestedAt: at(e.shipDay), approvedAt: at(e.shipDay), shippedAt: at(e.shipDay),
          expectedAt: at(e.arrivalDay), createdBy: args.actorId, notes: 'Seeded: on the road at the start of the demo', createdAt: at(0), updatedAt: at(0),
        });
      }
      tr.lines.set(skuId, (tr.lines.get(skuId) ?? 0) + e.qty);
    }
  }
  const cost = new Map(args.skuIds.map((id, i) => [id, args.skuUnitCosts[i] ?? 0]));
  for (const po of pos.values()) for (const [skuId, qty] of po.lines) poLines.push({ tenantId, id: newId(), purchaseOrderId: po.id, skuId, qty, unitCost: cost.get(skuId) ?? 0 });
  for (const tr of trs.values()) for (const [skuId, qty] of tr.lines) trLines.push({ tenantId, id: newId(), transferId: tr.id, skuId, qty, qtyShipped: qty });
  return { purchaseOrders: poRows, purchaseOrderLines: poLines, transfers: trRows, transferLines: trLines };
}
