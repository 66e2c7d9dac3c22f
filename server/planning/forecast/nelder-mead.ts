/**
 * Nelder–Mead downhill simplex minimiser (Nelder & Mead 1965, "A simplex method for function minimization",
 * The Computer Journal 7(4)), with the standard coefficients: reflection 1, expansion 2, contraction 1/2,
 * shrink 1/2. Unconstrained; bounded parameters are handled by the caller through `parameter-bounds.ts`.
 */

export interface NelderMeadOptions {
  /** Initial simplex edge along each coordinate (same units as x); default 0.5 for every coordinate. */
  readonly initialStep?: readonly number[] | number;
  /** Relative spread of f over the simplex below which it may stop (both tolerances must hold). Default 1e-10. */
  readonly functionTolerance?: number;
  /** Simplex size (max coordinate distance to the best point, units of x) below which it may stop. Default 1e-7. */
  readonly pointTolerance?: number;
  /** Hard cap on function evaluations. Default 200 * dimension. */
  readonly maxEvaluations?: number;
}

export interface NelderMeadResult {
  /** The best point found. */
  readonly x: number[];
  /** f(x). */
  readonly value: number;
  /** Number of evaluations of f used. */
  readonly evaluations: number;
}

/**
 * Minimises f starting from x0. Non-finite values of f are treated as +Infinity (the simplex moves away).
 * @param f objective, any units
 * @param x0 starting point (length = dimension >= 1)
 */
export function nelderMead(
  f: (x: readonly number[]) => number,
  x0: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const n = x0.length;
  const maxEvaluations = options.maxEvaluations ?? 200 * Math.max(1, n);
  const fTol = options.functionTolerance ?? 1e-10;
  const xTol = options.pointTolerance ?? 1e-7;
  let evaluations = 0;
  const evaluate = (x: readonly number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  if (n === 0) return { x: [], value: evaluate([]), evaluations };

  const step = (i: number): number => {
    const s = options.initialStep;
    if (typeof s === 'number') return s;
    return s?.[i] ?? 0.5;
  };
  const points: number[][] = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const p = x0.slice();
    p[i] = (p[i] ?? 0) + step(i);
    points.push(p);
  }
  const values = points.map(evaluate);
  const order = points.map((_, i) => i);

  // a + t (b - a), coordinate by coordinate (plain loops: this runs hundreds of times per fit).
  const combine = (a: readonly number[], b: readonly number[], t: number): number[] => {
    const out = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const ai = a[i] ?? 0;
      out[i] = ai + t * ((b[i] ?? 0) - ai);
    }
    return out;
  };
  const valueOf = (k: number): number => values[k] ?? Number.POSITIVE_INFINITY;
  const centroid = new Array<number>(n).fill(0);

  while (evaluations < maxEvaluations) {
    // Stable insertion sort of the n + 1 vertices by value (same order as a stable Array.prototype.sort).
    for (let a = 1; a <= n; a++) {
      const k = order[a] ?? 0;
      const v = valueOf(k);
      let b = a - 1;
      while (b >= 0 && valueOf(order[b] ?? 0) > v) {
        order[b + 1] = order[b] ?? 0;
        b--;
      }
      order[b + 1] = k;
    }
    const best = order[0] ?? 0;
    const worst = order[n] ?? 0;
    const secondWorst = order[n - 1] ?? 0;
    const fBest = values[best] ?? 0;
    const fWorst = values[worst] ?? 0;
    const bestPoint = points[best] ?? x0.slice();

    let diameter = 0;
    for (const p of points) for (let i = 0; i < n; i++) diameter = Math.max(diameter, Math.abs((p[i] ?? 0) - (bestPoint[i] ?? 0)));
    const spread = Math.abs(fWorst - fBest);
    if (spread <= fTol * (1 + Math.abs(fBest)) && diameter <= xTol) break;

    // Centroid of all points but the worst.
    centroid.fill(0);
    for (const k of order) {
      if (k === worst) continue;
      const p = points[k] ?? x0;
      for (let i = 0; i < n; i++) centroid[i] = (centroid[i] ?? 0) + (p[i] ?? 0) / n;
    }
    const worstPoint = points[worst] ?? x0.slice();
    const reflected = combine(centroid, worstPoint, -1);
    const fReflected = evaluate(reflected);
    const fSecondWorst = values[secondWorst] ?? 0;

    if (fReflected < fBest) {
      const expanded = combine(centroid, worstPoint, -2);
      const fExpanded = evaluate(expanded);
      if (fExpanded < fReflected) {
        points[worst] = expanded;
        values[worst] = fExpanded;
      } else {
        points[worst] = reflected;
        values[worst] = fReflected;
      }
      continue;
    }
    if (fReflected < fSecondWorst) {
      points[worst] = reflected;
      values[worst] = fReflected;
      continue;
    }
    // Contraction: outside if the reflection improved on the worst point, inside otherwise.
    const outside = fReflected < fWorst;
    const contracted = outside ? combine(centroid, reflected, 0.5) : combine(centroid, worstPoint, 0.5);
    const fContracted = evaluate(contracted);
    if (fContracted < (outside ? fReflected : fWorst)) {
      points[worst] = contracted;
      values[worst] = fContracted;
      continue;
    }
    // Shrink every point towards the best one.
    for (const k of order) {
      if (k === best) continue;
      const shrunk = combine(bestPoint, points[k] ?? x0, 0.5);
      points[k] = shrunk;
      values[k] = evaluate(shrunk);
    }
  }

  let bestIndex = 0;
  for (let k = 1; k <= n; k++) if ((values[k] ?? Infinity) < (values[bestIndex] ?? Infinity)) bestIndex = k;
  return { x: (points[bestIndex] ?? x0).slice(), value: values[bestIndex] ?? Number.POSITIVE_INFINITY, evaluations };
}
