/**
 * Acceptance test: on the Walmart 45-store weekly sales (each store a region), rolling-origin one-step forecasts
 * of the last 26 weeks by `auto` must beat seasonal naive (season 52) by at least 15% in overall WAPE. The same
 * computation as `tests/bench/forecast-walmart.ts`, which prints the per-store figures.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateStore, loadWalmartSeries, overall, WALMART_CSV } from '../../bench/forecast-walmart';

const present = existsSync(WALMART_CSV);

describe.skipIf(!present)('forecast accuracy on Walmart 45 stores (acceptance)', () => {
  it('auto beats seasonal naive by >= 15% WAPE over the last 26 weeks, all 45 stores', { timeout: 60_000 }, () => {
    const series = loadWalmartSeries();
    expect(series.size).toBe(45);
    const results = [...series].map(([store, sales]) => evaluateStore(store, sales, 26));
    const o = overall(results);
    expect(o.wapeSnaive).toBeGreaterThan(0);
    expect(o.improvement).toBeGreaterThanOrEqual(0.15);
  });
});

describe.skipIf(present)('forecast accuracy on Walmart 45 stores (acceptance)', () => {
  it.skip(`skipped: dataset not found at ${WALMART_CSV}`, () => {});
});
