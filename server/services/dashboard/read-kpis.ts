/**
 * readKpis: the dashboard's cards (DESIGN.md §6) for a period against a baseline, for the network or one
 * region, location or SKU: value, baseline value, change, SLA target where one exists and a weekly trend.
 * Reads rollups only (kpi_daily / sku_daily, inventory_daily, the latest planning run). The digests call
 * it too; see README.md in this folder.
 */
import type { TenantServiceContext } from '../context';
import { todayIn } from '../master-data/today';
import { addDays } from '../orders/local-time';
import { change, kpiValues, sumRange, type KpiInputs, type KpiValues, type OrderSums } from './kpi-math';
import { averageInventoryValue365, inventoryByLocation, totalInventory } from './inventory-queries';
import { dailyOrderSums, groupedOrderSums, type ReadContext } from './order-queries';
import { range, resolveView, type DayRange, type ResolvedView } from './period';
import { excessByLocation, forecastAccuracy, latestSucceededRun, type ForecastAccuracy, type LatestRun } from './planning-queries';
import type { BaselineSpec, DashboardFilter, PeriodSpec } from './schemas';
import { regionsWithTargets, weightedTargets, type WeightedTargets } from './targets';

export type KpiKey = keyof KpiValues | 'excessValue' | 'forecastWape';
export type KpiUnit = 'days' | 'percent' | 'money' | 'money_per_unit' | 'turns';

export interface KpiCard {
  key: KpiKey;
  label: string;
  unit: KpiUnit;
  /** Which way is good. */
  better: 'higher' | 'lower';
  value: number | null;
  baseline: number | null;
  change: { absolute: number | null; relative: number | null };
  /** The SLA target (volume-weighted over regions) where the KPI has one. */
  target: number | null;
  /** One value per trend week (oldest first); empty where the KPI has no weekly trend. */
  trend: (number | null)[];
  /** What the figure is when it is not the obvious (e.g. "now", "holdout"). */
  note?: string;
}

export interface KpiReport {
  asOf: string;
  currency: string;
  view: ResolvedView;
  cards: KpiCard[];
  targets: WeightedTargets;
  run: LatestRun | null;
  forecast: ForecastAccuracy | null;
  /** Whether anything exists to show: a new tenant gets the empty state instead of zeros. */
  hasOrders: boolean;
  hasInventory: boolean;
}

export interface ReadKpisArgs {
  ctx: ReadContext;
  period: PeriodSpec;
  baseline: BaselineSpec;
  filter?: DashboardFilter;
  /** "Today" in the tenant's time zone (YYYY-MM-DD); default: the clock, via todayIn. */
  asOf?: string;
  now?: Date;
  /**
   * Excess stock and forecast accuracy of the latest planning run (default true). They scan the run's
   * targets and forecasts (one row per SKU x location / region): the router's dashboard.kpis leaves
   * them out and dashboard.planning reads them (mergePlanning joins the two), so the common cards stay
   * cheap and the expensive figures are one procedure of their own.
   */
  withPlanning?: boolean;
}

export interface PlanningFigures {
  run: LatestRun | null;
  excessValue: number | null;
  excessByLocation: Record<string, number>;
  forecast: ForecastAccuracy | null;
}

/** The latest succeeded run's excess stock (now) and forecast accuracy, for the network or a filter. */
export async function readPlanningFigures({ ctx, filter = {}, asOf, now, run }: { ctx: ReadContext; filter?: DashboardFilter; asOf?: string; now?: Date; run?: LatestRun | null }): Promise<PlanningFigures> {
  const latest = run === undefined ? await latestSucceededRun(ctx) : run;
  if (!latest) return { run: null, excessValue: null, excessByLocation: {}, forecast: null };
  const today = todayOf(ctx, asOf, now);
  const byLocation = filter.regionId ? null : await excessByLocation(ctx, latest.id, filter);
  return {
    run: latest,
    excessValue: byLocation ? [...byLocation.values()].reduce((a, x) => a + x, 0) : null,
    excessByLocation: byLocation ? Object.fromEntries(byLocation) : {},
    forecast: await forecastAccuracy(ctx, latest, today, filter),
  };
}

