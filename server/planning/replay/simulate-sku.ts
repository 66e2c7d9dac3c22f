/**
 * One SKU under one policy, week by week (the timing is in types.ts). Buffers are allocated once per policy
 * (SkuState) and reset per SKU: no allocation per week except Footprint's inbound split on an arrival.
 *
 * No look-ahead: the targets of a review week are computed by `targetsAt(week)` from weeks < week; demand of
 * week w is read only while simulating week w.
 */
import { splitInbound } from '../allocation/inbound-split';
import type { PolicyAccumulator } from './accumulator';
import type { RegionPlan } from './network-plan';
import { weeksOf } from './network-plan';
import type { TargetBuffers } from './targets';
import type { DemandArray, ReplayPolicyKind, ReplaySku } from './types';

const HOLDING_WEEK_FRACTION = 7 / 365;

/** Reusable state of one policy (sized for the replay's locations and weeks). */
export interface SkuState {
  onHand: Float64Array;
  backlog: Float64Array;
  /** Units ordered or transferred to a location and not yet received (incl. planned PO shares). */
  pipeline: Float64Array;
  /** Units arriving per location and simulated week (index location * slots + week offset). */
  arrivals: Float64Array;
  slots: number;
  locDemand: Float64Array;
  locShipCost: Float64Array;
  request: Float64Array;
  // Footprint's pooled purchase orders, split on arrival.
  poArrival: Int32Array;
  poQty: Float64Array;
  poPlanned: Float64Array;
  poCount: number;
}

export function newSkuState(locationCount: number, simulatedWeeks: number, maxLagWeeks: number): SkuState {
  const slots = simulatedWeeks + maxLagWeeks + 2;
  const poCap = simulatedWeeks + 1;
  return {
    onHand: new Float64Array(locationCount),
    backlog: new Float64Array(locationCount),
    pipeline: new Float64Array(locationCount),
    arrivals: new Float64Array(locationCount * slots),
    slots,
    locDemand: new Float64Array(locationCount),
    locShipCost: new Float64Array(locationCount),
    request: new Float64Array(locationCount),
    poArrival: new Int32Array(poCap),
    poQty: new Float64Array(poCap),
    poPlanned: new Float64Array(poCap * locationCount),
    poCount: 0,
  };
}

export interface SkuRun {
  skuIndex: number;
  sku: ReplaySku;
  policy: ReplayPolicyKind;
  plan: RegionPlan;
  /** This SKU's demand, index region * weekCount + week. */
  regionSeries: DemandArray;
  weekCount: number;
  firstWeek: number;
  reviewEveryWeeks: number;
  regionSlaDays: Float64Array;
  holdingRate: Float64Array;
  transferWeeks: Int32Array;
  transferCost: Float64Array;
  unmetDemand: 'lost' | 'backorder';
  orderCostPerOrder: number;
  /** Explicit starting stock per location (else the steady state of the first targets). */
  startingStock: Float64Array | null;
  /** Fills `targets` for a review week from data before it. */
  targetsAt: (week: number, targets: TargetBuffers) => void;
  targets: TargetBuffers;
  random: () => number;
}

function sampleLeadWeeks(sku: ReplaySku, random: () => number): number {
  if (!(sku.leadTimeSdDays > 0)) return weeksOf(sku.leadTimeDays);
  const u1 = Math.max(1e-12, random());
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random());
  return weeksOf(Math.max(0, sku.leadTimeDays + z * sku.leadTimeSdDays));
}

function roundUpToCases(units: number, casePack: number, moq: number): number {
  const pack = Math.max(1, casePack);
  const q = Math.ceil(Math.max(units, moq) / pack - 1e-9) * pack;
  return Math.max(q, pack);
}

