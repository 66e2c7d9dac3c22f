/**
 * Inventory targets: reorder point, order-up-to level, economic order quantity and cycle stock.
 *
 * Units: demand per period (units/period); lead time and review period in the same periods; stock in units.
 * EOQ uses annual figures: units/year, currency/order and currency/unit/year.
 */
import { assertNonNegative } from './lead-time-demand';

/** Input to {@link reorderPoint}. */
export interface ReorderPointInput {
  /** Mean demand per period (units/period). */
  demandMean: number;
  /** Replenishment lead time (periods). */
  leadTime: number;
  /** Safety stock (units). */
  safetyStockUnits: number;
}

/** Reorder point of a continuous-review (s, Q) policy: d * L + SS (units). */
export function reorderPoint(input: ReorderPointInput): number {
  assertNonNegative('demandMean', input.demandMean);
  assertNonNegative('leadTime', input.leadTime);
  assertNonNegative('safetyStockUnits', input.safetyStockUnits);
  return input.demandMean * input.leadTime + input.safetyStockUnits;
}

/** Input to {@link orderUpToLevel}. */
export interface OrderUpToInput extends ReorderPointInput {
  /** Review period R: time between orders of a periodic-review policy (periods). */
  reviewPeriod: number;
}

/**
 * Order-up-to level of a periodic-review (R, S) policy: d * (L + R) + SS (units).
 * The safety stock should cover the protection interval L + R: compute it with
 * `safetyStock({ ..., leadTime: L + R })` for a strict periodic-review policy.
 */
export function orderUpToLevel(input: OrderUpToInput): number {
  assertNonNegative('reviewPeriod', input.reviewPeriod);
  return reorderPoint(input) + input.demandMean * input.reviewPeriod;
}

/** Input to {@link economicOrderQuantity}. */
export interface EconomicOrderQuantityInput {
  /** Annual demand D (units/year). */
  annualDemandUnits: number;
  /** Fixed cost per order S (currency/order): purchase-order handling, freight booking. */
  orderCostPerOrder: number;
  /**
   * Holding cost H (currency/unit/year). Give it directly, or give `unitCost` and `holdingRateAnnual`
   * (H = h * C).
   */
  holdingCostPerUnitYear?: number;
  /** Unit cost C (currency/unit). */
  unitCost?: number;
  /** Annual holding rate h (fraction of unit cost per year, e.g. 0.2). */
  holdingRateAnnual?: number;
}

/** Holding cost per unit per year from the EOQ input (currency/unit/year). */
function holdingCostOf(input: EconomicOrderQuantityInput): number {
  if (input.holdingCostPerUnitYear !== undefined) return input.holdingCostPerUnitYear;
  if (input.unitCost === undefined || input.holdingRateAnnual === undefined) {
    throw new RangeError('give holdingCostPerUnitYear, or unitCost and holdingRateAnnual');
  }
  assertNonNegative('unitCost', input.unitCost);
  assertNonNegative('holdingRateAnnual', input.holdingRateAnnual);
  return input.unitCost * input.holdingRateAnnual;
}

/**
 * Economic order quantity sqrt(2 D S / H) (units/order), Harris (1913); Chopra & Meindl ch. 11.
 * Throws RangeError when H is 0 (no finite optimum) or inputs are negative.
 */
export function economicOrderQuantity(input: EconomicOrderQuantityInput): number {
  const holding = holdingCostOf(input);
  assertNonNegative('annualDemandUnits', input.annualDemandUnits);
  assertNonNegative('orderCostPerOrder', input.orderCostPerOrder);
  if (!(holding > 0)) throw new RangeError('holding cost per unit per year must be > 0');
  return Math.sqrt((2 * input.annualDemandUnits * input.orderCostPerOrder) / holding);
}

/** Annual ordering plus cycle-stock holding cost of ordering Q at a time: D/Q * S + Q/2 * H (currency/year). */
export function annualOrderingAndHoldingCost(input: EconomicOrderQuantityInput & { orderQuantity: number }): number {
  if (!(input.orderQuantity > 0)) throw new RangeError('orderQuantity must be > 0');
  const holding = holdingCostOf(input);
  return (input.annualDemandUnits / input.orderQuantity) * input.orderCostPerOrder + (input.orderQuantity / 2) * holding;
}

/** Average cycle stock of ordering Q units at a time: Q / 2 (units). */
export function cycleStock(orderQuantityUnits: number): number {
  assertNonNegative('orderQuantityUnits', orderQuantityUnits);
  return orderQuantityUnits / 2;
}
