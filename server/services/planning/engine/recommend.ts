/**
 * Recommendations of a run from the SKU plans: transfers first (rebalance with HiGHS: stock above order-up-to,
 * or at locations that no longer stock the SKU, moved to locations that would run out before a purchase could
 * arrive), then purchase
 * orders for what transfers do not cover, centralize/decentralize where the stocking policy and the stock
 * disagree, and the fair-share split of in-transit arrivals at central or port locations.
 */
import {
  assessCentralization,
  planRebalance,
  recommendInboundSplit,
  recommendReplenishment,
  type NodeTarget,
  type RebalancePosition,
  type RebalanceSku,
  type TransferLane,
} from '@/server/planning';
import type { PlanningInputs, PlanningLocation, PlanningPosition } from '../inputs';
import type { RecommendationOut } from './outputs';
import { centralizeOut, inboundSplitOut, replenishOut, transferOut, type Names } from './explain';

export interface SkuPlan {
  skuIndex: number;
  abcClass: 'A' | 'B' | 'C';
  nodes: NodeTarget[];
  assignments: readonly { regionId: string; locationId: string; transitDays: number; costPerUnit: number }[];
  regionDemand: { regionId: string; demandPerDay: number; demandSdPerDay: number; serviceLevel: number; slaDeliveryDays: number }[];
  stockedLocationIds: string[];
  leadTimeDays: number;
}

/** SKUs per HiGHS model: keeps each MILP small enough to solve in well under a second. */
const REBALANCE_BATCH_SKUS = 40;
/** Centralize/decentralize assessments per run (highest consumption value first). */
const MAX_CENTRALIZE_ASSESSMENTS = 300;

const key = (skuId: string, locationId: string) => `${skuId}|${locationId}`;
const positionOf = (p: PlanningPosition | undefined) => (p ? p.onHand + p.inbound + p.onOrder - p.reserved : 0);

