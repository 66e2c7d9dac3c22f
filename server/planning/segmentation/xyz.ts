/**
 * XYZ classification by the coefficient of variation of weekly demand (DESIGN.md §5):
 *   CV = sample standard deviation / mean of weekly demand (dimensionless, zero weeks included);
 *   X if CV < 0.5, Y if 0.5 <= CV < 1.0, Z if CV >= 1.0 (thresholds configurable).
 * A series with zero mean demand has no CV and is classed Z (nothing in its history makes it predictable).
 */

export type XyzClass = 'X' | 'Y' | 'Z';

/** Upper CV bounds of X and Y (dimensionless): X < x <= Y < y <= Z. */
export interface XyzThresholds {
  readonly x: number;
  readonly y: number;
}

export const DEFAULT_XYZ_THRESHOLDS: XyzThresholds = { x: 0.5, y: 1.0 };

/**
 * Coefficient of variation of a weekly demand series (sample standard deviation, n - 1, over the mean).
 * @param weeklyDemand demand, units/week
 * @returns CV (dimensionless); null when the mean is not positive or fewer than two weeks are given
 */
export function coefficientOfVariation(weeklyDemand: readonly number[]): number | null {
  const n = weeklyDemand.length;
  if (n < 2) return null;
  const mean = weeklyDemand.reduce((s, y) => s + y, 0) / n;
  if (!(mean > 0)) return null;
  const variance = weeklyDemand.reduce((s, y) => s + (y - mean) * (y - mean), 0) / (n - 1);
  return Math.sqrt(variance) / mean;
}

/**
 * Class of a coefficient of variation.
 * @param cv coefficient of variation (dimensionless) or null when undefined
 */
export function xyzClassOf(cv: number | null, thresholds: XyzThresholds = DEFAULT_XYZ_THRESHOLDS): XyzClass {
  if (cv === null) return 'Z';
  if (cv < thresholds.x) return 'X';
  if (cv < thresholds.y) return 'Y';
  return 'Z';
}

/**
 * XYZ class of a weekly demand series.
 * @param weeklyDemand demand, units/week
 * @returns the class and the CV it was derived from (null when undefined)
 */
export function classifyXyz(
  weeklyDemand: readonly number[],
  thresholds: XyzThresholds = DEFAULT_XYZ_THRESHOLDS,
): { xyzClass: XyzClass; cv: number | null } {
  const cv = coefficientOfVariation(weeklyDemand);
  return { xyzClass: xyzClassOf(cv, thresholds), cv };
}
