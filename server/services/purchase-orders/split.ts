/**
 * The inbound split of an arrival at a central or port location (DESIGN.md §5): for every outstanding line,
 * the engine's fair share (`splitInbound`: equalize days of supply after arrival, whole case packs) across the
 * arrival location and the locations it has a transfer lane to, from the current run's demand rates and
 * today's stock positions. Allocations accepted from inbound-split recommendations take precedence.
 * `receivePurchaseOrderWithSplit` applies a (user-adjusted) split on receipt: the receipt at the arrival
 * location, then one draft transfer per destination for the units going on.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { inboundAllocations, locations, skus, stockLevels, stockTargets, transferLanes } from '@/db/schema';
import { splitInbound } from '@/server/planning';
import { Invalid } from '../../errors';
import type { TenantServiceContext } from '../context';
import { currentRunId } from '../planning/current-run';
import { createTransfer } from '../transfers/create';
import { getPurchaseOrder } from './get';
import { receivePurchaseOrder } from './receive';
import type { ReceivePurchaseOrderWithSplitInput } from './schemas';

export interface SplitPart {
  locationId: string;
  locationCode: string;
  locationName: string;
  units: number;
  daysOfSupplyBefore: number | null;
  daysOfSupplyAfter: number | null;
  stockPositionUnits: number;
  demandPerDay: number;
}

export async function previewInboundSplit({ ctx, input }: { ctx: TenantServiceContext; input: { purchaseOrderId: string } }) {
  const po = await getPurchaseOrder({ ctx, input });
  const tenantId = ctx.tenant.id;
  const [arrival] = await ctx.tx.select().from(locations).where(and(eq(locations.tenantId, tenantId), eq(locations.id, po.arrival.id)));
  const onward = await ctx.tx.select({ to: transferLanes.toLocationId }).from(transferLanes).where(and(eq(transferLanes.tenantId, tenantId), eq(transferLanes.fromLocationId, po.arrival.id)));
  const locationIds = [po.arrival.id, ...onward.map((o) => o.to)];
  const lines = po.lines.filter((l) => l.qtyOutstanding > 0);
  const skuIds = lines.map((l) => l.skuId);
  const runId = await currentRunId(ctx.tx, tenantId);
  const targetRows = runId && skuIds.length
    ? await ctx.tx.select({ skuId: stockTargets.skuId, locationId: stockTargets.locationId, demandPerDay: stockTargets.demandPerDay }).from(stockTargets)
        .where(and(eq(stockTargets.tenantId, tenantId), eq(stockTargets.runId, runId), inArray(stockTargets.skuId, skuIds), inArray(stockTargets.locationId, locationIds)))
    : [];
  const levelRows = skuIds.length
    ? await ctx.tx.select().from(stockLevels).where(and(eq(stockLevels.tenantId, tenantId), inArray(stockLevels.skuId, skuIds), inArray(stockLevels.locationId, locationIds)))
    : [];
  const allocations = await ctx.tx.select().from(inboundAllocations).where(and(eq(inboundAllocations.tenantId, tenantId), eq(inboundAllocations.purchaseOrderId, po.id)));
  const locationRows = await ctx.tx.select({ id: locations.id, code: locations.code, name: locations.name }).from(locations).where(and(eq(locations.tenantId, tenantId), inArray(locations.id, locationIds)));
  const loc = new Map(locationRows.map((l) => [l.id, l]));
  const packs = new Map(skuIds.length ? (await ctx.tx.select({ id: skus.id, casePack: skus.casePack }).from(skus).where(and(eq(skus.tenantId, tenantId), inArray(skus.id, skuIds)))).map((s) => [s.id, s.casePack]) : []);
  let targetDays: number | null = null;

  const out = lines.map((line) => {
    const demand = new Map(targetRows.filter((t) => t.skuId === line.skuId).map((t) => [t.locationId, t.demandPerDay]));
    const candidates = locationIds.filter((id) => id === po.arrival.id || demand.has(id));
    const position = (id: string) => {
      const l = levelRows.find((r) => r.skuId === line.skuId && r.locationId === id);
      const p = l ? l.onHand + l.inbound + l.onOrder - l.reserved : 0;
      // The arrival's own units are already in its inbound/on order: split them, do not count them twice.
      return id === po.arrival.id ? Math.max(0, p - line.qtyOutstanding) : p;
    };
    const accepted = allocations.filter((a) => a.skuId === line.skuId);
    const split = splitInbound({
      arrivalUnits: line.qtyOutstanding,
      casePackUnits: packs.get(line.skuId) ?? 1,
      locations: candidates.map((id) => ({ locationId: id, stockPositionUnits: position(id), demandPerDay: demand.get(id) ?? 0 })),
    });
    targetDays ??= split.targetDaysOfSupply;
    const fair = new Map(split.parts.map((p) => [p.locationId, p]));
    const unitsAt = (id: string) => {
      if (accepted.length === 0) return fair.get(id)?.units ?? 0;
      const sent = accepted.reduce((s, a) => s + a.qty, 0);
      return id === po.arrival.id ? Math.max(0, line.qtyOutstanding - sent) : (accepted.find((a) => a.locationId === id)?.qty ?? 0);
    };
    const parts: SplitPart[] = candidates.map((id) => {
      const d = demand.get(id) ?? 0;
      const before = position(id);
      const units = unitsAt(id);
      return {
        locationId: id,
        locationCode: loc.get(id)?.code ?? '',
        locationName: loc.get(id)?.name ?? '',
        units,
        daysOfSupplyBefore: d > 0 ? before / d : null,
        daysOfSupplyAfter: d > 0 ? (before + units) / d : null,
        stockPositionUnits: before,
        demandPerDay: d,
      };
    });
    return { skuId: line.skuId, skuCode: line.skuCode, skuName: line.skuName, casePack: packs.get(line.skuId) ?? 1, outstanding: line.qtyOutstanding, fromAcceptedRecommendations: accepted.length > 0, parts };
  });
  return {
    purchaseOrderId: po.id,
    arrival: { id: po.arrival.id, code: po.arrival.code, name: po.arrival.name, isCentral: arrival?.isCentral ?? false, kind: arrival?.kind ?? 'warehouse' },
    lines: out,
    targetDaysOfSupply: targetDays,
  };
}

/**
 * Receives the purchase order at its arrival location and sends the split on: one draft transfer per
 * destination (all its SKUs), in the same transaction. The split's units per SKU may not exceed what is received.
 */
