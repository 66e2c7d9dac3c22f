/**
 * Evaluate a network scenario: a set of open locations serving the regions.
 *
 * 1. Assignment: by default each region is served by its best open location under the allocation module's rule
 *    (`assignRegions`: cheapest lane meeting the SLA, else the fastest, flagged). An explicit assignment with
 *    shares (the optimizer's, which respects capacities) can be given instead.
 * 2. Per SKU and node, `nodeTargets` (allocation) gives safety stock with pooling (pooled sd of the regions the
 *    node serves), cycle stock Q/2 and the expected fill rate 1 - sigma * G(k) / Q (normal loss function at the
 *    node's safety factor). Q = d * R for periodic review, the EOQ when the location has an order cost.
 *    A region split between nodes contributes share * mean and share * sd to each.
 * 3. Money: shipping = demand * lane cost; inbound = demand * location inbound cost; holding = (SS + Q/2) * unit
 *    cost * holding rate; ordering = orders/year * order cost; fixed = sum of open locations' fixed costs.
 *
 * Units: see types.ts. Totals per year unless named otherwise. Fill rate and SLA share are fractions of ALL demand
 * (unserved demand counts as neither filled nor within SLA).
 */
import { assignRegions, type RegionAssignment } from '../allocation/region-assignment';
import { nodeTargets, type TargetRegion } from '../allocation/node-targets';
import { economicOrderQuantity } from '../inventory/targets';
import {
  regionCapacityLoad,
  regionDemandPerDay,
  reviewPeriodDaysOf,
  type NetworkLocation,
  type NetworkModel,
  type RegionShare,
} from './types';

export interface EvaluatedShare extends RegionShare {
  laneId: string | null;
  transitDays: number;
  shippingCostPerUnit: number;
  /** True when the lane does not meet the region's SLA delivery days. */
  slaRisk: boolean;
}

export interface NodeFigures {
  locationId: string;
  regionIds: string[];
  demandPerDay: number;
  safetyStockUnits: number;
  cycleStockUnits: number;
  /** (safety + cycle stock) * unit cost, currency. */
  inventoryValue: number;
  holdingCostPerYear: number;
  orderingCostPerYear: number;
  fixedCostPerYear: number;
  capacityLoadPerDay: number;
  capacityPerDay?: number;
  /** capacityLoadPerDay / capacityPerDay, when a capacity is set. */
  utilisation?: number;
}

export interface NetworkTotals {
  demandPerDay: number;
  unservedDemandPerDay: number;
  /** Demand-weighted delivery days over served demand. */
  averageDeliveryDays: number;
  /** Shipping cost per unit delivered (demand-weighted lane cost), currency/unit. */
  shippingCostPerUnit: number;
  shippingCostPerYear: number;
  inboundCostPerYear: number;
  cycleStockUnits: number;
  safetyStockUnits: number;
  inventoryUnits: number;
  /** Value of average inventory (cycle + safety), currency: the seed's "total inventory holding". */
  inventoryValue: number;
  holdingCostPerYear: number;
  orderingCostPerYear: number;
  fixedCostPerYear: number;
  /** shipping + inbound + holding + ordering + fixed, currency/year. */
  totalCostPerYear: number;
  /** Expected fraction of demand filled from stock (loss-function fill rate, weighted by demand). */
  expectedFillRate: number;
  /** Fraction of demand delivered within its region's SLA days. */
  slaMetShare: number;
}

export interface NetworkEvaluation {
  openLocationIds: string[];
  assignments: EvaluatedShare[];
  /** Regions no open location can reach. */
  unservedRegionIds: string[];
  nodes: NodeFigures[];
  totals: NetworkTotals;
}

export interface EvaluateOptions {
  /** Use this assignment (e.g. the optimizer's) instead of the region-assignment rule. */
  assignments?: readonly RegionShare[];
}

/** The lane the region-assignment rule uses from each location to each region (cheapest meeting SLA, else fastest). */
export function lanesByLocation(model: NetworkModel): Map<string, Map<string, RegionAssignment>> {
  const result = new Map<string, Map<string, RegionAssignment>>();
  for (const location of model.locations) {
    const { assignments } = assignRegions({ ...assignmentBase(model), openLocationIds: [location.locationId] });
    result.set(location.locationId, new Map(assignments.map((a) => [a.regionId, a])));
  }
  return result;
}

