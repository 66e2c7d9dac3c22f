/**
 * Everything a replay needs, from the tenant's own data, by set-based SQL (never row by row):
 * weekly demand per SKU x region (ISO weeks, Monday first, of order days in the tenant's time zone; units
 * ordered, cancelled orders excluded), regions with the SLA in force on the period's first day, active
 * locations, lanes and transfer lanes, SKUs with case packs, MOQs and their lead time (the SKU's override, else
 * its supplier's, with the supplier's spread), and the tenant's current min/max (the reorder point and order-up-to
 * of the latest succeeded planning run's stock targets).
 *
 * Starting stock: each policy starts in the steady state of its own first targets (today's stock levels say
 * nothing about stock at the start of a past period).
 */
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import { lanes, locations, planningRuns, regions, skus, stockTargets, suppliers, transferLanes } from '@/db/schema';
import { annualConsumptionValue, classifyAbc, type AbcClass } from '@/server/planning/segmentation/abc';
import type { ReplayInput, ReplaySku } from '@/server/planning/replay';
import { Invalid } from '../../errors';
import type { TenantServiceContext } from '../context';
import { currentSlas } from '../regions/current-sla';
import { REPLAY_LIMITS, type StartReplayInput } from './schemas';

/** Lead time assumed for a SKU with neither an override nor a supplier (days). */
export const DEFAULT_LEAD_TIME_DAYS = 14;
/** Delivery days that stand for "no SLA": no lane is late against it. */
const NO_SLA_DAYS = 10_000;

const DAY_MS = 86_400_000;

export function mondayOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  return new Date(t - dow * DAY_MS).toISOString().slice(0, 10);
}

export function addWeeks(monday: string, weeks: number): string {
  return new Date(Date.parse(`${monday}T00:00:00Z`) + weeks * 7 * DAY_MS).toISOString().slice(0, 10);
}

export function weeksBetween(fromMonday: string, toMonday: string): number {
  return Math.round((Date.parse(`${toMonday}T00:00:00Z`) - Date.parse(`${fromMonday}T00:00:00Z`)) / (7 * DAY_MS));
}

export interface LoadedReplay {
  input: ReplayInput;
  /** Monday of every week in the demand arrays. */
  weeks: string[];
  skuLabels: { id: string; code: string; name: string }[];
  regionLabels: { id: string; code: string; name: string; hasSla: boolean }[];
  locationLabels: { id: string; code: string; name: string }[];
  notes: string[];
}

/** The local day range of the tenant's order history, or null without orders. */
export async function orderHistoryRange(ctx: TenantServiceContext): Promise<{ firstDay: string; lastDay: string } | null> {
  const rows = resultRows<{ first_day: string | null; last_day: string | null }>(
    await ctx.tx.execute(sql`
      select (min(ordered_at at time zone ${ctx.tenant.timezone}))::date::text as first_day,
             (max(ordered_at at time zone ${ctx.tenant.timezone}))::date::text as last_day
      from orders where tenant_id = ${ctx.tenant.id} and status <> 'cancelled'`),
  );
  const row = rows[0];
  return row?.first_day && row.last_day ? { firstDay: row.first_day, lastDay: row.last_day } : null;
}

/**
 * The simulated weeks and the history before them, or Invalid with the field to fix: at most
 * REPLAY_LIMITS.maxWeeks weeks, starting before the last order, with at least minHistoryWeeks weeks of orders before.
 */
export function checkPeriod(range: { firstDay: string; lastDay: string }, params: { from: string; to: string }) {
  const firstSimulated = mondayOf(params.from);
  const lastSimulated = mondayOf(params.to);
  const simulatedWeeks = weeksBetween(firstSimulated, lastSimulated) + 1;
  if (simulatedWeeks > REPLAY_LIMITS.maxWeeks) {
    throw new Invalid(`A replay covers at most ${REPLAY_LIMITS.maxWeeks} weeks; this period has ${simulatedWeeks}.`, [{ field: 'to', message: 'Period too long.' }]);
  }
  if (params.from > range.lastDay) {
    throw new Invalid(`The period starts after the last order (${range.lastDay}).`, [{ field: 'from', message: 'After the order history.' }]);
  }
  const firstHistory = mondayOf(range.firstDay);
  const historyWeeks = Math.min(REPLAY_LIMITS.maxHistoryWeeks, weeksBetween(firstHistory, firstSimulated));
  if (historyWeeks < REPLAY_LIMITS.minHistoryWeeks) {
    throw new Invalid(
      `A replay needs at least ${REPLAY_LIMITS.minHistoryWeeks} weeks of order history before the period (orders start ${range.firstDay}); start the period on or after ${addWeeks(firstHistory, REPLAY_LIMITS.minHistoryWeeks)}.`,
      [{ field: 'from', message: 'Not enough history before the period.' }],
    );
  }
  return { firstSimulated, lastSimulated, simulatedWeeks, historyWeeks };
}

