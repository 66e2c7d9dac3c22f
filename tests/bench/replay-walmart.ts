/**
 * Policy replay on the Walmart 45-store weekly sales (../shared/data/walmart_45_stores): one SKU, each store a
 * location serving its own region, weekly sales treated as units (unit cost 1). The last 52 weeks are simulated
 * (the 91 weeks before them are the first forecasts' history) under Footprint's policy and the independent
 * per-location baseline, both at a 95% fill-rate target.
 *
 * Network assumptions (stated, the same for both policies): supplier lead time 14 days (sd 3 days, drawn per
 * order with a fixed seed), every store served in 1 day by its own lane, transfer lanes between every pair of
 * stores (3 days, 0.5% of unit cost per unit), holding 25% a year, case pack 1, no MOQ, lost sales.
 *
 * Prints per-policy figures; closing line `BENCH replay-walmart fill=… baseline_fill=… stock_ratio=…` with
 * stock_ratio = Footprint's average inventory / the baseline's. Skips with a message without the data.
 */
import { existsSync } from 'node:fs';
import { runReplay, type ReplayInput, type ReplayOptions, type ReplayResult } from '@/server/planning/replay';
import { loadWalmartSeries, WALMART_CSV } from './forecast-walmart';

export const WALMART_REPLAY_WEEKS = 52;

export function walmartReplayInput(series: Map<number, number[]>): ReplayInput {
  const stores = [...series.keys()];
  const weekCount = Math.min(...[...series.values()].map((s) => s.length));
  const demand = new Float64Array(stores.length * weekCount);
  stores.forEach((store, r) => {
    const s = series.get(store) ?? [];
    for (let w = 0; w < weekCount; w++) demand[r * weekCount + w] = Math.round(s[w] ?? 0);
  });
  const id = (store: number) => `store-${store}`;
  return {
    weekCount,
    firstSimulatedWeek: weekCount - WALMART_REPLAY_WEEKS,
    skus: [{ skuId: 'weekly-sales', unitCost: 1, unitPrice: 1, casePackUnits: 1, moqUnits: 0, leadTimeDays: 14, leadTimeSdDays: 3 }],
    regions: stores.map((store) => ({ regionId: id(store), slaDeliveryDays: 2, targetFillRate: 0.95 })),
    locations: stores.map((store) => ({ locationId: id(store), holdingRateAnnual: 0.25, isCentral: false })),
    lanes: stores.map((store) => ({ fromLocationId: id(store), toRegionId: id(store), transitDays: 1, costPerUnit: 0 })),
    transferLanes: stores.flatMap((from) =>
      stores.filter((to) => to !== from).map((to) => ({ fromLocationId: id(from), toLocationId: id(to), transitDays: 3, customsDays: 0, costPerUnit: 0.005 })),
    ),
    demand,
  };
}

export interface WalmartReplayFigures {
  fill: number;
  baselineFill: number;
  stockRatio: number;
  result: ReplayResult;
}

export function walmartReplay(options: Partial<ReplayOptions> = {}): WalmartReplayFigures {
  const input = walmartReplayInput(loadWalmartSeries());
  const result = runReplay(input, { policies: ['footprint', 'independent'], fillRateTarget: 0.95, seed: 1, ...options });
  const [footprint, baseline] = result.policies;
  if (!footprint || !baseline) throw new Error('replay returned no figures');
  return {
    fill: footprint.totals.lineFillRate,
    baselineFill: baseline.totals.lineFillRate,
    stockRatio: footprint.totals.averageInventoryUnits / baseline.totals.averageInventoryUnits,
    result,
  };
}

export default async function bench(): Promise<Record<string, string | number>> {
  if (!existsSync(WALMART_CSV)) {
    console.log(`replay-walmart: skipped, the Walmart data set is not at ${WALMART_CSV} (see ../shared/data/walmart_45_stores/SOURCE.md)`);
    return { skipped: 'no-data' };
  }
  const started = performance.now();
  const figures = walmartReplay();
  const seconds = (performance.now() - started) / 1000;
  for (const p of figures.result.policies) {
    const t = p.totals;
    console.log(
      `${p.policy.padEnd(12)} fill ${(t.lineFillRate * 100).toFixed(2)}%  in-stock weeks ${(t.inStockShare * 100).toFixed(1)}%  ` +
        `avg stock ${(t.averageInventoryUnits / 1e6).toFixed(2)} M units  peak ${(t.peakInventoryUnits / 1e6).toFixed(2)} M  ` +
        `holding ${(t.holdingCost / 1e6).toFixed(3)} M  transfers ${t.transfersPlaced} (${(t.transferCost / 1e3).toFixed(1)} k)  orders ${t.ordersPlaced}`,
    );
  }
  const storesBelow = figures.result.policies[0]!.regions.filter((r) => r.lineFillRate < 0.95).length;
  console.log(`Footprint: ${storesBelow} of 45 stores below 95% line fill; replay ${seconds.toFixed(1)} s`);
  return { fill: figures.fill, baseline_fill: figures.baselineFill, stock_ratio: figures.stockRatio };
}
