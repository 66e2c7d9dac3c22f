/**
 * Risk pooling: the demand variability of several regions served from one location, and the safety stock saved
 * (or added) when nodes are consolidated (or split).
 *
 * Units: standard deviations in units per period (any period, the same for every input); safety stock in units.
 * Correlation coefficients are dimensionless in [-1, 1].
 *
 * Pooled sd of n regions: sqrt(sum_i sum_j rho_ij sd_i sd_j); independent regions: sqrt(sum_i sd_i^2)
 * (Chopra & Meindl ch. 12, "impact of aggregation on safety inventory"; Simchi-Levi, Kaminsky & Simchi-Levi,
 * Designing and Managing the Supply Chain, ch. 2, "risk pooling").
 */
import { assertNonNegative } from './lead-time-demand';

/** Correlation between regions: one common coefficient for every pair, or a full symmetric matrix. */
export type Correlation = number | readonly (readonly number[])[];

/** Input to {@link pooledSd}. */
export interface PooledSdInput {
  /** Standard deviation of each region's demand (units/period). */
  sds: readonly number[];
  /** Correlation between regions; default 0 (independent). Matrix: n x n, symmetric, 1 on the diagonal. */
  correlation?: Correlation;
}

const TOLERANCE = 1e-9;

function correlationAt(correlation: Correlation, i: number, j: number): number {
  if (i === j) return 1;
  if (typeof correlation === 'number') return correlation;
  const value = correlation[i]?.[j];
  if (value === undefined) throw new RangeError(`correlation matrix has no entry [${i}][${j}]`);
  return value;
}

function validateCorrelation(correlation: Correlation, n: number): void {
  if (typeof correlation === 'number') {
    if (!(correlation >= -1 && correlation <= 1)) throw new RangeError(`correlation must be in [-1, 1], got ${correlation}`);
    return;
  }
  if (correlation.length !== n) throw new RangeError(`correlation matrix must be ${n} x ${n}`);
  for (let i = 0; i < n; i++) {
    const row = correlation[i];
    if (!row || row.length !== n) throw new RangeError(`correlation matrix must be ${n} x ${n}`);
    if (Math.abs((row[i] ?? NaN) - 1) > TOLERANCE) throw new RangeError('correlation matrix must have 1 on the diagonal');
    for (let j = 0; j < n; j++) {
      const value = row[j] ?? NaN;
      if (!(value >= -1 && value <= 1)) throw new RangeError(`correlation [${i}][${j}] must be in [-1, 1]`);
      if (Math.abs(value - correlationAt(correlation, j, i)) > TOLERANCE) throw new RangeError('correlation matrix must be symmetric');
    }
  }
}

/**
 * Standard deviation of the sum of the regions' demands (units/period).
 * Throws RangeError on negative sds, an invalid correlation, or a correlation that gives a negative variance
 * (not positive semi-definite, e.g. a common rho below -1/(n-1)).
 */
export function pooledSd(input: PooledSdInput): number {
  const { sds } = input;
  const correlation = input.correlation ?? 0;
  sds.forEach((sd, i) => assertNonNegative(`sds[${i}]`, sd));
  validateCorrelation(correlation, sds.length);
  let variance = 0;
  sds.forEach((sdI, i) => {
    sds.forEach((sdJ, j) => {
      variance += correlationAt(correlation, i, j) * sdI * sdJ;
    });
  });
  const scale = sds.reduce((sum, sd) => sum + sd * sd, 0);
  if (variance < -TOLERANCE * Math.max(1, scale)) throw new RangeError('correlation gives a negative variance');
  return Math.sqrt(Math.max(0, variance));
}

/** Input to {@link poolingComparison}. */
export interface PoolingComparisonInput extends PooledSdInput {
  /** Safety factor k applied at every node (e.g. z(CSL)); dimensionless. */
  safetyFactor: number;
}

/** Safety stock of n separate nodes versus one node serving all of them. */
export interface PoolingComparison {
  /** sum_i k * sd_i: every region stocked separately (units). */
  decentralizedSafetyStockUnits: number;
  /** k * pooled sd: one node serving all regions (units). */
  centralizedSafetyStockUnits: number;
  /** Pooled sd (units/period). */
  pooledSd: number;
  /** Extra safety stock of the decentralized network relative to the centralized one (fraction, e.g. 0.41 = +41%). */
  decentralizationIncrease: number;
  /** Safety stock saved by consolidating, relative to the decentralized network (fraction, e.g. 0.29 = -29%). */
  centralizationSaving: number;
}

/**
 * Compare safety stock of separate nodes with one pooled node, same safety factor k everywhere.
 * Pass lead-time sigmas (units) as `sds` to get safety stock directly; per-period sds give k * sd per period.
 * With n equal independent nodes, centralized = decentralized / sqrt(n) (the square-root law).
 */
export function poolingComparison(input: PoolingComparisonInput): PoolingComparison {
  if (!Number.isFinite(input.safetyFactor)) throw new RangeError('safetyFactor must be finite');
  const pooled = pooledSd(input);
  const decentralized = input.safetyFactor * input.sds.reduce((sum, sd) => sum + sd, 0);
  const centralized = input.safetyFactor * pooled;
  return {
    decentralizedSafetyStockUnits: decentralized,
    centralizedSafetyStockUnits: centralized,
    pooledSd: pooled,
    decentralizationIncrease: centralized !== 0 ? decentralized / centralized - 1 : 0,
    centralizationSaving: decentralized !== 0 ? 1 - centralized / decentralized : 0,
  };
}

/** Input to {@link squareRootLaw}. */
export interface SquareRootLawInput {
  /** Total safety stock across the current nodes (units). */
  totalSafetyStockUnits: number;
  /** Number of nodes today (n >= 1). */
  fromNodeCount: number;
  /** Number of nodes after consolidation or split (m >= 1). */
  toNodeCount: number;
}

/**
 * Square-root law (Maister, 1976): with equal, independent nodes sharing demand equally, total safety stock
 * scales with the square root of the node count: SS_m = SS_n * sqrt(m / n) (units). Consolidating n nodes into
 * one gives SS_n / sqrt(n). For unequal or correlated nodes use {@link poolingComparison}.
 */
export function squareRootLaw(input: SquareRootLawInput): number {
  assertNonNegative('totalSafetyStockUnits', input.totalSafetyStockUnits);
  const { fromNodeCount: n, toNodeCount: m } = input;
  if (!(Number.isInteger(n) && n >= 1 && Number.isInteger(m) && m >= 1)) {
    throw new RangeError('node counts must be integers >= 1');
  }
  return input.totalSafetyStockUnits * Math.sqrt(m / n);
}
