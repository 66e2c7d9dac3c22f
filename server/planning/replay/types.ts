/**
 * Policy replay (DESIGN.md §5, "Replay (backtest)"): the shapes going in and out of the simulator.
 *
 * Units: one period is one week. Demand is units/week; lead and transit times are given in days and
 * simulated in whole weeks (`Math.round(days / 7)`); money is in the tenant's currency.
 *
 * Timing inside week w (absolute index into the demand arrays):
 *   1. targets are recomputed when w is a review week, from the demand of weeks < w only;
 *   2. arrivals due at w are received (orders and transfers placed at the end of week w - 1 - L);
 *   3. the week's demand is served from stock on hand (unmet demand is lost, or backordered);
 *   4. end of week: holding cost on what is left, then transfers (Footprint) and orders are placed from
 *      the position after this week's demand.
 * An order placed at the end of week t with a lead time of L weeks is on hand from week t + L + 1, so the
 * demand it must be covered against is weeks t + 1 .. t + L (reorder point d·L + SS), and a weekly review
 * adds one week (order-up-to d·(L + 1) + SS).
 */
import type { AbcClass } from '../segmentation/abc';
import type { StockingPolicy } from '../allocation/stocking-policy';

/**
 * 'footprint': engine forecasts, targets per location with pooled variance, stocking by ABC class,
 *   one purchase order per SKU split across locations on arrival, rebalancing transfers;
 * 'independent': the spreadsheet baseline, a reorder point per location and region from the trailing mean and
 *   standard deviation of its own demand, same service target, no pooling, no transfers, one order per location;
 * 'min-max': the tenant's current min (reorder point) and max (order-up-to) per SKU x location, held fixed;
 * 'centralized': one location ships every region (its lanes, longer delivery), engine forecasts.
 */
export type ReplayPolicyKind = 'footprint' | 'independent' | 'min-max' | 'centralized';

export const REPLAY_POLICIES: readonly ReplayPolicyKind[] = ['footprint', 'independent', 'min-max', 'centralized'];

export interface ReplaySku {
  skuId: string;
  /** Currency/unit. */
  unitCost: number;
  /** Currency/unit; the value of a lost sale (defaults to unitCost when 0). */
  unitPrice: number;
  /** Units per case pack (>= 1). */
  casePackUnits: number;
  /** Minimum order quantity (units, >= 0). */
  moqUnits: number;
  /** Supplier lead time (days) and its standard deviation (days). */
  leadTimeDays: number;
  leadTimeSdDays: number;
  /** Given class; otherwise ABC is computed from the 52 weeks before the first simulated week. */
  abcClass?: AbcClass;
}

export interface ReplayRegion {
  regionId: string;
  /** SLA delivery days promised to the region. */
  slaDeliveryDays: number;
  /** SLA line fill rate target, a fraction in (0, 1). */
  targetFillRate: number;
}

export interface ReplayLocation {
  locationId: string;
  /** Annual holding rate (fraction of unit cost per year). */
  holdingRateAnnual: number;
  isCentral: boolean;
}

export interface ReplayLane {
  fromLocationId: string;
  toRegionId: string;
  transitDays: number;
  /** Shipping cost (currency/unit). */
  costPerUnit: number;
}

export interface ReplayTransferLane {
  fromLocationId: string;
  toLocationId: string;
  transitDays: number;
  customsDays: number;
  /** Currency/unit. */
  costPerUnit: number;
}

/** The tenant's current min/max per SKU x location (index sku * locations + location). */
export interface ReplayMinMax {
  minUnits: Float64Array;
  maxUnits: Float64Array;
  /** 1 where the tenant has a min/max for that SKU x location. */
  defined: Uint8Array;
}

/** Units/week; Float32Array halves the memory of a large replay (whole units are exact up to 16.7 million). */
export type DemandArray = Float64Array | Float32Array;

export interface ReplayInput {
  /** Number of weeks in every demand series. */
  weekCount: number;
  /** The first simulated week; the weeks before it are history only (>= 1). */
  firstSimulatedWeek: number;
  skus: readonly ReplaySku[];
  regions: readonly ReplayRegion[];
  locations: readonly ReplayLocation[];
  lanes: readonly ReplayLane[];
  transferLanes: readonly ReplayTransferLane[];
  /** Units/week, index (sku * regions + region) * weekCount + week. */
  demand: DemandArray;
  /** Units on hand at the start (index sku * locations + location); default: each policy's first order-up-to. */
  startingStock?: Float64Array;
  minMax?: ReplayMinMax;
}