export function simulateSku(run: SkuRun, st: SkuState, acc: PolicyAccumulator): void {
  const { plan, regionSeries, weekCount, firstWeek, sku, targets } = run;
  const n = st.onHand.length;
  const regionCount = plan.regionLocation.length;
  const simWeeks = weekCount - firstWeek;
  const slots = st.slots;
  const s = run.skuIndex;
  const leadWeeks = weeksOf(sku.leadTimeDays);
  const unitCost = sku.unitCost;
  const lostValue = sku.unitPrice > 0 ? sku.unitPrice : unitCost;
  const isFootprint = run.policy === 'footprint';
  st.onHand.fill(0);
  st.backlog.fill(0);
  st.pipeline.fill(0);
  st.arrivals.fill(0);
  st.poCount = 0;

  // Mean lane cost per location (for backlog shipped later).
  st.locShipCost.fill(0);
  st.request.fill(0);
  for (let r = 0; r < regionCount; r++) {
    const l = plan.regionLocation[r] ?? -1;
    if (l < 0) continue;
    st.locShipCost[l] = (st.locShipCost[l] ?? 0) + (plan.costPerUnit[r] ?? 0);
    st.request[l] = (st.request[l] ?? 0) + 1;
  }
  for (let l = 0; l < n; l++) if ((st.request[l] ?? 0) > 0) st.locShipCost[l] = (st.locShipCost[l] ?? 0) / (st.request[l] ?? 1);

  for (let i = 0; i < simWeeks; i++) {
    const w = firstWeek + i;
    if (i % run.reviewEveryWeeks === 0) {
      run.targetsAt(w, targets);
      if (i === 0) {
        for (let l = 0; l < n; l++) {
          if (!targets.stocked[l]) continue;
          acc.cellsStocked++;
          if (run.startingStock) {
            st.onHand[l] = Math.max(0, Math.round(run.startingStock[l] ?? 0));
            continue;
          }
          // Steady state of the first targets: on hand just after an arrival, one week's demand in each
          // of the L pipeline weeks (position = order-up-to).
          const d = Math.round(targets.demandPerWeek[l] ?? 0);
          st.onHand[l] = Math.max(0, Math.round((targets.orderUpToUnits[l] ?? 0) - d * leadWeeks));
          for (let k = 1; k <= leadWeeks && k < slots; k++) {
            st.arrivals[l * slots + k] = d;
            st.pipeline[l] = (st.pipeline[l] ?? 0) + d;
          }
        }
      }
    }

    // 2. Arrivals.
    for (let l = 0; l < n; l++) {
      const a = st.arrivals[l * slots + i] ?? 0;
      if (a !== 0) {
        st.onHand[l] = (st.onHand[l] ?? 0) + a;
        st.pipeline[l] = (st.pipeline[l] ?? 0) - a;
      }
    }
    if (isFootprint) receivePooledOrders(st, i, sku, targets);

    // 3. Demand.
    st.locDemand.fill(0);
    let weekDemand = 0;
    let weekUnmet = 0;
    for (let r = 0; r < regionCount; r++) {
      const y = regionSeries[r * weekCount + w] ?? 0;
      if (y === 0) continue;
      weekDemand += y;
      acc.regionDemand[r] = (acc.regionDemand[r] ?? 0) + y;
      const l = plan.regionLocation[r] ?? -1;
      if (l < 0) {
        weekUnmet += y;
        acc.regionUnreachable[r] = (acc.regionUnreachable[r] ?? 0) + y;
        continue;
      }
      st.locDemand[l] = (st.locDemand[l] ?? 0) + y;
      if ((plan.transitDays[r] ?? 0) > (run.regionSlaDays[r] ?? Infinity)) acc.regionLateUnits[r] = (acc.regionLateUnits[r] ?? 0) + y;
    }
    let weekServed = 0;
    let weekShipping = 0;
    let weekBacklog = 0;
    for (let l = 0; l < n; l++) {
      let onHand = st.onHand[l] ?? 0;
      if (run.unmetDemand === 'backorder' && (st.backlog[l] ?? 0) > 0) {
        const b = Math.min(onHand, st.backlog[l] ?? 0);
        onHand -= b;
        st.backlog[l] = (st.backlog[l] ?? 0) - b;
        weekShipping += b * (st.locShipCost[l] ?? 0);
      }
      const d = st.locDemand[l] ?? 0;
      const served = Math.min(onHand, d);
      onHand -= served;
      st.onHand[l] = onHand;
      const unmet = d - served;
      st.locDemand[l] = d > 0 ? served / d : 1; // reused: the share of demand served
      weekServed += served;
      weekUnmet += unmet;
      if (unmet > 0 && run.unmetDemand === 'backorder') st.backlog[l] = (st.backlog[l] ?? 0) + unmet;
      weekBacklog += st.backlog[l] ?? 0;
      const cell = s * n + l;
      acc.cellDemand[cell] = (acc.cellDemand[cell] ?? 0) + d;
      acc.cellServed[cell] = (acc.cellServed[cell] ?? 0) + served;
      if (targets.stocked[l]) {
        acc.cellWeeksStocked[cell] = (acc.cellWeeksStocked[cell] ?? 0) + 1;
        if (unmet <= 1e-9) acc.cellWeeksInStock[cell] = (acc.cellWeeksInStock[cell] ?? 0) + 1;
      }
    }
    for (let r = 0; r < regionCount; r++) {
      const l = plan.regionLocation[r] ?? -1;
      if (l < 0) continue;
      const y = regionSeries[r * weekCount + w] ?? 0;
      if (y === 0) continue;
      const served = y * (st.locDemand[l] ?? 0);
      acc.regionServed[r] = (acc.regionServed[r] ?? 0) + served;
      const days = plan.transitDays[r] ?? 0;
      acc.regionDeliveryDaysUnits[r] = (acc.regionDeliveryDaysUnits[r] ?? 0) + served * days;
      acc.deliveryDaysUnits += served * days;
      acc.deliveredUnits += served;
      weekShipping += served * (plan.costPerUnit[r] ?? 0);
    }

    // 4. End of week: stock carried.
    let units = 0;
    let holding = 0;
    for (let l = 0; l < n; l++) {
      const u = st.onHand[l] ?? 0;
      units += u;
      holding += u * unitCost * (run.holdingRate[l] ?? 0) * HOLDING_WEEK_FRACTION;
    }
    const p = acc.periods;
    p.demandUnits[i] = (p.demandUnits[i] ?? 0) + weekDemand;
    p.servedUnits[i] = (p.servedUnits[i] ?? 0) + weekServed;
    p.unmetUnits[i] = (p.unmetUnits[i] ?? 0) + weekUnmet;
    p.backlogUnits[i] = (p.backlogUnits[i] ?? 0) + weekBacklog;
    p.inventoryUnits[i] = (p.inventoryUnits[i] ?? 0) + units;
    p.inventoryValue[i] = (p.inventoryValue[i] ?? 0) + units * unitCost;
    p.holdingCost[i] = (p.holdingCost[i] ?? 0) + holding;
    p.shippingCost[i] = (p.shippingCost[i] ?? 0) + weekShipping;
    acc.skuDemand[s] = (acc.skuDemand[s] ?? 0) + weekDemand;
    acc.skuServed[s] = (acc.skuServed[s] ?? 0) + weekServed;
    acc.skuInventoryValueSum[s] = (acc.skuInventoryValueSum[s] ?? 0) + units * unitCost;
    acc.stockoutValue += weekUnmet * lostValue;

    // 5. Rebalancing transfers, 6. orders.
    if (isFootprint) rebalance(run, st, acc, i, leadWeeks, lostValue);
    placeOrders(run, st, acc, i);
  }
}

