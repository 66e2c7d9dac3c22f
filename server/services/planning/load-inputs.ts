/**
 * Loads a planning run's inputs by SQL, set-based: weekly demand per SKU x region (tenant time zone, zero-filled
 * here), stock positions, lanes, transfer lanes, SLAs in force, supplier lead times, costs and the tenant's
 * planning settings. No query per SKU or per location.
 */
import { sql } from 'drizzle-orm';
import { resultRows, type Tx } from '@/db/client';
import { loadPlanningSettings } from '../planning-settings/load';
import { addDays } from '../orders/local-time';
import { todayIn } from '../master-data/today';
import { firstOrderDay, weeklyDemand } from './weekly-demand';
import { mondayOf, weeksBetween } from './weeks';
import type { PlanningInputs } from './inputs';

/** At most two years of weekly history are used. */
export const MAX_HISTORY_WEEKS = 104;

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

async function rows<T>(tx: Tx, query: ReturnType<typeof sql>): Promise<T[]> {
  return resultRows<T>(await tx.execute(query));
}

export async function loadPlanningInputs(tx: Tx, args: { tenantId: string; now: Date }): Promise<PlanningInputs> {
  const { tenantId } = args;
  const [org] = await rows<{ timezone: string; currency: string }>(tx, sql`select timezone, currency from organizations where id = ${tenantId}`);
  if (!org) throw new Error('The organization of this planning run no longer exists.');
  const timeZone = org.timezone;
  const today = todayIn(timeZone, args.now);
  const asOfWeek = mondayOf(today);
  const first = await firstOrderDay(tx, tenantId, timeZone);
  const earliest = addDays(asOfWeek, -7 * MAX_HISTORY_WEEKS);
  const firstWeek = first ? mondayOf(first) : asOfWeek;
  const historyStartWeek = firstWeek > earliest ? (firstWeek < asOfWeek ? firstWeek : asOfWeek) : earliest;
  const historyWeeks = Math.max(0, weeksBetween(historyStartWeek, asOfWeek));
  const { settings } = await loadPlanningSettings(tx, tenantId);

  const skuRows = await rows<Record<string, unknown>>(tx, sql`
    select s.id, s.code, s.name, s.unit_cost, s.unit_price, s.case_pack, s.moq, s.supplier_id, s.stocking_policy,
           coalesce(s.lead_time_days_override, sup.lead_time_days) as lead_time_days, coalesce(sup.lead_time_sd_days, 0) as lead_time_sd_days
      from skus s left join suppliers sup on sup.tenant_id = s.tenant_id and sup.id = s.supplier_id
     where s.tenant_id = ${tenantId} and s.archived_at is null order by s.code`);
  const locationRows = await rows<Record<string, unknown>>(tx, sql`
    select id, code, name, kind, is_central, holding_rate, handling_cost_unit from locations
     where tenant_id = ${tenantId} and archived_at is null order by is_central desc, code`);
  const regionRows = await rows<Record<string, unknown>>(tx, sql`
    select r.id, r.code, r.name, sla.target_delivery_days, sla.target_fill_rate, sla.target_cycle_service_level
      from regions r
      left join lateral (
        select target_delivery_days, target_fill_rate, target_cycle_service_level from slas
         where slas.tenant_id = r.tenant_id and slas.region_id = r.id and slas.effective_from <= ${today}::date
         order by effective_from desc limit 1) sla on true
     where r.tenant_id = ${tenantId} and r.archived_at is null order by r.code`);
  const laneRows = await rows<Record<string, unknown>>(tx, sql`
    select id, location_id, region_id, transit_days, cost_per_unit from lanes where tenant_id = ${tenantId} and archived_at is null`);
  const transferLaneRows = await rows<Record<string, unknown>>(tx, sql`
    select from_location_id, to_location_id, transit_days, customs_days, cost_per_unit from transfer_lanes where tenant_id = ${tenantId} and archived_at is null`);
  // Balances plus the drafts accepted from earlier runs (not placed yet, so not in on_order / inbound): a
  // draft purchase order counts as on order, a draft transfer as inbound at its destination and reserved at
  // its source, so the next run does not recommend the same thing again.
  const positionRows = await rows<Record<string, unknown>>(tx, sql`
    select sku_id, location_id, sum(on_hand)::int as on_hand, sum(reserved)::int as reserved, sum(inbound)::int as inbound, sum(on_order)::int as on_order
      from (
        select sku_id, location_id, on_hand, reserved, inbound, on_order from stock_levels
         where tenant_id = ${tenantId} and (on_hand <> 0 or reserved <> 0 or inbound <> 0 or on_order <> 0)
        union all
        select l.sku_id, po.arrival_location_id, 0, 0, 0, l.qty from purchase_orders po
          join purchase_order_lines l on l.tenant_id = po.tenant_id and l.purchase_order_id = po.id
         where po.tenant_id = ${tenantId} and po.status = 'draft'
        union all
        select l.sku_id, t.to_location_id, 0, 0, l.qty, 0 from transfers t
          join transfer_lines l on l.tenant_id = t.tenant_id and l.transfer_id = t.id
         where t.tenant_id = ${tenantId} and t.status = 'draft'
        union all
        select l.sku_id, t.from_location_id, 0, l.qty, 0, 0 from transfers t
          join transfer_lines l on l.tenant_id = t.tenant_id and l.transfer_id = t.id
         where t.tenant_id = ${tenantId} and t.status = 'draft'
      ) p group by sku_id, location_id`);
  const arrivalRows = await rows<Record<string, unknown>>(tx, sql`
    select po.id as purchase_order_id, po.number, po.arrival_location_id, l.sku_id, (l.qty - l.qty_received) as outstanding,
           to_char(po.eta at time zone ${timeZone}, 'YYYY-MM-DD') as eta
      from purchase_orders po
      join purchase_order_lines l on l.tenant_id = po.tenant_id and l.purchase_order_id = po.id
      join locations loc on loc.tenant_id = po.tenant_id and loc.id = po.arrival_location_id
     where po.tenant_id = ${tenantId} and po.status = 'in_transit' and l.qty > l.qty_received
       and (loc.is_central or loc.kind in ('port', 'bonded', 'ftz'))`);

  const skusOut = skuRows.map((r) => ({
    id: String(r.id),
    code: String(r.code),
    name: String(r.name),
    unitCost: num(r.unit_cost),
    unitPrice: num(r.unit_price),
    casePack: Math.max(1, num(r.case_pack)),
    moq: num(r.moq),
    supplierId: (r.supplier_id as string | null) ?? null,
    leadTimeDays: numOrNull(r.lead_time_days),
    leadTimeSdDays: num(r.lead_time_sd_days),
    stockingPolicy: (r.stocking_policy as PlanningInputs['skus'][number]['stockingPolicy']) ?? null,
  }));
  const regionsOut = regionRows.map((r) => ({
    id: String(r.id),
    code: String(r.code),
    name: String(r.name),
    slaDeliveryDays: numOrNull(r.target_delivery_days),
    fillRate: numOrNull(r.target_fill_rate),
    cycleServiceLevel: numOrNull(r.target_cycle_service_level),
  }));

  const skuIndex = new Map(skusOut.map((s, i) => [s.id, i]));
  const regionIndex = new Map(regionsOut.map((r, i) => [r.id, i]));
  const demand: (Float64Array | undefined)[][] = skusOut.map(() => new Array(regionsOut.length));
  if (historyWeeks > 0) {
    const weekly = await weeklyDemand(tx, { tenantId, timeZone, fromWeek: historyStartWeek, toWeek: asOfWeek });
    const weekIndex = new Map<string, number>();
    for (let w = 0; w < historyWeeks; w++) weekIndex.set(addDays(historyStartWeek, 7 * w), w);
    for (const d of weekly) {
      const s = skuIndex.get(d.sku_id);
      const r = regionIndex.get(d.region_id);
      const w = weekIndex.get(d.week);
      if (s === undefined || r === undefined || w === undefined) continue; // archived SKU or region
      const row = demand[s] as (Float64Array | undefined)[];
      let series = row[r];
      if (!series) {
        series = new Float64Array(historyWeeks);
        row[r] = series;
      }
      series[w] = (series[w] ?? 0) + d.units;
    }
  }

  return {
    tenantId,
    timeZone,
    currency: org.currency,
    today,
    asOfWeek,
    historyStartWeek,
    historyWeeks,
    settings,
    skus: skusOut,
    locations: locationRows.map((r) => ({
      id: String(r.id),
      code: String(r.code),
      name: String(r.name),
      kind: String(r.kind),
      isCentral: Boolean(r.is_central),
      holdingRate: num(r.holding_rate),
      handlingCostUnit: num(r.handling_cost_unit),
    })),
    regions: regionsOut,
    lanes: laneRows.map((r) => ({ id: String(r.id), locationId: String(r.location_id), regionId: String(r.region_id), transitDays: num(r.transit_days), costPerUnit: num(r.cost_per_unit) })),
    transferLanes: transferLaneRows.map((r) => ({
      fromLocationId: String(r.from_location_id),
      toLocationId: String(r.to_location_id),
      transitDays: num(r.transit_days),
      customsDays: num(r.customs_days),
      costPerUnit: num(r.cost_per_unit),
    })),
    positions: positionRows.map((r) => ({ skuId: String(r.sku_id), locationId: String(r.location_id), onHand: num(r.on_hand), reserved: num(r.reserved), inbound: num(r.inbound), onOrder: num(r.on_order) })),
    arrivals: arrivalRows.map((r) => ({
      purchaseOrderId: String(r.purchase_order_id),
      purchaseOrderNumber: String(r.number),
      arrivalLocationId: String(r.arrival_location_id),
      skuId: String(r.sku_id),
      outstandingUnits: num(r.outstanding),
      eta: (r.eta as string | null) ?? null,
    })),
    demand,
  };
}
