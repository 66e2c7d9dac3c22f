/**
 * Recommendations in plain words: each carries its numbers as data (`facts`, `impact`, `check`) and a sentence
 * built from them with location, region and SKU names ("Dallas RDC covers 4 days of demand; ...").
 */
import type {
  CentralizeAssessment,
  InboundSplitRecommendation,
  InboundSplitResult,
  NodeTarget,
  RecommendationPriority,
  ReplenishRecommendation,
  TransferRecommendation,
} from '@/server/planning';
import type { PlanningArrival, PlanningLocation, PlanningPosition, PlanningRegion, PlanningSku } from '../inputs';
import type { RecommendationOut } from './outputs';
import type { SkuPlan } from './recommend';

export interface Names {
  location: (id: string | undefined) => PlanningLocation | undefined;
  region: (id: string | undefined) => PlanningRegion | undefined;
  currency: string;
}

const RANK: Record<RecommendationPriority, number> = { urgent: 4, high: 3, medium: 2, low: 1 };
const units = (n: number) => `${Math.round(n).toLocaleString('en-US')} unit${Math.round(n) === 1 ? '' : 's'}`;
const days = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? 'no demand' : `${n < 10 ? n.toFixed(1).replace(/\.0$/, '') : Math.round(n)} days`);
const pct = (f: number) => `${(f * 100).toFixed(f >= 0.995 || f < 0.1 ? 1 : 0).replace(/\.0$/, '')}%`;
const dos = (position: number, perDay: number) => (perDay > 0 ? position / perDay : null);
const round1 = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? null : Math.round(n * 10) / 10);

function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${Math.round(amount).toLocaleString('en-US')} ${currency}`;
  }
}

const position = (p: PlanningPosition | undefined) => (p ? p.onHand + p.inbound + p.onOrder - p.reserved : 0);

/** The region the node serves with the most demand (the one whose SLA the sentence names). */
function mainRegion(plan: SkuPlan, node: NodeTarget | undefined) {
  if (!node) return undefined;
  return plan.regionDemand.filter((r) => node.regionIds.includes(r.regionId)).sort((a, b) => b.demandPerDay - a.demandPerDay)[0];
}

export function transferOut(a: {
  t: TransferRecommendation;
  sku: PlanningSku;
  toNode: NodeTarget | undefined;
  fromNode: NodeTarget | undefined;
  plan: SkuPlan;
  to: PlanningPosition | undefined;
  from: PlanningPosition | undefined;
  names: Names;
}): RecommendationOut {
  const { t, sku, toNode, names } = a;
  const toName = names.location(t.toLocationId)?.name ?? 'the receiving location';
  const fromName = names.location(t.fromLocationId)?.name ?? 'the sending location';
  const toPerDay = toNode?.demandPerDay ?? 0;
  const coverBefore = dos(position(a.to), toPerDay);
  const region = mainRegion(a.plan, toNode);
  const regionName = names.region(region?.regionId)?.name;
  const rop = Math.ceil(toNode?.reorderPointUnits ?? 0);
  const fromAfter = t.impact.daysOfSupplyAfter?.from;
  const reason =
    `${toName} covers ${days(coverBefore)} of demand for ${sku.code}; lead time is ${days(a.plan.leadTimeDays)}; ` +
    (regionName ? `the ${regionName} region's ${pct(region?.serviceLevel ?? 0.95)} service level needs ${units(rop)} there: ` : `its reorder point is ${units(rop)}: `) +
    `transfer ${units(t.qty)} from ${fromName}` +
    (fromAfter !== undefined ? `, which keeps ${days(fromAfter)} of cover.` : ', which does not need them (it no longer stocks this SKU).') +
    ` Arrives in ${days(t.arrivalDays)}${t.customsDays > 0 ? ` (incl. ${days(t.customsDays)} customs)` : ''} for ${money(t.freightCost, names.currency)} freight.`;
  return {
    kind: 'transfer',
    skuId: sku.id,
    fromLocationId: t.fromLocationId,
    toLocationId: t.toLocationId,
    regionId: region?.regionId ?? null,
    supplierId: null,
    purchaseOrderId: null,
    qty: t.qty,
    reason,
    facts: [
      { label: `Days of cover at ${toName}`, value: round1(coverBefore) ?? 'no demand', unit: coverBefore === null ? null : 'days' },
      { label: `Demand at ${toName}`, value: round1(toPerDay) ?? 0, unit: 'units/day' },
      { label: 'Lead time', value: a.plan.leadTimeDays, unit: 'days' },
      { label: 'Service level', value: pct(region?.serviceLevel ?? 0.95), unit: null },
      { label: `Reorder point at ${toName}`, value: rop, unit: 'units' },
      { label: 'Transfer', value: t.qty, unit: 'units' },
      { label: `Days of cover left at ${fromName}`, value: round1(fromAfter) ?? 'no demand', unit: fromAfter === undefined ? null : 'days' },
      { label: 'Freight', value: Math.round(t.freightCost * 100) / 100, unit: names.currency },
    ],
    impact: {
      units: t.qty,
      costDelta: t.freightCost,
      daysOfSupplyAfter: { from: round1(fromAfter), to: round1(t.impact.daysOfSupplyAfter?.to) },
      sla: regionName
        ? { summary: `${regionName} stays covered at its ${pct(region?.serviceLevel ?? 0.95)} service level`, meetsSlaAfter: true, deliveryDaysBefore: null, deliveryDaysAfter: null }
        : null,
      check: { positionUnits: position(a.to), reorderPointUnits: rop, fromAvailableUnits: a.from ? a.from.onHand - a.from.reserved : 0, fromKeepUnits: Math.max(0, (a.from ? a.from.onHand - a.from.reserved : 0) - t.qty) },
    },
    priority: RANK[t.priority],
    score: t.qty * sku.unitCost,
  };
}