/** Footprint's pooled purchase orders due this week, split by fair share of days of supply (splitInbound). */
function receivePooledOrders(st: SkuState, i: number, sku: ReplaySku, targets: TargetBuffers): void {
  const n = st.onHand.length;
  for (let k = 0; k < st.poCount; k++) {
    if (st.poArrival[k] !== i) continue;
    const members: { locationId: string; stockPositionUnits: number; demandPerDay: number }[] = [];
    const index: number[] = [];
    for (let l = 0; l < n; l++) {
      const planned = st.poPlanned[k * n + l] ?? 0;
      if (planned <= 0) continue;
      st.pipeline[l] = (st.pipeline[l] ?? 0) - planned;
      members.push({
        locationId: String(l),
        stockPositionUnits: (st.onHand[l] ?? 0) + (st.pipeline[l] ?? 0) - (st.backlog[l] ?? 0),
        demandPerDay: (targets.demandPerWeek[l] ?? 0) / 7,
      });
      index.push(l);
    }
    const qty = st.poQty[k] ?? 0;
    if (members.length === 1) {
      const l = index[0] ?? 0;
      st.onHand[l] = (st.onHand[l] ?? 0) + qty;
    } else if (members.length > 1) {
      const split = splitInbound({ arrivalUnits: qty, casePackUnits: Math.max(1, sku.casePackUnits), locations: members });
      split.parts.forEach((part, j) => {
        const l = index[j] ?? 0;
        st.onHand[l] = (st.onHand[l] ?? 0) + part.units;
      });
    }
    // Remove the PO (swap with the last).
    const last = st.poCount - 1;
    st.poArrival[k] = st.poArrival[last] ?? 0;
    st.poQty[k] = st.poQty[last] ?? 0;
    for (let l = 0; l < n; l++) st.poPlanned[k * n + l] = st.poPlanned[last * n + l] ?? 0;
    st.poCount--;
    k--;
  }
}

