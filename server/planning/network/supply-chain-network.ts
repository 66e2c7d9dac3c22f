/**
 * Builds a network model (network/types.ts) from the parsed Brunel supply-chain dataset.
 *
 * Modelling choices (the dataset is one day of orders for a plant -> port -> customer network):
 * - Locations: the plants/warehouses of WhCosts.csv. Warehouse cost/unit -> inboundCostPerUnit (handling);
 *   WhCapacities "Daily Capacity" (orders/day) -> capacityPerDay. Lead time and review period are not in the
 *   dataset: options (default 7 days and 1 day).
 * - Regions: customers (grain 'customer', default) or customer x product ('customer-product'). Demand per day =
 *   units / orderListDays; capacity load = orders / orderListDays (capacity is counted in orders). One day of
 *   orders gives no variability: sd = demandCv * mean (default 0.5). All products form one aggregate SKU with an
 *   assumed unit cost (options; the dataset has no product values).
 * - Lanes plant -> region: via each port of the plant (PlantPorts.csv) to the region's destination port, using
 *   FreightRates lines of the region's service code (its main non-CRF service level, DTD if none) whose weight
 *   band holds the region's average order weight. Cost per order = max(minimum cost, rate/kg * weight); per unit
 *   = that / average units per order, times the share of units NOT shipped CRF (customer-arranged freight costs
 *   the network nothing). Transit = tpt_day_cnt. Per plant and region only the Pareto lanes (cheapest per transit
 *   time, no slower-and-dearer lane) are kept.
 * - Restrictions: a plant listed in VmiCustomers.csv serves only its listed customers; with ProductsPerPlant.csv, a
 *   plant serves a region only if it carries a product of it (grain 'customer': ANY product, a relaxation) or its
 *   product (grain 'customer-product': exact).
 * Regions no plant can serve are listed in `unservableRegionIds` (they need an unserved-demand penalty to optimize).
 */
import type { FreightRate, SupplyChainDataset } from './supply-chain-dataset';
import type { NetworkLane, NetworkLocation, NetworkModel, NetworkRegion } from './types';

export interface SupplyChainNetworkOptions {
  regionGrain?: 'customer' | 'customer-product';
  /** Days covered by the order list. Default 1 (every order is dated 5/26/13). */
  orderListDays?: number;
  /** Coefficient of variation of daily demand. Default 0.5. */
  demandCv?: number;
  /** Assumed unit value, $/unit. Default 10. */
  unitCost?: number;
  /** Default 0.25. */
  holdingRateAnnual?: number;
  leadTimeDays?: number;
  reviewPeriodDays?: number;
  /** SLA delivery days for every region. Default 14 (the longest transit in FreightRates). */
  slaDeliveryDays?: number;
}

export interface SupplyChainNetwork {
  model: NetworkModel;
  unservableRegionIds: string[];
  /** Total orders/day and capacity orders/day, to see at a glance whether demand fits. */
  demandOrdersPerDay: number;
  capacityOrdersPerDay: number;
}

interface RegionStats {
  regionId: string;
  customerId: string;
  productIds: Set<string>;
  destinationPortId: string;
  units: number;
  orders: number;
  weightKg: number;
  unitsByService: Map<string, number>;
}

