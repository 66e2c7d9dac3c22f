import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeySet } from '@/server/imports/key-set';

describe('KeySet', () => {
  it('answers like a Set of strings (no false negatives, duplicates found)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), (keys) => {
        const set = new KeySet(2);
        const reference = new Set<string>();
        for (const k of keys) {
          expect(set.add(k)).toBe(!reference.has(k));
          reference.add(k);
        }
        expect(set.size).toBe(reference.size);
        for (const k of reference) expect(set.has(k)).toBe(true);
      }),
    );
  });

  it('holds 200,000 order references through its growth without a false duplicate', () => {
    const set = new KeySet();
    for (let i = 0; i < 200_000; i++) expect(set.add(`SO-${String(i).padStart(8, '0')}`)).toBe(true);
    expect(set.size).toBe(200_000);
    expect(set.add('SO-00123456')).toBe(false);
    expect(set.has('SO-00200000')).toBe(false);
  });
});