export async function loadReplayInput(ctx: TenantServiceContext, params: StartReplayInput): Promise<LoadedReplay> {
  const tz = ctx.tenant.timezone;
  const t = ctx.tenant.id;
  const range = await orderHistoryRange(ctx);
  if (!range) throw new Invalid('There is no order history to replay yet. Import your orders first.', [{ field: 'from', message: 'No orders.' }]);
  const { firstSimulated, lastSimulated, simulatedWeeks, historyWeeks } = checkPeriod(range, params);
  const start = addWeeks(firstSimulated, -historyWeeks);
  const end = addWeeks(lastSimulated, 1);
  const weekCount = historyWeeks + simulatedWeeks;
  const weeks = Array.from({ length: weekCount }, (_, i) => addWeeks(start, i));

  const [regionRows, locationRows, laneRows, transferRows, skuRows] = await Promise.all([
    loadRegions(ctx, params.from),
    ctx.tx
      .select({ id: locations.id, code: locations.code, name: locations.name, holdingRate: locations.holdingRate, isCentral: locations.isCentral })
      .from(locations)
      .where(and(eq(locations.tenantId, t), isNull(locations.archivedAt)))
      .orderBy(asc(locations.code)),
    ctx.tx
      .select({ from: lanes.locationId, to: lanes.regionId, transitDays: lanes.transitDays, costPerUnit: lanes.costPerUnit })
      .from(lanes)
      .where(and(eq(lanes.tenantId, t), isNull(lanes.archivedAt))),
    ctx.tx
      .select({ from: transferLanes.fromLocationId, to: transferLanes.toLocationId, transitDays: transferLanes.transitDays, customsDays: transferLanes.customsDays, costPerUnit: transferLanes.costPerUnit })
      .from(transferLanes)
      .where(and(eq(transferLanes.tenantId, t), isNull(transferLanes.archivedAt))),
    ctx.tx
      .select({
        id: skus.id,
        code: skus.code,
        name: skus.name,
        unitCost: skus.unitCost,
        unitPrice: skus.unitPrice,
        casePack: skus.casePack,
        moq: skus.moq,
        override: skus.leadTimeDaysOverride,
        supplierLead: suppliers.leadTimeDays,
        supplierSd: suppliers.leadTimeSdDays,
      })
      .from(skus)
      .leftJoin(suppliers, and(eq(suppliers.tenantId, skus.tenantId), eq(suppliers.id, skus.supplierId)))
      .where(and(eq(skus.tenantId, t), isNull(skus.archivedAt)))
      .orderBy(asc(skus.code)),
  ]);
  if (regionRows.length === 0) throw new Invalid('Add your regions (and their SLAs) before replaying.', [{ field: 'from', message: 'No regions.' }]);
  if (locationRows.length === 0) throw new Invalid('Add your locations before replaying.', [{ field: 'from', message: 'No locations.' }]);
  if (laneRows.length === 0) throw new Invalid('Add lanes from your locations to your regions before replaying.', [{ field: 'from', message: 'No lanes.' }]);

  // ABC over every active SKU (units of the 52 weeks before the period x unit cost), so a class means what it
  // means on other pages; then the weekly demand of the chosen SKUs only.
  const abcFrom = addWeeks(firstSimulated, -Math.min(52, historyWeeks));
  const abcWeeks = weeksBetween(abcFrom, firstSimulated);
  const unitRows = resultRows<{ sku_id: string; units: number | string }>(
    await ctx.tx.execute(sql`
      select ol.sku_id, sum(ol.qty_ordered)::float8 as units
      from order_lines ol
      join orders o on o.tenant_id = ol.tenant_id and o.id = ol.order_id
      where ol.tenant_id = ${t} and o.status <> 'cancelled'
        and o.ordered_at >= (${abcFrom}::date::timestamp at time zone ${tz})
        and o.ordered_at < (${firstSimulated}::date::timestamp at time zone ${tz})
      group by 1`),
  );
  const unitsBySku = new Map(unitRows.map((r) => [r.sku_id, Number(r.units)]));
  const abc = classifyAbc(
    skuRows.map((sku) => ({
      id: sku.id,
      annualConsumptionValue: annualConsumptionValue(((unitsBySku.get(sku.id) ?? 0) * 52) / Math.max(1, abcWeeks), Number(sku.unitCost)),
    })),
  );
  const classes: AbcClass[] = abc.map((a) => a.abcClass);
  const selection = params.skus;
  const picked = new Set(selection.mode === 'skus' ? selection.skuIds : []);
  const chosen = skuRows
    .map((sku, s) => ({ sku, s }))
    .filter(({ sku, s }) =>
      selection.mode === 'all' ? true : selection.mode === 'classes' ? selection.classes.includes(classes[s] ?? 'C') : picked.has(sku.id),
    );
  if (selection.mode === 'skus' && chosen.length < picked.size) {
    throw new Invalid('Some chosen SKUs do not exist or are archived.', [{ field: 'skus', message: 'Unknown SKU.' }]);
  }
  if (chosen.length === 0) throw new Invalid('No active SKU matches this selection.', [{ field: 'skus', message: 'No SKU.' }]);

  const chosenIds = chosen.map((c) => c.sku.id);
  const skuFilter = selection.mode === 'all' ? sql`` : sql`and ol.sku_id in (${sql.join(chosenIds.map((id) => sql`${id}::uuid`), sql`, `)})`;
  const demandRows = resultRows<{ sku_id: string; region_id: string; week: string; units: number | string }>(
    await ctx.tx.execute(sql`
      select ol.sku_id, o.region_id,
             (date_trunc('week', o.ordered_at at time zone ${tz}))::date::text as week,
             sum(ol.qty_ordered)::float8 as units
      from order_lines ol
      join orders o on o.tenant_id = ol.tenant_id and o.id = ol.order_id
      where ol.tenant_id = ${t} and o.status <> 'cancelled'
        and o.ordered_at >= (${start}::date::timestamp at time zone ${tz})
        and o.ordered_at < (${end}::date::timestamp at time zone ${tz})
        ${skuFilter}
      group by 1, 2, 3`),
  );
  const skuIndex = new Map(chosenIds.map((id, k) => [id, k]));
  const regionIndex = new Map(regionRows.map((r, i) => [r.id, i]));
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const R = regionRows.length;
  const S = chosen.length;
  const demand = new Float32Array(S * R * weekCount);
  for (const row of demandRows) {
    const s = skuIndex.get(row.sku_id);
    const r = regionIndex.get(row.region_id);
    const w = weekIndex.get(row.week);
    if (s === undefined || r === undefined || w === undefined) continue;
    demand[(s * R + r) * weekCount + w] = Number(row.units);
  }
  const notes: string[] = [];
  let defaultLead = 0;
  const replaySkus: ReplaySku[] = chosen.map(({ sku, s }) => {
    const lead = sku.override ?? sku.supplierLead;
    if (lead === null || lead === undefined) defaultLead++;
    return {
      skuId: sku.id,
      unitCost: Number(sku.unitCost),
      unitPrice: Number(sku.unitPrice),
      casePackUnits: sku.casePack,
      moqUnits: sku.moq,
      leadTimeDays: Number(lead ?? DEFAULT_LEAD_TIME_DAYS),
      leadTimeSdDays: Number(sku.supplierSd ?? 0),
      abcClass: classes[s] ?? 'C',
    };
  });
  if (defaultLead > 0) notes.push(`${defaultLead} SKU(s) have no supplier or lead time: ${DEFAULT_LEAD_TIME_DAYS} days assumed.`);
  const withoutSla = regionRows.filter((r) => !r.hasSla).length;
  if (withoutSla > 0) notes.push(`${withoutSla} region(s) have no SLA on ${params.from}: 95% fill assumed, no delivery-day target.`);

  const minMax = await loadMinMax(ctx, chosen.map((c) => c.sku.id), locationRows.map((l) => l.id));
  if (params.policies.includes('min-max') && !minMax) notes.push('No planning run has set min/max levels yet: the min/max policy orders at independent reorder points (min) up to one week above them (max) throughout.');

  return {
    input: {
      weekCount,
      firstSimulatedWeek: historyWeeks,
      skus: replaySkus,
      regions: regionRows.map((r) => ({ regionId: r.id, slaDeliveryDays: r.hasSla ? r.deliveryDays : NO_SLA_DAYS, targetFillRate: r.fillRate })),
      locations: locationRows.map((l) => ({ locationId: l.id, holdingRateAnnual: Number(l.holdingRate), isCentral: l.isCentral })),
      lanes: laneRows
        .filter((l) => regionIndex.has(l.to))
        .map((l) => ({ fromLocationId: l.from, toRegionId: l.to, transitDays: Number(l.transitDays), costPerUnit: Number(l.costPerUnit) })),
      transferLanes: transferRows.map((l) => ({
        fromLocationId: l.from,
        toLocationId: l.to,
        transitDays: Number(l.transitDays),
        customsDays: Number(l.customsDays),
        costPerUnit: Number(l.costPerUnit),
      })),
      demand,
      ...(minMax ? { minMax } : {}),
    },
    weeks: weeks.slice(historyWeeks),
    skuLabels: chosen.map(({ sku }) => ({ id: sku.id, code: sku.code, name: sku.name })),
    regionLabels: regionRows.map((r) => ({ id: r.id, code: r.code, name: r.name, hasSla: r.hasSla })),
    locationLabels: locationRows.map((l) => ({ id: l.id, code: l.code, name: l.name })),
    notes,
  };
}