/**
 * Transfers (lateral rebalancing): a location expected to run out before a purchase order placed now could arrive
 * (its lowest projected on hand over the next L weeks below zero) draws, up to its safety stock, from locations
 * whose lowest projected stock over the same weeks stays above their safety stock, over the
 * cheapest transfer lane that arrives sooner than the supplier, in whole case packs, when the freight is cheaper
 * than the lost sale. The donor's position drops, so its own next order refills it. The same rules as
 * recommendations/rebalance (a donor never gives more than its surplus, only deficits receive), greedy per SKU.
 */
function rebalance(run: SkuRun, st: SkuState, acc: PolicyAccumulator, i: number, leadWeeks: number, lostValue: number): void {
  const { targets } = run;
  const n = st.onHand.length;
  const slots = st.slots;
  const pack = Math.max(1, run.sku.casePackUnits);
  let weekTransfers = 0;
  let weekUnits = 0;
  let weekCost = 0;
  for (let to = 0; to < n; to++) {
    if (!targets.stocked[to]) continue;
    const d = targets.demandPerWeek[to] ?? 0;
    if (d <= 0) continue;
    const projected = lowestProjected(st, to, i, leadWeeks, d);
    if (projected >= 0) continue;
    let need = (targets.safetyStockUnits[to] ?? 0) - projected;
    while (need >= pack) {
      let best = -1;
      let bestCost = Infinity;
      let bestSurplus = 0;
      for (let from = 0; from < n; from++) {
        if (from === to || !targets.stocked[from]) continue;
        const weeks = run.transferWeeks[from * n + to] ?? -1;
        if (weeks < 0 || weeks >= leadWeeks) continue;
        const cost = run.transferCost[from * n + to] ?? 0;
        if (cost >= lostValue || cost >= bestCost) continue;
        const surplus = donorSurplus(st, targets, from, i, leadWeeks);
        if (surplus < pack) continue;
        best = from;
        bestCost = cost;
        bestSurplus = surplus;
      }
      if (best < 0) break;
      const qty = Math.floor(Math.min(need + pack - 1, bestSurplus) / pack) * pack;
      if (qty <= 0) break;
      const arriveAt = i + (run.transferWeeks[best * n + to] ?? 0) + 1;
      st.onHand[best] = (st.onHand[best] ?? 0) - qty;
      if (arriveAt < slots) st.arrivals[to * slots + arriveAt] = (st.arrivals[to * slots + arriveAt] ?? 0) + qty;
      st.pipeline[to] = (st.pipeline[to] ?? 0) + qty;
      need -= qty;
      weekTransfers++;
      weekUnits += qty;
      weekCost += qty * bestCost;
    }
  }
  if (weekTransfers > 0) {
    const p = acc.periods;
    p.transfersPlaced[i] = (p.transfersPlaced[i] ?? 0) + weekTransfers;
    p.transferredUnits[i] = (p.transferredUnits[i] ?? 0) + weekUnits;
    p.transferCost[i] = (p.transferCost[i] ?? 0) + weekCost;
  }
}

