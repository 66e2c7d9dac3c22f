/**
 * Running sums of one policy over the whole replay (typed arrays sized once), and the totals built from them.
 */
import type { ReplayPeriodSeries, ReplayPolicyKind, ReplayPolicyResult, ReplayRegion, ReplayTotals } from './types';

export interface PolicyAccumulator {
  policy: ReplayPolicyKind;
  periods: ReplayPeriodSeries;
  regionDemand: Float64Array;
  regionServed: Float64Array;
  regionDeliveryDaysUnits: Float64Array;
  regionLateUnits: Float64Array;
  regionUnreachable: Float64Array;
  skuDemand: Float64Array;
  skuServed: Float64Array;
  skuInventoryValueSum: Float64Array;
  cellDemand: Float64Array;
  cellServed: Float64Array;
  cellWeeksInStock: Float64Array;
  cellWeeksStocked: Float64Array;
  stockoutValue: number;
  deliveryDaysUnits: number;
  deliveredUnits: number;
  cellsWithOwnSettings: number;
  cellsStocked: number;
}

function periods(n: number): ReplayPeriodSeries {
  const f = () => new Float64Array(n);
  return {
    demandUnits: f(),
    servedUnits: f(),
    unmetUnits: f(),
    backlogUnits: f(),
    inventoryUnits: f(),
    inventoryValue: f(),
    holdingCost: f(),
    shippingCost: f(),
    transferCost: f(),
    orderingCost: f(),
    ordersPlaced: f(),
    orderedUnits: f(),
    transfersPlaced: f(),
    transferredUnits: f(),
  };
}

export function newAccumulator(
  policy: ReplayPolicyKind,
  simulatedWeeks: number,
  skuCount: number,
  regionCount: number,
  locationCount: number,
): PolicyAccumulator {
  const cells = skuCount * locationCount;
  return {
    policy,
    periods: periods(simulatedWeeks),
    regionDemand: new Float64Array(regionCount),
    regionServed: new Float64Array(regionCount),
    regionDeliveryDaysUnits: new Float64Array(regionCount),
    regionLateUnits: new Float64Array(regionCount),
    regionUnreachable: new Float64Array(regionCount),
    skuDemand: new Float64Array(skuCount),
    skuServed: new Float64Array(skuCount),
    skuInventoryValueSum: new Float64Array(skuCount),
    cellDemand: new Float64Array(cells),
    cellServed: new Float64Array(cells),
    cellWeeksInStock: new Float64Array(cells),
    cellWeeksStocked: new Float64Array(cells),
    stockoutValue: 0,
    deliveryDaysUnits: 0,
    deliveredUnits: 0,
    cellsWithOwnSettings: 0,
    cellsStocked: 0,
  };
}

function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] ?? 0;
  return s;
}

function max(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, a[i] ?? 0);
  return m;
}

export function finishAccumulator(acc: PolicyAccumulator, regions: readonly ReplayRegion[], regionFillRate: Float64Array): ReplayPolicyResult {
  const p = acc.periods;
  const weeks = p.demandUnits.length;
  const demandUnits = sum(p.demandUnits);
  const servedUnits = sum(p.servedUnits);
  const holdingCost = sum(p.holdingCost);
  const shippingCost = sum(p.shippingCost);
  const transferCost = sum(p.transferCost);
  const orderingCost = sum(p.orderingCost);
  const weeksStocked = sum(acc.cellWeeksStocked);
  const totals: ReplayTotals = {
    demandUnits,
    servedUnits,
    unmetUnits: sum(p.unmetUnits),
    lineFillRate: demandUnits > 0 ? servedUnits / demandUnits : 1,
    inStockShare: weeksStocked > 0 ? sum(acc.cellWeeksInStock) / weeksStocked : 1,
    averageInventoryUnits: weeks > 0 ? sum(p.inventoryUnits) / weeks : 0,
    averageInventoryValue: weeks > 0 ? sum(p.inventoryValue) / weeks : 0,
    peakInventoryUnits: max(p.inventoryUnits),
    peakInventoryValue: max(p.inventoryValue),
    holdingCost,
    shippingCost,
    transferCost,
    orderingCost,
    totalCost: holdingCost + shippingCost + transferCost + orderingCost,
    stockoutValue: acc.stockoutValue,
    ordersPlaced: sum(p.ordersPlaced),
    transfersPlaced: sum(p.transfersPlaced),
    averageDeliveryDays: acc.deliveredUnits > 0 ? acc.deliveryDaysUnits / acc.deliveredUnits : 0,
  };
  const skuAverageInventoryValue = new Float64Array(acc.skuInventoryValueSum.length);
  for (let s = 0; s < skuAverageInventoryValue.length; s++) {
    skuAverageInventoryValue[s] = weeks > 0 ? (acc.skuInventoryValueSum[s] ?? 0) / weeks : 0;
  }
  return {
    policy: acc.policy,
    totals,
    periods: p,
    regions: regions.map((r, i) => {
      const demand = acc.regionDemand[i] ?? 0;
      const served = acc.regionServed[i] ?? 0;
      return {
        regionId: r.regionId,
        demandUnits: demand,
        servedUnits: served,
        lineFillRate: demand > 0 ? served / demand : 1,
        targetFillRate: regionFillRate[i] ?? r.targetFillRate,
        slaDeliveryDays: r.slaDeliveryDays,
        averageDeliveryDays: served > 0 ? (acc.regionDeliveryDaysUnits[i] ?? 0) / served : 0,
        lateUnits: acc.regionLateUnits[i] ?? 0,
        unreachableUnits: acc.regionUnreachable[i] ?? 0,
      };
    }),
    skuDemandUnits: acc.skuDemand,
    skuServedUnits: acc.skuServed,
    skuAverageInventoryValue,
    cellDemandUnits: acc.cellDemand,
    cellServedUnits: acc.cellServed,
    cellWeeksInStock: acc.cellWeeksInStock,
    cellWeeksStocked: acc.cellWeeksStocked,
    coverage: acc.policy === 'min-max' ? (acc.cellsStocked > 0 ? acc.cellsWithOwnSettings / acc.cellsStocked : 0) : 1,
  };
}
