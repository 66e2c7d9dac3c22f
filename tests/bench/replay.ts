/**
 * Policy replay at scale (DESIGN.md §9): 10,000 SKUs x 20 locations x 30 regions, 52 simulated weeks after 52
 * weeks of history, under Footprint's policy and the independent per-location baseline. Deterministic synthetic
 * demand (seeded; Zipf-skewed volumes, some seasonal, trending or lumpy SKUs, as in tests/bench/planning.ts).
 *
 * Targets are reviewed every 4 weeks; the engine's forecast (per SKU total, the network's pooled seasonal profile) is
 * refitted every `--forecast-every` weeks (default 12) and its method selected again every `--reselect-every` weeks
 * (default: once for the simulated year; the app's default is every 12 weeks), the weekly values of the latest
 * forecast feeding the reviews in between.
 *
 * Closing line: `BENCH replay skus=… weeks=… seconds=… cpu_seconds=… series=… peak_rss_mb=… forecast_every_weeks=… footprint_fill=… baseline_fill=…
 * stock_ratio=…` (seconds = the replay alone, without generating the data). Bar: <= 30 s.
 * Options: --skus=N (default 10000), --forecast-every=W (weeks, a multiple of 4), --reselect-every=W (a multiple of it).
 */
import { createReplay, type ReplayInput } from '@/server/planning/replay';

const LOCATIONS = 20;
const REGIONS = 30;
const HISTORY_WEEKS = 52;
const SIMULATED_WEEKS = 52;
const WEEKS = HISTORY_WEEKS + SIMULATED_WEEKS;

