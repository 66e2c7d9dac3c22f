/**
 * Full planning pass on deterministic synthetic data: 10,000 SKUs x 30 regions x 20 locations, 104 weeks of
 * weekly demand per SKU x region (seeded RNG; Zipf-skewed volumes so that ABC is meaningful; some seasonal, some
 * trending, some intermittent or lumpy).
 *
 * The pass, per SKU:
 *  1. segmentation: ABC on annual consumption value (last 52 weeks x unit cost, all SKUs), XYZ and demand pattern;
 *  2. one forecast of the SKU's total weekly demand (`auto` selection; Croston/SBA/TSB where the pattern calls for
 *     them), split to regions by each region's share of the last 13 weeks, with a per-region sigma taken from the
 *     region's own one-step residuals y_r,t - share_r * fitted_t, grown with the horizon like the SKU model's;
 *  3. stocking policy by ABC class and region assignment (allocation/assignSkuRegions), then safety stock, reorder
 *     point and order-up-to per SKU x location (allocation/nodeTargets, which pools the variance of the regions a
 *     location serves and applies DESIGN.md §5's formulas).
 *
 * Returns series = SKU x region series forecast, seconds (the planning pass, excluding the synthetic data
 * generation, which is reported separately), series_per_second. Options: --skus=N (default 10000).
 */
import { assignSkuRegions, nodeTargets, rescaleDemand, type AssignmentLane, type TargetLocation } from '@/server/planning';
import { forecast, type ForecastMethod } from '@/server/planning/forecast';
import { classifyAbc, classifyDemandPattern, classifyXyz, type AbcClass } from '@/server/planning/segmentation';

const REGIONS = 30;
const LOCATIONS = 20;
const WEEKS = 104;
const HORIZON_WEEKS = 8;
const SHARE_WINDOW_WEEKS = 13;

/** sfc32 pseudo-random generator (Doty-Humphrey's Small Fast Counting RNG), uniform in [0, 1). */
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

interface Network {
  lanes: AssignmentLane[];
  regions: { regionId: string; slaDeliveryDays: number; serviceLevel: number }[];
  locations: TargetLocation[];
  centralLocationId: string;
}

/** 20 locations and 30 regions on a 2,000 km square; lanes from every location to every region. */
function buildNetwork(rand: () => number): Network {
  const point = () => ({ x: 2000 * rand(), y: 2000 * rand() });
  const locationPoints = Array.from({ length: LOCATIONS }, (_, i) => (i === 0 ? { x: 1000, y: 1000 } : point()));
  const regionPoints = Array.from({ length: REGIONS }, point);
  const lanes: AssignmentLane[] = [];
  locationPoints.forEach((l, i) =>
    regionPoints.forEach((r, j) => {
      const km = Math.hypot(l.x - r.x, l.y - r.y);
      lanes.push({
        laneId: `L${i}-R${j}`,
        fromLocationId: `L${i}`,
        toRegionId: `R${j}`,
        transitDays: 1 + Math.floor(km / 400),
        shippingCostPerUnit: 0.5 + km * 0.002,
      });
    }),
  );
  return {
    lanes,
    regions: regionPoints.map((_, j) => ({
      regionId: `R${j}`,
      slaDeliveryDays: 2 + (j % 3),
      serviceLevel: [0.9, 0.95, 0.98][j % 3] ?? 0.95,
    })),
    locations: locationPoints.map((_, i) => ({
      locationId: `L${i}`,
      leadTimeDays: 7 + ((i * 5) % 15),
      leadTimeSdDays: 2,
      reviewPeriodDays: 7,
    })),
    centralLocationId: 'L0',
  };
}