async function loadRegions(ctx: TenantServiceContext, day: string) {
  const sla = currentSlas(ctx, day);
  const rows = await ctx.tx
    .select({ id: regions.id, code: regions.code, name: regions.name, deliveryDays: sla.targetDeliveryDays, fillRate: sla.targetFillRate })
    .from(regions)
    .leftJoin(sla, eq(sla.regionId, regions.id))
    .where(and(eq(regions.tenantId, ctx.tenant.id), isNull(regions.archivedAt)))
    .orderBy(asc(regions.code));
  return rows.map((r) => {
    const fill = r.fillRate === null || r.fillRate === undefined ? 0.95 : Number(r.fillRate);
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      hasSla: r.deliveryDays !== null && r.deliveryDays !== undefined,
      deliveryDays: Number(r.deliveryDays ?? NO_SLA_DAYS),
      // The simulator needs a target strictly inside (0, 1).
      fillRate: Math.min(0.999, Math.max(0.5, fill)),
    };
  });
}

/** Min (reorder point) and max (order-up-to) per SKU x location from the latest succeeded planning run. */
async function loadMinMax(ctx: TenantServiceContext, skuIds: string[], locationIds: string[]) {
  const [run] = await ctx.tx
    .select({ id: planningRuns.id })
    .from(planningRuns)
    .where(and(eq(planningRuns.tenantId, ctx.tenant.id), eq(planningRuns.status, 'succeeded')))
    .orderBy(desc(planningRuns.finishedAt), desc(planningRuns.createdAt))
    .limit(1);
  if (!run) return null;
  const rows = await ctx.tx
    .select({ skuId: stockTargets.skuId, locationId: stockTargets.locationId, min: stockTargets.reorderPoint, max: stockTargets.orderUpTo })
    .from(stockTargets)
    .where(and(eq(stockTargets.tenantId, ctx.tenant.id), eq(stockTargets.runId, run.id)));
  if (rows.length === 0) return null;
  const s = new Map(skuIds.map((id, i) => [id, i]));
  const l = new Map(locationIds.map((id, i) => [id, i]));
  const L = locationIds.length;
  const minUnits = new Float64Array(skuIds.length * L);
  const maxUnits = new Float64Array(skuIds.length * L);
  const defined = new Uint8Array(skuIds.length * L);
  for (const row of rows) {
    const si = s.get(row.skuId);
    const li = l.get(row.locationId);
    if (si === undefined || li === undefined) continue;
    minUnits[si * L + li] = row.min;
    maxUnits[si * L + li] = row.max;
    defined[si * L + li] = 1;
  }
  return { minUnits, maxUnits, defined };
}