/** sfc32 pseudo-random generator, uniform in [0, 1). */
function sfc32(seed: number): () => number {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

function poisson(lambda: number, rand: () => number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) {
    const z = Math.sqrt(-2 * Math.log(rand() + 1e-300)) * Math.cos(2 * Math.PI * rand());
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
  }
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

export function syntheticReplayInput(skuCount: number): ReplayInput {
  const rand = sfc32(20260615);
  const point = () => ({ x: 2000 * rand(), y: 2000 * rand() });
  const locationPoints = Array.from({ length: LOCATIONS }, (_, i) => (i === 0 ? { x: 1000, y: 1000 } : point()));
  const regionPoints = Array.from({ length: REGIONS }, point);
  const lanes = locationPoints.flatMap((l, i) =>
    regionPoints.map((r, j) => {
      const km = Math.hypot(l.x - r.x, l.y - r.y);
      return { fromLocationId: `L${i}`, toRegionId: `R${j}`, transitDays: 1 + Math.floor(km / 400), costPerUnit: 0.5 + km * 0.002 };
    }),
  );
  const transferLanes = locationPoints.flatMap((a, i) =>
    locationPoints.flatMap((b, j) => {
      if (i === j) return [];
      const km = Math.hypot(a.x - b.x, a.y - b.y);
      return [{ fromLocationId: `L${i}`, toLocationId: `L${j}`, transitDays: 1 + Math.floor(km / 500), customsDays: (i + j) % 7 === 0 ? 3 : 0, costPerUnit: 0.3 + km * 0.001 }];
    }),
  );
  const regionWeight = Array.from({ length: REGIONS }, () => 0.2 + rand() ** 2);
  const demand = new Float64Array(skuCount * REGIONS * WEEKS);
  const lambda = new Float64Array(WEEKS);
  const shares = new Float64Array(REGIONS);
  const skus: ReplayInput['skus'][number][] = [];
  for (let s = 0; s < skuCount; s++) {
    const rank = 1 + Math.floor(rand() * 10_000);
    const meanWeekly = 10_000 / rank;
    const unitCost = 5 * Math.exp(2 * rand());
    skus.push({
      skuId: `S${s}`,
      unitCost,
      unitPrice: unitCost * (1.3 + rand()),
      casePackUnits: [1, 1, 6, 12, 24][s % 5] ?? 1,
      moqUnits: s % 7 === 0 ? 48 : 0,
      leadTimeDays: 14 + ((s * 3) % 5) * 7,
      leadTimeSdDays: 1 + (s % 4),
    });
    const kind = rand();
    const amplitude = kind < 0.3 ? 0.2 + 0.5 * rand() : 0;
    const lumpy = kind > 0.85;
    const phase = 2 * Math.PI * rand();
    const trendPerWeek = kind > 0.3 && kind < 0.45 ? (rand() - 0.5) * 0.01 : 0;
    for (let t = 0; t < WEEKS; t++) {
      lambda[t] = Math.max(0, meanWeekly * (1 + amplitude * Math.sin((2 * Math.PI * t) / 52 + phase)) * (1 + trendPerWeek * t));
    }
    let shareSum = 0;
    for (let r = 0; r < REGIONS; r++) {
      shares[r] = (regionWeight[r] ?? 1) * -Math.log(rand() + 1e-12);
      shareSum += shares[r] ?? 0;
    }
    const base = s * REGIONS * WEEKS;
    for (let t = 0; t < WEEKS; t++) {
      const ordering = !lumpy || rand() < 0.15;
      for (let r = 0; r < REGIONS; r++) {
        const l = ((lambda[t] ?? 0) * ((shares[r] ?? 0) / shareSum)) / (lumpy ? 0.15 : 1);
        demand[base + r * WEEKS + t] = ordering ? poisson(l, rand) : 0;
      }
    }
  }
  return {
    weekCount: WEEKS,
    firstSimulatedWeek: HISTORY_WEEKS,
    skus,
    regions: regionPoints.map((_, j) => ({ regionId: `R${j}`, slaDeliveryDays: 2 + (j % 3), targetFillRate: [0.9, 0.95, 0.98][j % 3] ?? 0.95 })),
    locations: locationPoints.map((_, i) => ({ locationId: `L${i}`, holdingRateAnnual: 0.2 + (i % 3) * 0.05, isCentral: i === 0 })),
    lanes,
    transferLanes,
    demand,
  };
}

export default async function replayBench(args: string[]): Promise<Record<string, string | number>> {
  const skuCount = Number(args.find((a) => a.startsWith('--skus='))?.slice(7) ?? 10_000);
  const forecastEvery = Number(args.find((a) => a.startsWith('--forecast-every='))?.slice(17) ?? 12);
  const review = 4;
  const refreshEvery = Math.max(review, Math.round(forecastEvery / review) * review);
  // Default: one selection for the simulated year (the first multiple of the refresh interval >= 52 weeks).
  const reselectEvery = Number(args.find((a) => a.startsWith('--reselect-every='))?.slice(17) ?? Math.ceil(SIMULATED_WEEKS / refreshEvery) * refreshEvery);
  const g0 = performance.now();
  const input = syntheticReplayInput(skuCount);
  console.log(`synthetic data: ${skuCount} SKUs x ${REGIONS} regions x ${WEEKS} weeks, ${LOCATIONS} locations in ${((performance.now() - g0) / 1000).toFixed(1)} s`);

  let peakRss = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const run = createReplay(input, {
    policies: ['footprint', 'independent'],
    reviewEveryWeeks: review,
    forecastEveryWeeks: refreshEvery,
    reselectEveryWeeks: reselectEvery,
  });
  let lastReport = t0;
  while (!run.step(250)) {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const now = performance.now();
    if (now - lastReport > 5000) {
      console.log(`  ${run.skusDone} of ${run.skuCount} SKUs, ${((now - t0) / 1000).toFixed(1)} s`);
      lastReport = now;
    }
  }
  const result = run.result();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const [footprint, baseline] = result.policies;
  if (!footprint || !baseline) throw new Error('replay returned no figures');
  for (const p of result.policies) {
    const t = p.totals;
    console.log(
      `${p.policy.padEnd(12)} fill ${(t.lineFillRate * 100).toFixed(2)}%  in-stock ${(t.inStockShare * 100).toFixed(1)}%  ` +
        `avg stock value ${(t.averageInventoryValue / 1e6).toFixed(2)} M  total cost ${(t.totalCost / 1e6).toFixed(2)} M  ` +
        `orders ${t.ordersPlaced}  transfers ${t.transfersPlaced}  delivery ${t.averageDeliveryDays.toFixed(2)} d`,
    );
  }
  console.log(
    `targets every ${result.reviewEveryWeeks} weeks from forecasts refitted every ${result.forecastEveryWeeks} weeks, ` +
      `method selected every ${result.reselectEveryWeeks} weeks; ${seconds.toFixed(1)} s elapsed, ${cpuSeconds.toFixed(1)} s of CPU ` +
      `(the two differ when other processes share the cores)`,
  );
  return {
    skus: skuCount,
    weeks: result.simulatedWeeks,
    seconds,
    cpu_seconds: cpuSeconds,
    series: skuCount * REGIONS,
    peak_rss_mb: Math.round(peakRss / 1024 / 1024),
    forecast_every_weeks: result.forecastEveryWeeks,
    footprint_fill: footprint.totals.lineFillRate,
    baseline_fill: baseline.totals.lineFillRate,
    stock_ratio: footprint.totals.averageInventoryValue / baseline.totals.averageInventoryValue,
  };
}