/** Demand history of every SKU x region (Float32Array, [sku][region][week]) and unit costs. */
function generateDemand(skus: number): { demand: Float32Array; unitCost: Float64Array } {
  const rand = sfc32(20240611);
  const regionWeight = Array.from({ length: REGIONS }, () => 0.2 + rand() ** 2);
  const demand = new Float32Array(skus * REGIONS * WEEKS);
  const unitCost = new Float64Array(skus);
  const lambda = new Float64Array(WEEKS);
  const shares = new Float64Array(REGIONS);
  for (let s = 0; s < skus; s++) {
    const rank = 1 + Math.floor(rand() * 10_000);
    const meanWeekly = 10_000 / rank; // Zipf: a few SKUs carry most of the volume, the tail is sparse
    unitCost[s] = 5 * Math.exp(2 * rand());
    const kind = rand();
    const seasonal = kind < 0.3;
    const lumpy = kind > 0.85;
    const amplitude = seasonal ? 0.2 + 0.5 * rand() : 0;
    const phase = 2 * Math.PI * rand();
    const trendPerWeek = kind > 0.3 && kind < 0.45 ? (rand() - 0.5) * 0.01 : 0;
    for (let t = 0; t < WEEKS; t++) {
      lambda[t] = Math.max(0, meanWeekly * (1 + amplitude * Math.sin((2 * Math.PI * t) / 52 + phase)) * (1 + trendPerWeek * t));
    }
    let shareSum = 0;
    for (let r = 0; r < REGIONS; r++) {
      shares[r] = (regionWeight[r] ?? 1) * -Math.log(rand() + 1e-12); // Dirichlet-like
      shareSum += shares[r] ?? 0;
    }
    // Lumpy SKUs: in a given week orders come (probability 0.15, in every region at once) or not at all, each
    // order week carrying ~6.7 weeks of demand.
    const orderWeek = Array.from({ length: WEEKS }, () => !lumpy || rand() < 0.15);
    const base = s * REGIONS * WEEKS;
    for (let r = 0; r < REGIONS; r++) {
      const share = (shares[r] ?? 0) / shareSum;
      for (let t = 0; t < WEEKS; t++) {
        const l = ((lambda[t] ?? 0) * share) / (lumpy ? 0.15 : 1);
        demand[base + r * WEEKS + t] = orderWeek[t] ? poisson(l, rand) : 0;
      }
    }
  }
  return { demand, unitCost };
}