export async function receivePurchaseOrderWithSplit({ ctx, input }: { ctx: TenantServiceContext; input: ReceivePurchaseOrderWithSplitInput }) {
  const { split, ...receiveInput } = input;
  const before = await getPurchaseOrder({ ctx, input });
  const receiving = new Map((receiveInput.lines ?? before.lines.map((l) => ({ skuId: l.skuId, qty: l.qtyOutstanding }))).map((l) => [l.skuId, l.qty]));
  const onward = (split ?? []).filter((s) => s.qty > 0 && s.locationId !== before.arrival.id);
  const issues = [...new Set(onward.map((s) => s.skuId))].flatMap((skuId) => {
    const sent = onward.filter((s) => s.skuId === skuId).reduce((a, s) => a + s.qty, 0);
    const got = receiving.get(skuId) ?? 0;
    const code = before.lines.find((l) => l.skuId === skuId)?.skuCode ?? 'a SKU';
    return sent > got ? [{ field: 'split', message: `${code}: ${sent} units split onward, but only ${got} are received.` }] : [];
  });
  if (issues.length) throw new Invalid('The split sends on more than is received.', issues);
  const received = await receivePurchaseOrder({ ctx, input: receiveInput });
  const onwardTransfers: { id: string; number: string; toLocationId: string; units: number }[] = [];
  const byDestination = new Map<string, { skuId: string; qty: number }[]>();
  for (const s of onward) byDestination.set(s.locationId, [...(byDestination.get(s.locationId) ?? []), { skuId: s.skuId, qty: s.qty }]);
  if (!received.replayed) {
    for (const [toLocationId, lines] of byDestination) {
      const t = await createTransfer({ ctx, input: { fromLocationId: before.arrival.id, toLocationId, lines, notes: `Inbound split of ${before.number}` } });
      onwardTransfers.push({ id: t.id, number: t.number, toLocationId, units: lines.reduce((a, l) => a + l.qty, 0) });
    }
  }
  return { ...received, onwardTransfers };
}
