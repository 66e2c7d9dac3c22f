/**
 * The standard normal distribution: density, cumulative distribution, upper tail and quantile.
 *
 * All functions take and return dimensionless numbers (z-scores and probabilities). They are the base of the
 * safety-stock formulas: `z(CSL)` is `normalQuantile(serviceLevel)`, the loss function uses `normalUpperTail`.
 *
 * Accuracy: `normalCdf` / `normalUpperTail` use Hart's double-precision rational approximation (Hart, 1968,
 * algorithm 5666, as published by G. West, "Better approximations to cumulative normal functions", Wilmott, 2005)
 * for |z| < 3 and Laplace's continued fraction beyond; absolute error below 1e-15, relative error in the tails about
 * 1e-14 (checked against erfc over z in [-9, 9]).
 * `normalQuantile` uses P. J. Acklam's rational approximation (relative error 1.15e-9) followed by one Halley
 * refinement step, which brings it to about 1e-15.
 */

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Standard normal density phi(z) = exp(-z^2/2) / sqrt(2 pi). */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / SQRT_2PI;
}

const CONTINUED_FRACTION_TERMS = 80;

/**
 * Tail of the standard normal beyond |z|: P(Z > |z|).
 * Hart 5666 rational function for |z| < 3, Laplace continued fraction beyond (relative error ~1e-15 there).
 */
function tailOfAbs(z: number): number {
  const x = Math.abs(z);
  if (x > 37) return 0;
  const e = Math.exp(-0.5 * x * x);
  if (x < 3) {
    let num = 3.52624965998911e-2 * x + 0.700383064443688;
    num = num * x + 6.37396220353165;
    num = num * x + 33.912866078383;
    num = num * x + 112.079291497871;
    num = num * x + 221.213596169931;
    num = num * x + 220.206867912376;
    let den = 8.83883476483184e-2 * x + 1.75566716318264;
    den = den * x + 16.064177579207;
    den = den * x + 86.7807322029461;
    den = den * x + 296.564248779674;
    den = den * x + 637.333633378831;
    den = den * x + 793.826512519948;
    den = den * x + 440.413735824752;
    return (e * num) / den;
  }
  // Laplace's continued fraction for the Mills ratio, evaluated backwards: Q(x) = phi(x) / (x + 1/(x + 2/(x + ...))).
  let cf = x;
  for (let k = CONTINUED_FRACTION_TERMS; k >= 1; k--) cf = x + k / cf;
  return e / cf / SQRT_2PI;
}

/** Standard normal cumulative distribution Phi(z) = P(Z <= z). */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  const tail = tailOfAbs(z);
  return z > 0 ? 1 - tail : tail;
}

/**
 * Upper tail 1 - Phi(z) = P(Z > z), computed directly (no cancellation for large z), so that the
 * loss function stays accurate for high service levels.
 */
export function normalUpperTail(z: number): number {
  if (Number.isNaN(z)) return NaN;
  const tail = tailOfAbs(z);
  return z > 0 ? tail : 1 - tail;
}

// Acklam's coefficients.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function horner(coefficients: readonly number[], x: number): number {
  let result = 0;
  for (const c of coefficients) result = result * x + c;
  return result;
}

/** Acklam's approximation for p in (0, 0.5] (lower half); relative error < 1.15e-9. */
function acklamLowerHalf(p: number): number {
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return horner(C, q) / (horner(D, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (horner(A, r) * q) / (horner(B, r) * r + 1);
}

/**
 * Inverse of the standard normal cdf: the z with Phi(z) = p, for p in (0, 1).
 * Returns -Infinity for p = 0 and +Infinity for p = 1; throws RangeError outside [0, 1] or for NaN.
 * Examples: normalQuantile(0.95) = 1.644854, normalQuantile(0.99) = 2.326348.
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) throw new RangeError(`probability must be in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -normalQuantile(1 - p);
  // Lower half: refine with one Halley step on the accurate lower tail.
  const x = acklamLowerHalf(p);
  const e = normalCdf(x) - p;
  const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
  return x - u / (1 + 0.5 * x * u);
}