function assignmentBase(model: NetworkModel) {
  return {
    regions: model.regions.map((r) => ({ regionId: r.regionId, slaDeliveryDays: r.slaDeliveryDays })),
    lanes: model.lanes,
    locations: model.locations.map((l) => ({ locationId: l.locationId, holdingCostPerUnit: l.holdingCostPerUnit ?? 0 })),
  };
}

function resolveShares(model: NetworkModel, open: readonly string[], options: EvaluateOptions): EvaluatedShare[] {
  if (!options.assignments) {
    const { assignments } = assignRegions({ ...assignmentBase(model), openLocationIds: open });
    return assignments.map((a) => ({ ...a, share: 1, laneId: a.laneId }));
  }
  const lanes = lanesByLocation(model);
  const openSet = new Set(open);
  return options.assignments
    .filter((s) => s.share > 0)
    .map((s) => {
      const lane = lanes.get(s.locationId)?.get(s.regionId);
      if (!openSet.has(s.locationId)) throw new RangeError(`assignment to closed location ${s.locationId}`);
      if (!lane) throw new RangeError(`no lane from ${s.locationId} to region ${s.regionId}`);
      return { ...s, laneId: lane.laneId, transitDays: lane.transitDays, shippingCostPerUnit: lane.shippingCostPerUnit, slaRisk: lane.slaRisk };
    });
}