export function buildSupplyChainNetwork(data: SupplyChainDataset, options: SupplyChainNetworkOptions = {}): SupplyChainNetwork {
  const days = options.orderListDays ?? 1;
  if (!(days > 0)) throw new RangeError('orderListDays must be > 0');
  const grain = options.regionGrain ?? 'customer';
  const capacity = new Map(data.warehouseCapacities.map((c) => [c.plantId, c.ordersPerDay]));
  const locations: NetworkLocation[] = data.warehouseCosts.map((w) => ({
    locationId: w.plantId,
    leadTimeDays: options.leadTimeDays ?? 7,
    reviewPeriodDays: options.reviewPeriodDays ?? 1,
    inboundCostPerUnit: w.costPerUnit,
    ...(capacity.has(w.plantId) ? { capacityPerDay: capacity.get(w.plantId) } : {}),
  }));

  const stats = new Map<string, RegionStats>();
  for (const o of data.orders) {
    const regionId = grain === 'customer' ? o.customerId : `${o.customerId}|${o.productId}`;
    let s = stats.get(regionId);
    if (!s) {
      s = { regionId, customerId: o.customerId, productIds: new Set(), destinationPortId: o.destinationPortId, units: 0, orders: 0, weightKg: 0, unitsByService: new Map() };
      stats.set(regionId, s);
    }
    s.productIds.add(o.productId);
    s.units += o.units;
    s.orders += 1;
    s.weightKg += o.weightKg;
    s.unitsByService.set(o.serviceLevel, (s.unitsByService.get(o.serviceLevel) ?? 0) + o.units);
  }
  const regionStats = [...stats.values()];
  const regions: NetworkRegion[] = regionStats.map((s) => ({
    regionId: s.regionId,
    slaDeliveryDays: options.slaDeliveryDays ?? 14,
    capacityLoadPerDay: s.orders / days,
  }));
  const cv = options.demandCv ?? 0.5;
  const model: Omit<NetworkModel, 'lanes'> = {
    locations,
    regions,
    skus: [
      {
        skuId: 'ALL',
        unitCost: options.unitCost ?? 10,
        holdingRateAnnual: options.holdingRateAnnual ?? 0.25,
        demand: regionStats.map((s) => ({ regionId: s.regionId, demandPerDay: s.units / days, demandSdPerDay: (cv * s.units) / days })),
      },
    ],
  };

  const portsOf = groupMap(data.plantPorts.map((p) => [p.plantId, p.portId]));
  const productsOf = data.productsPerPlant ? groupMap(data.productsPerPlant.map((p) => [p.plantId, p.productId])) : undefined;
  const vmiOf = data.vmiCustomers ? groupMap(data.vmiCustomers.map((v) => [v.plantId, v.customerId])) : new Map<string, Set<string>>();
  const ratesFrom = new Map<string, FreightRate[]>();
  for (const r of data.freightRates) {
    const list = ratesFrom.get(r.originPortId);
    if (list) list.push(r);
    else ratesFrom.set(r.originPortId, [r]);
  }

  const lanes: NetworkLane[] = [];
  for (const s of regionStats) {
    const weightPerOrder = s.weightKg / s.orders;
    const unitsPerOrder = s.units / s.orders;
    const crfShare = (s.unitsByService.get('CRF') ?? 0) / s.units;
    const service = mainService(s.unitsByService);
    for (const location of locations) {
      const plantId = location.locationId;
      const vmi = vmiOf.get(plantId);
      if (vmi && !vmi.has(s.customerId)) continue;
      const carried = productsOf?.get(plantId);
      if (productsOf && (!carried || ![...s.productIds].some((p) => carried.has(p)))) continue;
      const options: Array<{ transitDays: number; costPerUnit: number; laneId: string }> = [];
      for (const port of portsOf.get(plantId) ?? []) {
        for (const rate of ratesFrom.get(port) ?? []) {
          if (rate.destinationPortId !== s.destinationPortId || rate.serviceCode !== service) continue;
          if (weightPerOrder < rate.minWeightKg || weightPerOrder > rate.maxWeightKg) continue;
          const perOrder = Math.max(rate.minimumCostPerShipment, rate.ratePerKg * weightPerOrder);
          options.push({
            transitDays: rate.transitDays,
            costPerUnit: (perOrder / unitsPerOrder) * (1 - crfShare),
            laneId: `${plantId}>${s.regionId}@${port}/${rate.carrierId}/${rate.mode}/${rate.transitDays}d`,
          });
        }
      }
      for (const o of paretoLanes(options)) {
        lanes.push({ laneId: o.laneId, fromLocationId: plantId, toRegionId: s.regionId, transitDays: o.transitDays, shippingCostPerUnit: o.costPerUnit });
      }
    }
  }
  const reachable = new Set(lanes.map((l) => l.toRegionId));
  return {
    model: { ...model, lanes },
    unservableRegionIds: regions.filter((r) => !reachable.has(r.regionId)).map((r) => r.regionId),
    demandOrdersPerDay: data.orders.length / days,
    capacityOrdersPerDay: locations.reduce((sum, l) => sum + (l.capacityPerDay ?? 0), 0),
  };
}

/** Main non-CRF service level by units; DTD when the region only ships CRF. */
function mainService(unitsByService: Map<string, number>): string {
  const ranked = [...unitsByService].filter(([code]) => code !== 'CRF').sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? 'DTD';
}

/** Cheapest option per transit time, then only options no faster option beats on cost. */
function paretoLanes<T extends { transitDays: number; costPerUnit: number }>(options: readonly T[]): T[] {
  const sorted = [...options].sort((a, b) => a.transitDays - b.transitDays || a.costPerUnit - b.costPerUnit);
  const kept: T[] = [];
  for (const o of sorted) {
    const last = kept[kept.length - 1];
    if (last && o.costPerUnit >= last.costPerUnit) continue; // slower and not cheaper (or same speed, dearer)
    kept.push(o);
  }
  return kept;
}

function groupMap(pairs: ReadonlyArray<readonly [string, string]>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [key, value] of pairs) {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
  }
  return map;
}