export function todayOf(ctx: Pick<TenantServiceContext, 'tenant'>, asOf?: string, now?: Date): string {
  return asOf ?? todayIn(ctx.tenant.timezone, now);
}

const CARD_META: { key: KpiKey; label: string; unit: KpiUnit; better: 'higher' | 'lower' }[] = [
  { key: 'avgDeliveryDays', label: 'Average delivery time', unit: 'days', better: 'lower' },
  { key: 'onTimeRate', label: 'On time (SLA attainment)', unit: 'percent', better: 'higher' },
  { key: 'shippingCostPerUnit', label: 'Shipping cost per unit', unit: 'money_per_unit', better: 'lower' },
  { key: 'orderFillRate', label: 'Order fill rate', unit: 'percent', better: 'higher' },
  { key: 'lineFillRate', label: 'Line fill rate', unit: 'percent', better: 'higher' },
  { key: 'inventoryValue', label: 'Inventory value', unit: 'money', better: 'lower' },
  { key: 'carryingCost', label: 'Carrying cost', unit: 'money', better: 'lower' },
  { key: 'turnover', label: 'Turnover', unit: 'turns', better: 'higher' },
  { key: 'daysOfSupply', label: 'Days of supply', unit: 'days', better: 'lower' },
  { key: 'excessValue', label: 'Excess stock value', unit: 'money', better: 'lower' },
  { key: 'stockoutValue', label: 'Stockout value', unit: 'money', better: 'lower' },
  { key: 'forecastWape', label: 'Forecast error (WAPE)', unit: 'percent', better: 'lower' },
];

/** The inputs of one range from the daily sums and inventory points already read. */
function inputsFor(r: DayRange, daily: Map<string, OrderSums>, inventory: KpiInputs['inventory'], avg365: number | null): KpiInputs {
  return {
    range: r,
    orders: sumRange(daily, r),
    inventory,
    unitsOrdered90: sumRange(daily, range(addDays(r.to, -89), r.to)).unitsOrdered,
    cogs365: sumRange(daily, range(addDays(r.to, -364), r.to)).cogsShipped,
    avgInventoryValue365: avg365,
  };
}