/** Figures of the network with `openLocationIds` open; see the module comment. */
export function evaluateNetwork(model: NetworkModel, openLocationIds: readonly string[], options: EvaluateOptions = {}): NetworkEvaluation {
  const daysPerYear = model.daysPerYear ?? 365;
  const locationById = new Map(model.locations.map((l) => [l.locationId, l]));
  for (const id of openLocationIds) if (!locationById.has(id)) throw new RangeError(`unknown location ${id}`);
  const open = [...new Set(openLocationIds)];
  const shares = resolveShares(model, open, options);
  const regionById = new Map(model.regions.map((r) => [r.regionId, r]));
  const sharesAt = new Map<string, EvaluatedShare[]>(open.map((id) => [id, []]));
  const servedShare = new Map<string, number>();
  for (const s of shares) {
    sharesAt.get(s.locationId)?.push(s);
    servedShare.set(s.regionId, (servedShare.get(s.regionId) ?? 0) + s.share);
  }

  const nodes = new Map<string, NodeFigures>();
  const load = regionCapacityLoad(model);
  for (const id of open) {
    const location = locationById.get(id) as NetworkLocation;
    const atNode = sharesAt.get(id) ?? [];
    const capacityLoadPerDay = atNode.reduce((sum, s) => sum + s.share * (load.get(s.regionId) ?? 0), 0);
    nodes.set(id, {
      locationId: id,
      regionIds: atNode.map((s) => s.regionId),
      demandPerDay: 0,
      safetyStockUnits: 0,
      cycleStockUnits: 0,
      inventoryValue: 0,
      holdingCostPerYear: 0,
      orderingCostPerYear: 0,
      fixedCostPerYear: location.fixedCostPerYear ?? 0,
      capacityLoadPerDay,
      ...(location.capacityPerDay !== undefined
        ? { capacityPerDay: location.capacityPerDay, utilisation: location.capacityPerDay > 0 ? capacityLoadPerDay / location.capacityPerDay : Infinity }
        : {}),
    });
  }

  let shippingPerDay = 0;
  let inboundPerDay = 0;
  let deliveryDaysWeighted = 0;
  let withinSlaPerDay = 0;
  let filledPerDay = 0;
  let servedPerDay = 0;
  for (const sku of model.skus) {
    const demandByRegion = new Map(sku.demand.map((d) => [d.regionId, d]));
    for (const id of open) {
      const location = locationById.get(id) as NetworkLocation;
      const node = nodes.get(id) as NodeFigures;
      const regions: TargetRegion[] = [];
      for (const s of sharesAt.get(id) ?? []) {
        const d = demandByRegion.get(s.regionId);
        if (!d || d.demandPerDay <= 0) continue;
        const region = regionById.get(s.regionId);
        regions.push({
          regionId: s.regionId,
          demandPerDay: s.share * d.demandPerDay,
          demandSdPerDay: s.share * d.demandSdPerDay,
          serviceLevel: region?.serviceLevel ?? model.defaultServiceLevel ?? 0.95,
        });
        const units = s.share * d.demandPerDay;
        shippingPerDay += units * s.shippingCostPerUnit;
        inboundPerDay += units * (location.inboundCostPerUnit ?? 0);
        deliveryDaysWeighted += units * s.transitDays;
        if (!s.slaRisk) withinSlaPerDay += units;
        servedPerDay += units;
      }
      if (regions.length === 0) continue;
      const demandPerDay = regions.reduce((sum, r) => sum + r.demandPerDay, 0);
      const reviewPeriodDays = reviewPeriodDaysOf(location);
      const holdingCostPerUnitYear = sku.unitCost * sku.holdingRateAnnual;
      const eoq =
        reviewPeriodDays === 0 && (location.orderCostPerOrder ?? 0) > 0 && holdingCostPerUnitYear > 0
          ? economicOrderQuantity({ annualDemandUnits: demandPerDay * daysPerYear, orderCostPerOrder: location.orderCostPerOrder ?? 0, holdingCostPerUnitYear })
          : undefined;
      const [target] = nodeTargets({
        regions,
        assignments: regions.map((r) => ({ regionId: r.regionId, locationId: id })),
        locations: [{ locationId: id, leadTimeDays: location.leadTimeDays, leadTimeSdDays: location.leadTimeSdDays, reviewPeriodDays, orderQuantityUnits: eoq }],
      });
      if (!target) continue;
      if (target.orderQuantityUnits === null) {
        throw new RangeError(`location ${id}: give reviewPeriodDays > 0, or orderCostPerOrder with a holding cost > 0, so Q is known`);
      }
      const cycle = target.cycleStockUnits ?? 0;
      const q = target.orderQuantityUnits ?? 0;
      node.demandPerDay += demandPerDay;
      node.safetyStockUnits += target.safetyStockUnits;
      node.cycleStockUnits += cycle;
      node.inventoryValue += (target.safetyStockUnits + cycle) * sku.unitCost;
      node.holdingCostPerYear += (target.safetyStockUnits + cycle) * holdingCostPerUnitYear;
      node.orderingCostPerYear += q > 0 ? ((demandPerDay * daysPerYear) / q) * (location.orderCostPerOrder ?? 0) : 0;
      filledPerDay += demandPerDay * (target.expectedFillRate ?? 0);
    }
  }

  const nodeList = [...nodes.values()];
  const sum = (pick: (n: NodeFigures) => number) => nodeList.reduce((total, n) => total + pick(n), 0);
  const totalDemand = [...regionDemandPerDay(model).values()].reduce((a, b) => a + b, 0);
  const holdingCostPerYear = sum((n) => n.holdingCostPerYear);
  const orderingCostPerYear = sum((n) => n.orderingCostPerYear);
  const fixedCostPerYear = sum((n) => n.fixedCostPerYear);
  const shippingCostPerYear = shippingPerDay * daysPerYear;
  const inboundCostPerYear = inboundPerDay * daysPerYear;
  return {
    openLocationIds: open,
    assignments: shares,
    unservedRegionIds: model.regions.filter((r) => (servedShare.get(r.regionId) ?? 0) < 1 - 1e-9).map((r) => r.regionId),
    nodes: nodeList,
    totals: {
      demandPerDay: totalDemand,
      unservedDemandPerDay: Math.max(0, totalDemand - servedPerDay),
      averageDeliveryDays: servedPerDay > 0 ? deliveryDaysWeighted / servedPerDay : 0,
      shippingCostPerUnit: servedPerDay > 0 ? shippingPerDay / servedPerDay : 0,
      shippingCostPerYear,
      inboundCostPerYear,
      cycleStockUnits: sum((n) => n.cycleStockUnits),
      safetyStockUnits: sum((n) => n.safetyStockUnits),
      inventoryUnits: sum((n) => n.cycleStockUnits + n.safetyStockUnits),
      inventoryValue: sum((n) => n.inventoryValue),
      holdingCostPerYear,
      orderingCostPerYear,
      fixedCostPerYear,
      totalCostPerYear: shippingCostPerYear + inboundCostPerYear + holdingCostPerYear + orderingCostPerYear + fixedCostPerYear,
      expectedFillRate: totalDemand > 0 ? filledPerDay / totalDemand : 1,
      slaMetShare: totalDemand > 0 ? withinSlaPerDay / totalDemand : 1,
    },
  };
}
