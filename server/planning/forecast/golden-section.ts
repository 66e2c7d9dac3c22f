/**
 * One-dimensional bounded minimiser: a coarse grid to find the best bracket (the in-sample SSE of exponential
 * smoothing is not always unimodal in alpha), then golden-section search (Kiefer 1953) inside that bracket.
 */

export interface ScalarMinimum {
  /** Argument of the minimum found, within [lower, upper]. */
  readonly x: number;
  /** f(x). */
  readonly value: number;
}

/**
 * Minimises f on [lower, upper].
 * @param f objective (any units); non-finite values count as +Infinity
 * @param lower lower bound of the argument (same units as x)
 * @param upper upper bound of the argument
 * @param gridPoints points of the coarse grid, including both bounds (>= 3). Default 11.
 * @param tolerance width of the final bracket, units of x. Default 1e-5.
 */
export function minimiseOnInterval(
  f: (x: number) => number,
  lower: number,
  upper: number,
  gridPoints = 11,
  tolerance = 1e-5,
): ScalarMinimum {
  const safe = (x: number): number => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const points = Math.max(3, Math.floor(gridPoints));
  const width = (upper - lower) / (points - 1);
  let bestIndex = 0;
  let bestValue = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points; i++) {
    const v = safe(lower + i * width);
    if (v < bestValue) {
      bestValue = v;
      bestIndex = i;
    }
  }
  let a = lower + Math.max(0, bestIndex - 1) * width;
  let b = lower + Math.min(points - 1, bestIndex + 1) * width;
  let best: ScalarMinimum = { x: lower + bestIndex * width, value: bestValue };

  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = safe(c);
  let fd = safe(d);
  while (b - a > tolerance) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = safe(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = safe(d);
    }
  }
  if (fc < best.value) best = { x: c, value: fc };
  if (fd < best.value) best = { x: d, value: fd };
  return best;
}