export interface ReplayOptions {
  policies: readonly ReplayPolicyKind[];
  /** Targets are recomputed every this many weeks (default 4). */
  reviewEveryWeeks?: number;
  /** The engine's forecast is remade every this many weeks (default: reviewEveryWeeks); a multiple of it. */
  forecastEveryWeeks?: number;
  /**
   * The forecast method is selected again every this many weeks (a multiple of forecastEveryWeeks; default the
   * multiple nearest below 13 weeks, a quarter); the origins in between refit the selected method's parameters.
   */
  reselectEveryWeeks?: number;
  /** One fill-rate target for every region instead of each region's SLA. */
  fillRateTarget?: number;
  /** Unmet demand: lost (default) or backordered and shipped when stock arrives (not counted as filled). */
  unmetDemand?: 'lost' | 'backorder';
  stockingPolicy?: StockingPolicy;
  /** Location that holds central stock; default the one flagged central, else the one with the most lanes. */
  centralLocationId?: string;
  /** Cost of placing one purchase order (currency/order, default 0). */
  orderCostPerOrder?: number;
  /** Trailing weeks the independent baseline averages (default 13). */
  baselineWindowWeeks?: number;
  /** Seed of the lead-time draws (deterministic). */
  seed?: number;
  /** Called after each SKU with (SKUs done, SKUs in total). */
  onProgress?: (done: number, total: number) => void;
}

/** Figures per simulated week, one Float64Array per measure (index = week - firstSimulatedWeek). */
export interface ReplayPeriodSeries {
  demandUnits: Float64Array;
  servedUnits: Float64Array;
  /** Demand not served from stock in its week (lost, or backordered). */
  unmetUnits: Float64Array;
  /** Backlog outstanding at the end of the week (backorder mode). */
  backlogUnits: Float64Array;
  inventoryUnits: Float64Array;
  inventoryValue: Float64Array;
  holdingCost: Float64Array;
  shippingCost: Float64Array;
  transferCost: Float64Array;
  orderingCost: Float64Array;
  ordersPlaced: Float64Array;
  orderedUnits: Float64Array;
  transfersPlaced: Float64Array;
  transferredUnits: Float64Array;
}

export interface ReplayTotals {
  demandUnits: number;
  servedUnits: number;
  unmetUnits: number;
  /** servedUnits / demandUnits (1 without demand). */
  lineFillRate: number;
  /** Share of stocked SKU x location weeks with demand that had no stockout. */
  inStockShare: number;
  averageInventoryUnits: number;
  averageInventoryValue: number;
  peakInventoryUnits: number;
  peakInventoryValue: number;
  holdingCost: number;
  shippingCost: number;
  transferCost: number;
  orderingCost: number;
  /** holding + shipping + transfer + ordering. */
  totalCost: number;
  /** Unmet units x unit price. */
  stockoutValue: number;
  ordersPlaced: number;
  transfersPlaced: number;
  /** Demand-weighted lane transit days of the units served. */
  averageDeliveryDays: number;
}

export interface ReplayRegionResult {
  regionId: string;
  demandUnits: number;
  servedUnits: number;
  lineFillRate: number;
  targetFillRate: number;
  slaDeliveryDays: number;
  averageDeliveryDays: number;
  /** Units of demand whose lane misses the SLA delivery days. */
  lateUnits: number;
  /** Demand no location of the policy could reach (no lane). */
  unreachableUnits: number;
}

export interface ReplayPolicyResult {
  policy: ReplayPolicyKind;
  totals: ReplayTotals;
  periods: ReplayPeriodSeries;
  regions: ReplayRegionResult[];
  /** Per SKU (input order): demand, served, average inventory value. */
  skuDemandUnits: Float64Array;
  skuServedUnits: Float64Array;
  skuAverageInventoryValue: Float64Array;
  /** Per SKU x location (index sku * locations + location): demand, served, weeks in stock / stocked weeks. */
  cellDemandUnits: Float64Array;
  cellServedUnits: Float64Array;
  cellWeeksInStock: Float64Array;
  cellWeeksStocked: Float64Array;
  /** Share of SKU x location cells that used the tenant's own min/max (min-max policy only; else 1). */
  coverage: number;
}

export interface ReplayResult {
  firstSimulatedWeek: number;
  simulatedWeeks: number;
  reviewEveryWeeks: number;
  forecastEveryWeeks: number;
  reselectEveryWeeks: number;
  policies: ReplayPolicyResult[];
  /** Assigned ABC class per SKU. */
  abcClasses: AbcClass[];
  centralLocationId: string | null;
}
