/**
 * Maps an unconstrained number to an open interval and back (logistic transform), so that an unconstrained
 * optimiser such as Nelder–Mead can fit smoothing parameters that must stay inside their admissible bounds.
 */

/** Maps u in (-inf, inf) to (lower, upper). Dimensionless; units follow lower/upper. */
export function toBounded(u: number, lower: number, upper: number): number {
  return lower + (upper - lower) / (1 + Math.exp(-u));
}

/** Inverse of toBounded: maps x in (lower, upper) to the real line; x is clipped just inside the bounds. */
export function fromBounded(x: number, lower: number, upper: number): number {
  const span = upper - lower;
  const p = Math.min(1 - 1e-9, Math.max(1e-9, (x - lower) / span));
  return Math.log(p / (1 - p));
}

/** Admissible ranges used by the exponential-smoothing fits (Hyndman & Athanasopoulos, FPP3 §8.6). */
export const SMOOTHING_BOUNDS = {
  /** alpha, beta* and gamma* live in (1e-4, 1 - 1e-4); beta = alpha*beta*, gamma = (1 - alpha)*gamma*. */
  min: 1e-4,
  max: 1 - 1e-4,
  /** Damping parameter phi is restricted to [0.8, 0.98] as in FPP3 §8.2 so that forecasts stay sensible. */
  phiMin: 0.8,
  phiMax: 0.98,
} as const;