export async function readKpis({ ctx, period, baseline, filter = {}, asOf, now, withPlanning = true }: ReadKpisArgs): Promise<KpiReport> {
  const today = todayOf(ctx, asOf, now);
  const view = resolveView(period, baseline, today);
  const p = view.period;
  const b = view.baseline;
  const withInventory = !filter.regionId;

  const dailyRanges = [p, b, range(addDays(view.weeks[0]!.from, -89), p.to), range(addDays(p.to, -364), p.to), range(addDays(b.to, -364), b.to)];
  const inventoryDays = [...new Set([p.to, b.to, ...view.weeks.map((w) => w.to)])];
  const [daily, inventory, avg365, regions, byRegion, run] = await sequential([
    () => dailyOrderSums(ctx, dailyRanges, filter),
    () => (withInventory ? inventoryByLocation(ctx, inventoryDays, filter) : Promise.resolve(new Map())),
    () => (withInventory ? averageInventoryValue365(ctx, [p.to, b.to], filter) : Promise.resolve(new Map<string, number | null>())),
    () => regionsWithTargets(ctx, p.to),
    () => groupedOrderSums(ctx, p, 'region', filter),
    () => latestSucceededRun(ctx),
  ] as const);

  const point = (day: string) => (withInventory ? totalInventory(inventory.get(day)) : null);
  const current = kpiValues(inputsFor(p, daily, point(p.to), avg365.get(p.to) ?? null));
  const before = kpiValues(inputsFor(b, daily, point(b.to), avg365.get(b.to) ?? null));
  const weekly = view.weeks.map((w) => kpiValues(inputsFor(w, daily, point(w.to), null)));
  const targets = weightedTargets(
    filter.regionId ? regions.filter((r) => r.id === filter.regionId) : regions,
    byRegion,
  );

  const planning = withPlanning ? await readPlanningFigures({ ctx, filter, asOf: today, run }) : null;
  const excess = planning?.excessValue ?? null;
  const forecast = planning?.forecast ?? null;
  const sku = Boolean(filter.skuId);

  const cards = CARD_META.map((m): KpiCard => {
    if (m.key === 'excessValue') {
      return { ...m, value: excess, baseline: null, change: change(null, null), target: null, trend: [], note: !run ? 'needs a planning run' : withPlanning ? 'now, against the latest planning run' : 'loading…' };
    }
    if (m.key === 'forecastWape') {
      const note = run && !withPlanning ? 'loading…' : forecast ? (forecast.basis === 'actuals' ? `latest run vs ${forecast.weeks} weeks of actuals` : 'latest run, holdout test') : 'needs a planning run';
      return { ...m, value: forecast?.wape ?? null, baseline: null, change: change(null, null), target: null, trend: [], note: forecast?.bias != null ? `${note}; bias ${(forecast.bias * 100).toFixed(1)}%` : note };
    }
    const key = m.key as keyof KpiValues;
    if (sku && (key === 'shippingCostPerUnit' || key === 'turnover')) {
      return { ...m, value: null, baseline: null, change: change(null, null), target: null, trend: [], note: key === 'turnover' ? 'per location, not per SKU' : 'shipping cost is per order, not per SKU' };
    }
    const target = key === 'avgDeliveryDays' ? targets.deliveryDays : key === 'onTimeRate' ? targets.onTimeRate : key === 'lineFillRate' ? targets.lineFillRate : null;
    const note = !withInventory && ['inventoryValue', 'carryingCost', 'turnover', 'daysOfSupply'].includes(key) ? 'stock is held at locations: open one' : undefined;
    return {
      ...m,
      value: current[key],
      baseline: before[key],
      change: change(current[key], before[key]),
      target,
      trend: key === 'turnover' ? [] : weekly.map((w) => w[key]),
      ...(note ? { note } : {}),
    };
  });

  const hasOrders = [...daily.values()].some((s) => s.ordersCount > 0) || byRegion.size > 0;
  const hasInventory = withInventory && [...inventory.values()].some((m) => m.size > 0);
  return { asOf: today, currency: ctx.tenant.currency, view, cards, targets, run, forecast, hasOrders, hasInventory };
}

/** The report's excess and forecast cards filled from dashboard.planning's figures. Pure. */
export function mergePlanning(report: KpiReport, planning: PlanningFigures): KpiReport {
  const f = planning.forecast;
  const cards = report.cards.map((c): KpiCard => {
    if (c.key === 'excessValue') return { ...c, value: planning.excessValue, note: planning.run ? 'now, against the latest planning run' : 'needs a planning run' };
    if (c.key === 'forecastWape') {
      const basis = f ? (f.basis === 'actuals' ? `latest run vs ${f.weeks} weeks of actuals` : 'latest run, holdout test') : 'needs a planning run';
      return { ...c, value: f?.wape ?? null, note: f?.bias != null ? `${basis}; bias ${(f.bias * 100).toFixed(1)}%` : basis };
    }
    return c;
  });
  return { ...report, cards, run: planning.run, forecast: f };
}

/**
 * Runs the reads one after another: they share one transaction (one connection), where parallel
 * statements would queue anyway, and PGlite runs one statement at a time.
 */
async function sequential<T extends readonly (() => Promise<unknown>)[]>(tasks: T): Promise<{ [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const out: unknown[] = [];
  for (const task of tasks) out.push(await task());
  return out as { [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
