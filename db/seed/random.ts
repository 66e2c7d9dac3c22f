/**
 * A small seeded PRNG (mulberry32) with the distributions the demo seed needs, and a deterministic
 * UUIDv7 factory. Nothing here reads the clock or Math.random: the same seed gives the same data.
 */

/** 32-bit string hash (FNV-1a) used to derive independent streams from labels. */
export function hashSeed(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class SeededRandom {
  private state: number;

  constructor(seed: number | string) {
    this.state = (typeof seed === 'string' ? hashSeed(seed) : seed) >>> 0;
  }

  /** Uniform in [0, 1) (mulberry32). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Normal deviate (Box-Muller; one uniform pair per call, so the stream stays easy to reason about). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next(); // (0, 1]
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  lognormal(mu: number, sigma: number): number {
    return Math.exp(this.normal(mu, sigma));
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Poisson count: Knuth's product method for small means, a rounded normal above 30. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** An index drawn with probability proportional to the weights behind `cumulative` (see cumulativeWeights). */
  weightedIndex(cumulative: ArrayLike<number>): number {
    const total = cumulative[cumulative.length - 1] ?? 0;
    if (!(total > 0)) throw new RangeError('weights sum to zero');
    const target = this.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Running sums of non-negative weights, for SeededRandom.weightedIndex. */
export function cumulativeWeights(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += Math.max(0, weights[i] ?? 0);
    out[i] = sum;
  }
  return out;
}

/**
 * Deterministic UUIDv7s: the 48-bit timestamp starts at `baseMs` and the 12-bit rand_a field is a
 * counter, so ids are unique and sorted in creation order; rand_b comes from the seeded stream.
 */
export function createIdFactory(label: string, baseMs: number): () => string {
  const rng = new SeededRandom(`ids:${label}`);
  let counter = 0;
  const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');
  return () => {
    const ms = baseMs + Math.floor(counter / 4096);
    const randA = counter % 4096;
    counter++;
    const randB1 = 0x8000 | Math.floor(rng.next() * 0x4000); // variant 10xx
    const randB2 = Math.floor(rng.next() * 0x1000000);
    const randB3 = Math.floor(rng.next() * 0x1000000);
    const ts = hex(ms, 12);
    return `${ts.slice(0, 8)}-${ts.slice(8)}-7${hex(randA, 3)}-${hex(randB1, 4)}-${hex(randB2, 6)}${hex(randB3, 6)}`;
  };
}
