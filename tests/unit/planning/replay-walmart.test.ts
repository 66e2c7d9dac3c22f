/**
 * Acceptance (issue "Policy replay"): on the Walmart 45-store weekly sales (each store a location serving its own
 * region, weekly sales as units; network assumptions in tests/bench/replay-walmart.ts), Footprint's policy at a 95%
 * fill-rate target reaches >= 95% line fill over the last 52 weeks, with average inventory no higher than the
 * independent per-location baseline at the same target. `npm run bench -- replay-walmart` prints the figures.
 * Skipped, with the path in the test name, when ../shared/data/walmart_45_stores is not there.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WALMART_CSV } from '../../bench/forecast-walmart';
import { walmartReplay } from '../../bench/replay-walmart';

describe.skipIf(!existsSync(WALMART_CSV))(`policy replay on Walmart 45 stores (${WALMART_CSV})`, () => {
  it('Footprint at a 95% fill-rate target: >= 95% line fill over 52 weeks, average stock <= the independent baseline', () => {
    const f = walmartReplay();
    expect(f.result.simulatedWeeks).toBe(52);
    expect(f.result.policies[0]!.totals.demandUnits).toBeGreaterThan(0);
    expect(f.fill).toBeGreaterThanOrEqual(0.95);
    expect(f.stockRatio).toBeLessThanOrEqual(1);
    // Both policies saw the same demand.
    expect(f.result.policies[1]!.totals.demandUnits).toBe(f.result.policies[0]!.totals.demandUnits);
  });
});
