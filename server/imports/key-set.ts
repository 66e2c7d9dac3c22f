/**
 * A set of natural keys seen in a file (order references, codes), kept as 64-bit fingerprints in an
 * open-addressing table (9 bytes a slot, kept at most 70% full: 13 to 26 bytes a key) instead of the
 * ~80 bytes a key of a JavaScript Set of strings costs. A million order references take ~20 MB, not ~80 MB.
 *
 * Two different keys share a fingerprint with probability about n² / 2⁶⁵ (3 in 100 million for a
 * million keys): the importer would then report a false "duplicate" on one row, never accept a real one.
 */

/** FNV-1a over UTF-16 code units, 32 bits, with a seed so two independent hashes make the fingerprint. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32) so similar keys spread over the table.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class KeySet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private used: Uint8Array;
  private count = 0;

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity * 0.7 < initialCapacity) capacity *= 2;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.used = new Uint8Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Adds the key; returns false when it was already there. */
  add(key: string): boolean {
    const a = fnv1a(key, 0);
    const b = fnv1a(key, 0x9e3779b9);
    if (this.count + 1 > this.hi.length * 0.7) this.grow();
    return this.insert(a, b);
  }

  has(key: string): boolean {
    const a = fnv1a(key, 0);
    const b = fnv1a(key, 0x9e3779b9);
    const mask = this.hi.length - 1;
    for (let i = (a ^ b) & mask; this.used[i] === 1; i = (i + 1) & mask) {
      if (this.hi[i] === a && this.lo[i] === b) return true;
    }
    return false;
  }

  private insert(a: number, b: number): boolean {
    const mask = this.hi.length - 1;
    let i = (a ^ b) & mask;
    while (this.used[i] === 1) {
      if (this.hi[i] === a && this.lo[i] === b) return false;
      i = (i + 1) & mask;
    }
    this.used[i] = 1;
    this.hi[i] = a;
    this.lo[i] = b;
    this.count++;
    return true;
  }

  private grow(): void {
    const { hi, lo, used } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.used = new Uint8Array(hi.length * 2);
    this.count = 0;
    for (let i = 0; i < hi.length; i++) if (used[i] === 1) this.insert(hi[i] ?? 0, lo[i] ?? 0);
  }
}