export function replenishOut(a: { r: ReplenishRecommendation; sku: PlanningSku; node: NodeTarget; plan: SkuPlan; position: PlanningPosition | undefined; moved: number; names: Names; regionalShortfall?: number }): RecommendationOut {
  const { r, sku, node, names } = a;
  const atName = names.location(node.locationId)?.name ?? 'the location';
  const rop = Math.ceil(node.reorderPointUnits);
  const upTo = Math.max(rop, Math.ceil(node.orderUpToUnits));
  const ip = r.inventoryPositionUnits;
  const cover = dos(ip, node.demandPerDay);
  const after = dos(ip + r.qty, node.demandPerDay);
  const region = mainRegion(a.plan, node);
  const regionName = names.region(region?.regionId)?.name;
  const value = r.qty * sku.unitCost;
  const short = a.regionalShortfall ?? 0;
  const reason =
    `${atName} has ${units(ip + short)} of ${sku.code} on hand, inbound and on order` +
    (short > 0 ? `, ${units(short)} of which the regional locations it supplies are short` : '') +
    ` (${days(dos(ip, node.demandPerDay))} of its own demand at ${round1(node.demandPerDay)}/day after that), ` +
    `at or below its reorder point of ${units(rop)}` +
    (regionName ? ` for the ${regionName} region's ${pct(region?.serviceLevel ?? 0.95)} service level` : '') +
    `; the supplier needs ${days(a.plan.leadTimeDays)}: order ${units(r.qty)} (${r.cases} case${r.cases === 1 ? '' : 's'}` +
    `${r.quantityRule === 'moq' ? ', the minimum order' : ''}) to reach ${units(upTo)}, ${days(after)} of cover, for ${money(value, names.currency)}.`;
  return {
    kind: 'replenish',
    skuId: sku.id,
    fromLocationId: null,
    toLocationId: node.locationId,
    regionId: region?.regionId ?? null,
    supplierId: sku.supplierId,
    purchaseOrderId: null,
    qty: r.qty,
    reason,
    facts: [
      { label: 'Stock position', value: ip + short, unit: 'units' },
      ...(short > 0 ? [{ label: 'Shortfall of the regional locations it supplies', value: short, unit: 'units' }] : []),
      { label: 'Days of cover', value: round1(cover) ?? 'no demand', unit: cover === null ? null : 'days' },
      { label: 'Reorder point', value: rop, unit: 'units' },
      { label: 'Order-up-to', value: upTo, unit: 'units' },
      { label: 'Supplier lead time', value: a.plan.leadTimeDays, unit: 'days' },
      { label: 'Order', value: r.qty, unit: 'units' },
      { label: 'Purchase value', value: Math.round(value * 100) / 100, unit: names.currency },
    ],
    impact: {
      units: r.qty,
      costDelta: value,
      daysOfSupplyAfter: { from: null, to: round1(after) },
      sla: regionName ? { summary: `Keeps ${regionName} at its ${pct(region?.serviceLevel ?? 0.95)} service level`, meetsSlaAfter: true, deliveryDaysBefore: null, deliveryDaysAfter: null } : null,
      // Re-checked against the location's own position: the regional shortfall is added on top.
      check: { positionUnits: position(a.position), reorderPointUnits: rop + short, orderUpToUnits: upTo + short },
    },
    priority: RANK[r.priority],
    score: value,
  };
}