export async function recommend(inputs: PlanningInputs, plans: SkuPlan[], centralLocationId: string | null): Promise<RecommendationOut[]> {
  const positions = new Map(inputs.positions.map((p) => [key(p.skuId, p.locationId), p]));
  const locationById = new Map(inputs.locations.map((l) => [l.id, l]));
  const names: Names = {
    location: (id) => locationById.get(id ?? '') as PlanningLocation | undefined,
    region: (id) => inputs.regions.find((r) => r.id === id),
    currency: inputs.currency,
  };
  const out: RecommendationOut[] = [];
  const transferLanes: TransferLane[] = inputs.transferLanes.map((l) => ({ fromLocationId: l.fromLocationId, toLocationId: l.toLocationId, transitDays: l.transitDays, customsDays: l.customsDays, costPerUnit: l.costPerUnit }));
  const incoming = new Map<string, number>();
  const outgoing = new Map<string, number>();

  // Transfers: only SKUs with a location below its reorder point and stock to spare elsewhere.
  const candidates: { plan: SkuPlan; positions: RebalancePosition[] }[] = [];
  if (transferLanes.length > 0) {
    for (const plan of plans) {
      const sku = inputs.skus[plan.skuIndex];
      if (!sku) continue;
      const rows: RebalancePosition[] = [];
      let deficit = false;
      let surplus = false;
      const nodeAt = new Map(plan.nodes.map((n) => [n.locationId, n]));
      for (const location of inputs.locations) {
        const p = positions.get(key(sku.id, location.id));
        const node = nodeAt.get(location.id);
        const position = positionOf(p);
        const available = p ? p.onHand + p.inbound - p.reserved : 0;
        const free = p ? Math.max(0, p.onHand - p.reserved) : 0;
        if (node) {
          const rop = Math.ceil(node.reorderPointUnits);
          const out = Math.max(rop, Math.ceil(node.orderUpToUnits));
          // A transfer is for a location that runs short before a purchase could arrive (position below the
          // lead-time demand); the others wait for their replenishment.
          if (position < rop && position < node.demandPerDay * plan.leadTimeDays) {
            rows.push({ skuId: sku.id, locationId: location.id, availableUnits: available, targetUnits: available + (out - position), dailyDemandUnits: node.demandPerDay, needByDays: plan.leadTimeDays });
            deficit = true;
          } else if (position > out && free > 0) {
            rows.push({ skuId: sku.id, locationId: location.id, availableUnits: available, targetUnits: available - Math.min(position - out, free), dailyDemandUnits: node.demandPerDay });
            surplus = true;
          }
        } else if (free > 0) {
          rows.push({ skuId: sku.id, locationId: location.id, availableUnits: available, targetUnits: available - free, dailyDemandUnits: 0 });
          surplus = true;
        }
      }
      if (deficit && surplus) candidates.push({ plan, positions: rows });
    }
  }
  for (let i = 0; i < candidates.length; i += REBALANCE_BATCH_SKUS) {
    const batch = candidates.slice(i, i + REBALANCE_BATCH_SKUS);
    const skus: RebalanceSku[] = batch.map(({ plan }) => {
      const sku = inputs.skus[plan.skuIndex];
      return { skuId: sku?.id ?? '', casePackUnits: sku?.casePack ?? 1, shortagePenaltyPerUnit: Math.max(0.5, (sku?.unitPrice || sku?.unitCost || 1) * 0.5) };
    });
    const plan = await planRebalance({ skus, positions: batch.flatMap((c) => c.positions), lanes: transferLanes, options: { timeLimitSeconds: 10 } });
    for (const t of plan.transfers) {
      incoming.set(key(t.skuId, t.toLocationId), (incoming.get(key(t.skuId, t.toLocationId)) ?? 0) + t.qty);
      outgoing.set(key(t.skuId, t.fromLocationId), (outgoing.get(key(t.skuId, t.fromLocationId)) ?? 0) + t.qty);
      const c = batch.find((b) => inputs.skus[b.plan.skuIndex]?.id === t.skuId);
      if (!c) continue;
      const sku = inputs.skus[c.plan.skuIndex];
      if (!sku) continue;
      const toNode = c.plan.nodes.find((n) => n.locationId === t.toLocationId);
      const fromNode = c.plan.nodes.find((n) => n.locationId === t.fromLocationId);
      out.push(transferOut({ t, sku, toNode, fromNode, plan: c.plan, to: positions.get(key(sku.id, t.toLocationId)), from: positions.get(key(sku.id, t.fromLocationId)), names }));
    }
  }

  // Purchase orders for what is still at or below the reorder point after the transfers. A regional location
  // that the central one can supply (a transfer lane exists) is not bought for directly: its shortfall is added
  // to the central location's need, the way the seed's planners order (suppliers ship to the central warehouse).
  const laneFromCentral = new Set(inputs.transferLanes.filter((l) => l.fromLocationId === centralLocationId).map((l) => l.toLocationId));
  for (const plan of plans) {
    const sku = inputs.skus[plan.skuIndex];
    if (!sku || !sku.supplierId) continue;
    const centralNode = plan.nodes.find((n) => n.locationId === centralLocationId);
    let regionalShortfall = 0;
    const buy: { node: NodeTarget; extraNeed: number }[] = [];
    for (const node of plan.nodes) {
      if (centralNode && node !== centralNode && laneFromCentral.has(node.locationId)) {
        const p = positions.get(key(sku.id, node.locationId));
        const moved = (incoming.get(key(sku.id, node.locationId)) ?? 0) - (outgoing.get(key(sku.id, node.locationId)) ?? 0);
        const after = positionOf(p) + moved;
        if (after <= Math.ceil(node.reorderPointUnits)) regionalShortfall += Math.max(0, Math.ceil(node.orderUpToUnits) - after);
      } else {
        buy.push({ node, extraNeed: 0 });
      }
    }
    for (const b of buy) if (b.node === centralNode) b.extraNeed = regionalShortfall;
    for (const { node, extraNeed } of buy) {
      const p = positions.get(key(sku.id, node.locationId));
      const rop = Math.ceil(node.reorderPointUnits);
      const upTo = Math.max(rop, Math.ceil(node.orderUpToUnits));
      const moved = (incoming.get(key(sku.id, node.locationId)) ?? 0) - (outgoing.get(key(sku.id, node.locationId)) ?? 0);
      const r = recommendReplenishment({
        skuId: sku.id,
        locationId: node.locationId,
        supplierId: sku.supplierId,
        onHandUnits: p?.onHand ?? 0,
        inboundUnits: (p?.inbound ?? 0) + Math.max(0, moved),
        onOrderUnits: p?.onOrder ?? 0,
        // Units promised onward: transfers out and what the regional locations it supplies are short.
        reservedUnits: (p?.reserved ?? 0) + Math.max(0, -moved) + extraNeed,
        reorderPointUnits: rop,
        orderUpToUnits: upTo,
        casePackUnits: sku.casePack,
        moqUnits: sku.moq,
        dailyDemandUnits: node.demandPerDay,
        leadTimeDays: plan.leadTimeDays,
        unitCost: sku.unitCost,
      });
      if (r) out.push(replenishOut({ r, sku, node, plan, position: p, moved, names, regionalShortfall: extraNeed }));
    }
  }

  // Centralize / decentralize where the policy and today's stock disagree (bounded, highest value first).
  if (centralLocationId) {
    const disagreements = plans
      .map((plan) => {
        const sku = inputs.skus[plan.skuIndex];
        const held = inputs.locations.filter((l) => (positions.get(key(sku?.id ?? '', l.id))?.onHand ?? 0) > 0).map((l) => l.id);
        const current: 'central' | 'regional' = held.filter((id) => id !== centralLocationId).length > 0 ? 'regional' : 'central';
        const policy: 'central' | 'regional' = plan.stockedLocationIds.length > 1 ? 'regional' : 'central';
        const demand = plan.regionDemand.reduce((a, r) => a + r.demandPerDay, 0);
        return { plan, sku, current, policy, held, value: demand * (sku?.unitCost ?? 0) };
      })
      .filter((d) => d.sku && d.current !== d.policy)
      .sort((a, b) => b.value - a.value)
      .slice(0, MAX_CENTRALIZE_ASSESSMENTS);
    const networkLanes = inputs.lanes.map((l) => ({ laneId: l.id, fromLocationId: l.locationId, toRegionId: l.regionId, transitDays: l.transitDays, shippingCostPerUnit: l.costPerUnit }));
    for (const d of disagreements) {
      const sku = d.sku;
      if (!sku) continue;
      const regional = [...new Set([...d.plan.assignments.map((a) => a.locationId), ...d.held, centralLocationId])];
      const unrestricted = inputs.locations.filter((l) => networkLanes.some((n) => n.fromLocationId === l.id)).map((l) => l.id);
      const assessment = assessCentralization({
        skuId: sku.id,
        model: {
          locations: inputs.locations.map((l) => ({ locationId: l.id, leadTimeDays: d.plan.leadTimeDays, reviewPeriodDays: inputs.settings.reviewPeriodDays, inboundCostPerUnit: l.handlingCostUnit })),
          regions: d.plan.regionDemand.map((r) => ({ regionId: r.regionId, slaDeliveryDays: r.slaDeliveryDays, serviceLevel: r.serviceLevel })),
          skus: [{ skuId: sku.id, unitCost: sku.unitCost, holdingRateAnnual: inputs.locations.find((l) => l.id === centralLocationId)?.holdingRate ?? 0.25, demand: d.plan.regionDemand }],
          lanes: networkLanes,
        },
        centralLocationId,
        regionalLocationIds: d.current === 'regional' ? regional : unrestricted,
        current: d.current,
        abcClass: d.plan.abcClass,
      });
      if (assessment.recommendation) out.push(centralizeOut({ assessment, sku, centralLocationId, names }));
    }
  }

  // Fair-share split of in-transit arrivals at central or port locations.
  const planBySku = new Map(plans.map((p) => [inputs.skus[p.skuIndex]?.id ?? '', p]));
  for (const arrival of inputs.arrivals) {
    const plan = planBySku.get(arrival.skuId);
    const sku = plan ? inputs.skus[plan.skuIndex] : undefined;
    if (!plan || !sku || plan.nodes.length < 2) continue;
    const split = recommendInboundSplit({
      skuId: sku.id,
      arrivalUnits: arrival.outstandingUnits,
      casePackUnits: sku.casePack,
      arrivalLocationId: arrival.arrivalLocationId,
      locations: plan.nodes.map((n) => {
        const p = positions.get(key(sku.id, n.locationId));
        // The arrival itself is already counted in the arrival location's inbound; take it out to split it fairly.
        const own = n.locationId === arrival.arrivalLocationId ? arrival.outstandingUnits : 0;
        return { locationId: n.locationId, stockPositionUnits: Math.max(0, positionOf(p) - own), demandPerDay: n.demandPerDay };
      }),
    });
    for (const part of split.recommendations) {
      if (part.toLocationId === arrival.arrivalLocationId) continue;
      out.push(inboundSplitOut({ part, split: split.split, sku, arrival, names }));
    }
  }
  return out;
}