/**
 * The lowest projected on hand over the next L weeks (units): on hand, plus what arrives by week k (orders,
 * transfers, planned shares of pooled orders), less the backlog and k weeks of forecast demand, k = 1..L.
 */
function lowestProjected(st: SkuState, l: number, i: number, leadWeeks: number, demandPerWeek: number): number {
  const n = st.onHand.length;
  const slots = st.slots;
  let level = (st.onHand[l] ?? 0) - (st.backlog[l] ?? 0);
  let lowest = level;
  for (let k = i + 1; k <= i + Math.max(1, leadWeeks); k++) {
    if (k < slots) level += st.arrivals[l * slots + k] ?? 0;
    for (let po = 0; po < st.poCount; po++) if (st.poArrival[po] === k) level += st.poPlanned[po * n + l] ?? 0;
    level -= demandPerWeek;
    if (level < lowest) lowest = level;
  }
  return lowest;
}

/** Stock a location can give without its projected stock dipping below its safety stock before it is resupplied. */
function donorSurplus(st: SkuState, targets: TargetBuffers, from: number, i: number, leadWeeks: number): number {
  const lowest = lowestProjected(st, from, i, leadWeeks, targets.demandPerWeek[from] ?? 0);
  return Math.min(st.onHand[from] ?? 0, lowest - (targets.safetyStockUnits[from] ?? 0));
}

function placeOrders(run: SkuRun, st: SkuState, acc: PolicyAccumulator, i: number): void {
  const { targets, sku } = run;
  const n = st.onHand.length;
  const slots = st.slots;
  const p = acc.periods;
  const pooled = run.policy === 'footprint';
  const minMax = run.policy === 'min-max';
  let total = 0;
  for (let l = 0; l < n; l++) {
    st.request[l] = 0;
    if (!targets.stocked[l]) continue;
    const out = targets.orderUpToUnits[l] ?? 0;
    if (out <= 0) continue;
    const position = (st.onHand[l] ?? 0) + (st.pipeline[l] ?? 0) - (st.backlog[l] ?? 0);
    // The tenant's min/max orders when the position falls to the min; the other policies review weekly and
    // order up to the order-up-to level (R, S): skipping a week would stretch the protection period to L + 2R.
    if (minMax ? position > (targets.reorderPointUnits[l] ?? 0) : position > out - 0.5) continue;
    if (position >= out) continue;
    const want = out - position;
    if (pooled) {
      st.request[l] = want;
      total += want;
      continue;
    }
    const qty = roundUpToCases(want, sku.casePackUnits, sku.moqUnits);
    const at = i + sampleLeadWeeks(sku, run.random) + 1;
    if (at < slots) st.arrivals[l * slots + at] = (st.arrivals[l * slots + at] ?? 0) + qty;
    st.pipeline[l] = (st.pipeline[l] ?? 0) + qty;
    p.ordersPlaced[i] = (p.ordersPlaced[i] ?? 0) + 1;
    p.orderedUnits[i] = (p.orderedUnits[i] ?? 0) + qty;
    p.orderingCost[i] = (p.orderingCost[i] ?? 0) + run.orderCostPerOrder;
  }
  if (!pooled || total <= 0) return;
  // One purchase order for every location below its reorder point; MOQ and case packs apply once.
  const qty = roundUpToCases(total, sku.casePackUnits, sku.moqUnits);
  const k = st.poCount++;
  st.poArrival[k] = i + sampleLeadWeeks(sku, run.random) + 1;
  st.poQty[k] = qty;
  const scale = qty / total;
  for (let l = 0; l < n; l++) {
    const planned = (st.request[l] ?? 0) * scale;
    st.poPlanned[k * n + l] = planned;
    if (planned > 0) st.pipeline[l] = (st.pipeline[l] ?? 0) + planned;
  }
  p.ordersPlaced[i] = (p.ordersPlaced[i] ?? 0) + 1;
  p.orderedUnits[i] = (p.orderedUnits[i] ?? 0) + qty;
  p.orderingCost[i] = (p.orderingCost[i] ?? 0) + run.orderCostPerOrder;
}