export function centralizeOut(a: { assessment: CentralizeAssessment; sku: PlanningSku; centralLocationId: string; names: Names }): RecommendationOut {
  const rec = a.assessment.recommendation;
  if (!rec) throw new Error('centralizeOut needs a recommendation');
  const { central, regional, current } = a.assessment;
  const now = current === 'central' ? central : regional;
  const next = current === 'central' ? regional : central;
  const centralName = a.names.location(a.centralLocationId)?.name ?? 'the central location';
  const saving = -rec.impact.costDelta;
  const reason =
    (rec.kind === 'centralize'
      ? `Hold ${a.sku.code} at ${centralName} only: `
      : `Stock ${a.sku.code} at ${next.openLocationIds.length} locations instead of ${centralName} alone: `) +
    `safety stock ${units(now.safetyStockUnits)} -> ${units(next.safetyStockUnits)}, delivery ${days(now.averageDeliveryDays)} -> ${days(next.averageDeliveryDays)} on average, ` +
    `${pct(next.slaMetShare)} of demand within SLA (today ${pct(now.slaMetShare)}); saves ${money(saving, a.names.currency)} a year in holding, ordering and shipping.`;
  return {
    kind: rec.kind,
    skuId: a.sku.id,
    fromLocationId: rec.fromLocationId ?? null,
    toLocationId: rec.toLocationId ?? null,
    regionId: null,
    supplierId: null,
    purchaseOrderId: null,
    qty: Math.max(1, Math.round(rec.qty)),
    reason,
    facts: [
      { label: 'Safety stock today', value: Math.round(now.safetyStockUnits), unit: 'units' },
      { label: 'Safety stock after', value: Math.round(next.safetyStockUnits), unit: 'units' },
      { label: 'Average delivery today', value: round1(now.averageDeliveryDays) ?? 0, unit: 'days' },
      { label: 'Average delivery after', value: round1(next.averageDeliveryDays) ?? 0, unit: 'days' },
      { label: 'Saving per year', value: Math.round(saving), unit: a.names.currency },
    ],
    impact: {
      units: Math.round(rec.impact.units),
      costDelta: rec.impact.costDelta,
      daysOfSupplyAfter: { from: null, to: round1(rec.impact.daysOfSupplyAfter?.to) },
      sla: rec.impact.slaEffect
        ? { summary: rec.impact.slaEffect.summary, meetsSlaAfter: rec.impact.slaEffect.meetsSlaAfter, deliveryDaysBefore: round1(rec.impact.slaEffect.deliveryDaysBefore), deliveryDaysAfter: round1(rec.impact.slaEffect.deliveryDaysAfter) }
        : null,
    },
    priority: RANK[rec.priority],
    score: saving,
  };
}

export function inboundSplitOut(a: { part: InboundSplitRecommendation; split: InboundSplitResult; sku: PlanningSku; arrival: PlanningArrival; names: Names }): RecommendationOut {
  const { part, arrival, names } = a;
  const toName = names.location(part.toLocationId)?.name ?? 'a location';
  const atName = names.location(arrival.arrivalLocationId)?.name ?? 'the arrival location';
  const p = a.split.parts.find((x) => x.locationId === part.toLocationId);
  const reason =
    `Purchase order ${arrival.purchaseOrderNumber} brings ${units(arrival.outstandingUnits)} of ${a.sku.code} to ${atName}${arrival.eta ? ` around ${arrival.eta}` : ''}: ` +
    `send ${pct(part.share)} (${units(part.qty)}, ${part.cases} case${part.cases === 1 ? '' : 's'}) on to ${toName}, raising it from ${days(p?.daysOfSupplyBefore)} to ${days(p?.daysOfSupplyAfter)} of supply` +
    (a.split.targetDaysOfSupply !== null ? ` (fair share: every location near ${days(a.split.targetDaysOfSupply)}).` : '.');
  return {
    kind: 'inbound_split',
    skuId: a.sku.id,
    fromLocationId: arrival.arrivalLocationId,
    toLocationId: part.toLocationId,
    regionId: null,
    supplierId: null,
    purchaseOrderId: arrival.purchaseOrderId,
    qty: part.qty,
    reason,
    facts: [
      { label: 'Arrival', value: arrival.outstandingUnits, unit: 'units' },
      { label: `Share for ${toName}`, value: pct(part.share), unit: null },
      { label: `Days of supply at ${toName} before`, value: round1(p?.daysOfSupplyBefore) ?? 'no demand', unit: 'days' },
      { label: `Days of supply at ${toName} after`, value: round1(p?.daysOfSupplyAfter) ?? 'no demand', unit: 'days' },
    ],
    impact: { units: part.qty, costDelta: part.impact.costDelta, daysOfSupplyAfter: { from: null, to: round1(p?.daysOfSupplyAfter) }, sla: null },
    priority: RANK[part.priority],
    score: part.qty * a.sku.unitCost,
  };
}
