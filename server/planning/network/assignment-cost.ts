/**
 * Linear cost coefficients of the facility-location MILP (currency/year).
 *
 * Serving ALL of region r from location j costs, per year:
 *   shipping      demand_r * shippingCostPerUnit(lane j -> r)
 * + inbound       demand_r * inboundCostPerUnit_j
 * + holding       sum over SKUs of H_s * (SS_rs at j + cycle_rs at j), H_s = unit cost * holding rate
 * + SLA penalty   demand_r * lateDays * penaltyPerUnitDayLate      (SLA mode 'penalty' only)
 * and opening j costs fixedCostPerYear_j + ordering (periodic review: orders/year * order cost per SKU stocked).
 *
 * Holding is an APPROXIMATION, because pooled safety stock sqrt(sum sd^2) and EOQ sqrt(2DSH) are concave, not
 * linear, in the demand assigned: each region is costed as if stocked on its own at j (SS_rs = z * sigma over
 * L_j + R_j of that region alone; cycle = d * R / 2 for periodic review, which is exact, or the stand-alone EOQ cost
 * sqrt(2 D S H) for continuous review). This over-states the holding cost of a node serving several regions (no
 * pooling credit), i.e. it under-values consolidation; `evaluateNetwork` then gives the exact pooled figures of
 * the chosen network, and `compare` shows them next to the centralized and current networks.
 *
 * SLA: the lane from j to r is the one the region-assignment rule would use (cheapest meeting the SLA, else the
 * fastest). Mode 'constraint' drops lanes that miss the SLA, except for a region that no candidate location can
 * reach within its SLA (it keeps all its lanes and is reported in `slaExemptRegionIds`).
 */
import { safetyStock } from '../inventory/safety-stock';
import { annualOrderingAndHoldingCost, cycleStock, economicOrderQuantity } from '../inventory/targets';
import { lanesByLocation } from './evaluate';
import { reviewPeriodDaysOf, type NetworkModel } from './types';

export type SlaHandling = { mode: 'constraint' } | { mode: 'penalty'; penaltyPerUnitDayLate: number };

export interface AssignmentArc {
  regionId: string;
  locationId: string;
  laneId: string | null;
  transitDays: number;
  meetsSla: boolean;
  /** Cost of serving the whole region from the location for a year, currency/year. */
  costPerYear: number;
}

export interface AssignmentCosts {
  arcs: AssignmentArc[];
  /** Cost of opening each location, currency/year (fixed cost + periodic-review ordering cost). */
  openCostPerYear: Map<string, number>;
  /** Regions whose demand is positive (others are left out of the MILP). */
  regionIds: string[];
  slaExemptRegionIds: string[];
}

export function assignmentCosts(model: NetworkModel, sla: SlaHandling = { mode: 'constraint' }): AssignmentCosts {
  const daysPerYear = model.daysPerYear ?? 365;
  const lanes = lanesByLocation(model);
  const withDemand = new Set(model.skus.flatMap((s) => s.demand.filter((d) => d.demandPerDay > 0).map((d) => d.regionId)));
  const regionIds = model.regions.filter((r) => withDemand.has(r.regionId)).map((r) => r.regionId);
  const regionById = new Map(model.regions.map((r) => [r.regionId, r]));
  const reachableInSla = new Set<string>();
  for (const byRegion of lanes.values()) for (const a of byRegion.values()) if (!a.slaRisk) reachableInSla.add(a.regionId);
  const slaExemptRegionIds = regionIds.filter((r) => !reachableInSla.has(r));
  const exempt = new Set(slaExemptRegionIds);

  const skuDemand = model.skus.map((sku) => ({ sku, byRegion: new Map(sku.demand.map((d) => [d.regionId, d])) }));
  const arcs: AssignmentArc[] = [];
  for (const location of model.locations) {
    const reviewPeriodDays = reviewPeriodDaysOf(location);
    for (const regionId of regionIds) {
      const lane = lanes.get(location.locationId)?.get(regionId);
      if (!lane) continue;
      if (sla.mode === 'constraint' && lane.slaRisk && !exempt.has(regionId)) continue;
      const region = regionById.get(regionId);
      const serviceLevel = region?.serviceLevel ?? model.defaultServiceLevel ?? 0.95;
      let demandPerDay = 0;
      let holdingPerYear = 0;
      for (const { sku, byRegion } of skuDemand) {
        const d = byRegion.get(regionId);
        if (!d || d.demandPerDay <= 0) continue;
        demandPerDay += d.demandPerDay;
        const h = sku.unitCost * sku.holdingRateAnnual;
        const ss = safetyStock({
          method: 'cycle-service',
          serviceLevel,
          demandMean: d.demandPerDay,
          demandSd: d.demandSdPerDay,
          leadTime: location.leadTimeDays + reviewPeriodDays,
          leadTimeSd: location.leadTimeSdDays,
        });
        const orderCost = location.orderCostPerOrder ?? 0;
        const cycleCostPerYear =
          reviewPeriodDays === 0 && orderCost > 0 && h > 0
            ? standAloneEoqCost(d.demandPerDay * daysPerYear, orderCost, h)
            : h * cycleStock(d.demandPerDay * reviewPeriodDays);
        holdingPerYear += h * ss + cycleCostPerYear;
      }
      const lateDays = Math.max(0, lane.transitDays - (region?.slaDeliveryDays ?? Infinity));
      const slaPenalty = sla.mode === 'penalty' ? demandPerDay * daysPerYear * lateDays * sla.penaltyPerUnitDayLate : 0;
      const perUnit = lane.shippingCostPerUnit + (location.inboundCostPerUnit ?? 0);
      arcs.push({
        regionId,
        locationId: location.locationId,
        laneId: lane.laneId,
        transitDays: lane.transitDays,
        meetsSla: !lane.slaRisk,
        costPerYear: demandPerDay * daysPerYear * perUnit + holdingPerYear + slaPenalty,
      });
    }
  }

  const skusWithDemand = model.skus.filter((s) => s.demand.some((d) => d.demandPerDay > 0)).length;
  const openCostPerYear = new Map(
    model.locations.map((l) => {
      const reviewPeriodDays = reviewPeriodDaysOf(l);
      const ordering = reviewPeriodDays > 0 && l.orderCostPerOrder !== undefined ? (daysPerYear / reviewPeriodDays) * l.orderCostPerOrder * skusWithDemand : 0;
      return [l.locationId, (l.fixedCostPerYear ?? 0) + ordering] as const;
    }),
  );
  return { arcs, openCostPerYear, regionIds, slaExemptRegionIds };
}

/** Ordering + cycle-stock holding cost per year of a region stocked alone at its EOQ, currency/year. */
function standAloneEoqCost(annualDemandUnits: number, orderCostPerOrder: number, holdingCostPerUnitYear: number): number {
  const input = { annualDemandUnits, orderCostPerOrder, holdingCostPerUnitYear };
  return annualOrderingAndHoldingCost({ ...input, orderQuantity: economicOrderQuantity(input) });
}
