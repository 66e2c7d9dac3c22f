/**
 * Safety stock for one SKU at one location, by cycle service level or by fill rate.
 *
 * Units: demand per period (units/period) and lead time (periods) use the same period; the result is in units.
 * sigma_L = sqrt(L * sd_d^2 + d^2 * sd_L^2) (see lead-time-demand.ts).
 *
 * - `cycle-service` (Chopra & Meindl, ch. 12): SS = z(CSL) * sigma_L, with z the standard normal quantile. CSL is
 *   the probability of no stockout in a replenishment cycle.
 * - `fill-rate` (Silver, Pyke & Peterson, 3rd ed., ch. 7, the P2 criterion): the smallest safety factor k with
 *   sigma_L * G(k) <= (1 - beta) * Q, G the standard normal loss function, Q the order quantity (units);
 *   SS = k * sigma_L. Because G is decreasing, that k solves G(k) = (1 - beta) * Q / sigma_L.
 *
 * Clamping: k can be negative (a large order quantity alone already gives the fill rate; a CSL below 0.5 too).
 * A negative safety stock would mean a reorder point below mean lead-time demand; this engine never plans that:
 * `safetyStock` returns max(0, k * sigma_L), and `safetyStockDetail` reports the raw factor and `clampedAtZero`.
 * With sigma_L = 0 (no uncertainty) the safety stock is 0.
 */
import { leadTimeDemand, assertNonNegative } from './lead-time-demand';
import { inverseNormalLoss, normalLoss } from './loss-function';
import { normalQuantile } from './normal';

interface DemandAndLeadTime {
  /** Mean demand per period (units/period). */
  demandMean: number;
  /** Standard deviation of demand per period (units/period). */
  demandSd: number;
  /** Mean replenishment lead time (periods, same period as the demand). */
  leadTime: number;
  /** Standard deviation of the lead time (periods); default 0. */
  leadTimeSd?: number;
}

/** Safety stock from a cycle service level (probability of no stockout per replenishment cycle). */
export interface CycleServiceSafetyStockInput extends DemandAndLeadTime {
  method: 'cycle-service';
  /** Cycle service level, a probability in (0, 1), e.g. 0.95. */
  serviceLevel: number;
}

/** Safety stock from a fill rate (fraction of demand served from stock on hand). */
export interface FillRateSafetyStockInput extends DemandAndLeadTime {
  method: 'fill-rate';
  /** Target fill rate beta, a fraction in (0, 1), e.g. 0.98. */
  fillRate: number;
  /** Replenishment order quantity Q (units per order), > 0. */
  orderQuantity: number;
}

export type SafetyStockInput = CycleServiceSafetyStockInput | FillRateSafetyStockInput;

/** Everything behind a safety stock figure. */
export interface SafetyStockDetail {
  /** Safety stock (units), never negative. */
  safetyStockUnits: number;
  /** Safety factor k (dimensionless); may be negative before clamping. */
  safetyFactor: number;
  /** Mean demand over the lead time (units). */
  leadTimeDemandUnits: number;
  /** Standard deviation of demand over the lead time (units). */
  leadTimeDemandSdUnits: number;
  /** True when k * sigma_L was negative and the safety stock was raised to 0. */
  clampedAtZero: boolean;
}

function assertProbability(name: string, value: number): void {
  if (!(value > 0 && value < 1)) throw new RangeError(`${name} must be in (0, 1), got ${value}`);
}

/** Safety stock with its safety factor, lead-time demand and whether it was clamped at zero. */
export function safetyStockDetail(input: SafetyStockInput): SafetyStockDetail {
  const ltd = leadTimeDemand(input);
  const sigma = ltd.sdUnits;
  let safetyFactor: number;
  if (input.method === 'cycle-service') {
    assertProbability('serviceLevel', input.serviceLevel);
    safetyFactor = normalQuantile(input.serviceLevel);
  } else {
    assertProbability('fillRate', input.fillRate);
    assertNonNegative('orderQuantity', input.orderQuantity);
    if (input.orderQuantity === 0) throw new RangeError('orderQuantity must be > 0 for the fill-rate method');
    safetyFactor = sigma > 0 ? inverseNormalLoss(((1 - input.fillRate) * input.orderQuantity) / sigma) : 0;
  }
  const raw = sigma > 0 ? safetyFactor * sigma : 0;
  return {
    safetyStockUnits: Math.max(0, raw),
    safetyFactor,
    leadTimeDemandUnits: ltd.meanUnits,
    leadTimeDemandSdUnits: sigma,
    clampedAtZero: raw < 0,
  };
}

/**
 * Safety stock (units, >= 0) by cycle service level or fill rate; see the module comment for formulas and
 * clamping. Throws RangeError on a service level or fill rate outside (0, 1) or negative / non-finite inputs.
 *
 * @example safetyStock({ method: 'cycle-service', serviceLevel: 0.9, demandMean: 2500, demandSd: 500, leadTime: 2 })
 *   // ≈ 906 units (Chopra & Meindl, ch. 12)
 */
export function safetyStock(input: SafetyStockInput): number {
  return safetyStockDetail(input).safetyStockUnits;
}

/** Input to {@link expectedFillRate}. */
export interface ExpectedFillRateInput {
  /** Safety stock held (units; may be negative for a reorder point below mean lead-time demand). */
  safetyStockUnits: number;
  /** Standard deviation of demand over the lead time (units). */
  leadTimeDemandSdUnits: number;
  /** Replenishment order quantity (units per order), > 0. */
  orderQuantity: number;
}

/**
 * Expected fill rate (fraction of demand served from stock) of a continuous-review policy:
 * 1 - sigma_L * G(SS / sigma_L) / Q (Chopra & Meindl ch. 12, "fill rate given a replenishment policy";
 * Silver, Pyke & Peterson ch. 7). Returns 1 when sigma_L = 0 and SS >= 0. Never below 0.
 */
export function expectedFillRate(input: ExpectedFillRateInput): number {
  const { safetyStockUnits, leadTimeDemandSdUnits: sigma, orderQuantity } = input;
  assertNonNegative('leadTimeDemandSdUnits', sigma);
  if (!(orderQuantity > 0)) throw new RangeError(`orderQuantity must be > 0, got ${orderQuantity}`);
  const shortPerCycle = sigma > 0 ? sigma * normalLoss(safetyStockUnits / sigma) : Math.max(0, -safetyStockUnits);
  return Math.max(0, 1 - shortPerCycle / orderQuantity);
}