export default async function planningBench(args: string[]): Promise<Record<string, number | string>> {
  const skus = Number(args.find((a) => a.startsWith('--skus='))?.slice(7) ?? 10_000);
  const clock = { segmentation: 0, forecast: 0, split: 0, assignment: 0, targets: 0 };
  const timed = <T>(key: keyof typeof clock, f: () => T): T => {
    const t0 = performance.now();
    const out = f();
    clock[key] += performance.now() - t0;
    return out;
  };

  const g0 = performance.now();
  const network = buildNetwork(sfc32(7));
  const { demand, unitCost } = generateDemand(skus);
  const generationSeconds = (performance.now() - g0) / 1000;
  console.log(`synthetic data: ${skus} SKUs x ${REGIONS} regions x ${WEEKS} weeks in ${generationSeconds.toFixed(1)} s`);

  const passStart = performance.now();
  // 1. Segmentation. ABC needs every SKU's annual consumption value first.
  const totals: Float64Array[] = [];
  const abc = timed('segmentation', () => {
    const values = [];
    for (let s = 0; s < skus; s++) {
      const total = new Float64Array(WEEKS);
      const base = s * REGIONS * WEEKS;
      for (let r = 0; r < REGIONS; r++) for (let t = 0; t < WEEKS; t++) total[t] = (total[t] ?? 0) + (demand[base + r * WEEKS + t] ?? 0);
      totals.push(total);
      let annual = 0;
      for (let t = WEEKS - 52; t < WEEKS; t++) annual += total[t] ?? 0;
      values.push({ id: String(s), annualConsumptionValue: annual * (unitCost[s] ?? 0) });
    }
    return classifyAbc(values);
  });

  const counts = { methods: {} as Partial<Record<ForecastMethod, number>>, abc: { A: 0, B: 0, C: 0 }, xyz: { X: 0, Y: 0, Z: 0 }, patterns: {} as Record<string, number> };
  let nodes = 0;
  let safetyStockUnits = 0;
  for (let s = 0; s < skus; s++) {
    const history = Array.from(totals[s] ?? []);
    const abcClass: AbcClass = abc[s]?.abcClass ?? 'C';
    timed('segmentation', () => {
      counts.abc[abcClass]++;
      counts.xyz[classifyXyz(history).xyzClass]++;
      const pattern = classifyDemandPattern(history).pattern;
      counts.patterns[pattern] = (counts.patterns[pattern] ?? 0) + 1;
    });

    // 2. One model per SKU on its total demand.
    const f = timed('forecast', () => forecast(history, { horizon: HORIZON_WEEKS, seasonLength: 52 }));
    counts.methods[f.method] = (counts.methods[f.method] ?? 0) + 1;

    // Split to regions by recent share; per-region sigma from the region's own residuals.
    const regions = timed('split', () => {
      const base = s * REGIONS * WEEKS;
      let recentTotal = 0;
      for (let t = WEEKS - SHARE_WINDOW_WEEKS; t < WEEKS; t++) recentTotal += history[t] ?? 0;
      const allTotal = history.reduce((a, b) => a + b, 0);
      const meanWeekly = f.values.slice(0, HORIZON_WEEKS).reduce((a, b) => a + b, 0) / HORIZON_WEEKS;
      const growth = f.sigma > 0 ? (f.sigmaByHorizon[0] ?? 0) / f.sigma : 1;
      return network.regions.map((region, r) => {
        const offset = base + r * WEEKS;
        let recent = 0;
        let all = 0;
        for (let t = 0; t < WEEKS; t++) {
          const y = demand[offset + t] ?? 0;
          all += y;
          if (t >= WEEKS - SHARE_WINDOW_WEEKS) recent += y;
        }
        const share = recentTotal > 0 ? recent / recentTotal : allTotal > 0 ? all / allTotal : 1 / REGIONS;
        let sse = 0;
        let n = 0;
        for (let t = 0; t < WEEKS; t++) {
          const fitted = f.fitted[t];
          if (fitted === null || fitted === undefined) continue;
          const e = (demand[offset + t] ?? 0) - share * fitted;
          sse += e * e;
          n++;
        }
        const sigmaWeekly = (n > 0 ? Math.sqrt(sse / n) : 0) * growth;
        const daily = rescaleDemand({ mean: share * meanWeekly, sd: sigmaWeekly, fromPeriodDays: 7, toPeriodDays: 1 });
        return { ...region, demandPerDay: daily.mean, demandSdPerDay: daily.sd };
      });
    });

    // 3. Stocking policy + region assignment, then targets per location.
    const assignment = timed('assignment', () =>
      assignSkuRegions({ abcClass, regions, lanes: network.lanes, centralLocationId: network.centralLocationId }),
    );
    const targets = timed('targets', () =>
      nodeTargets({ regions, assignments: assignment.assignments, locations: network.locations }),
    );
    nodes += targets.length;
    for (const t of targets) safetyStockUnits += t.safetyStockUnits;
  }
  const seconds = (performance.now() - passStart) / 1000;
  const series = skus * REGIONS;

  console.log('time breakdown (s):');
  for (const [k, ms] of Object.entries(clock)) console.log(`  ${k.padEnd(13)} ${(ms / 1000).toFixed(2).padStart(7)}  ${((100 * ms) / 1000 / seconds).toFixed(1)}%`);
  console.log(`  total pass    ${seconds.toFixed(2).padStart(7)}  (+ data generation ${generationSeconds.toFixed(2)} s)`);
  console.log(`ABC ${JSON.stringify(counts.abc)}  XYZ ${JSON.stringify(counts.xyz)}  patterns ${JSON.stringify(counts.patterns)}`);
  console.log(`methods chosen ${JSON.stringify(counts.methods)}`);
  console.log(`SKU x location targets: ${nodes}, total safety stock ${Math.round(safetyStockUnits)} units`);
  return {
    skus,
    regions: REGIONS,
    locations: LOCATIONS,
    series,
    seconds,
    series_per_second: series / seconds,
    forecast_seconds: clock.forecast / 1000,
    generation_seconds: generationSeconds,
  };
}
