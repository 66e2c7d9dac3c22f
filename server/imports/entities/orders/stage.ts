/**
 * The orders import's staging table and its set-based statements (docs/decisions/0018). Every order
 * line that passed the checks of its row and of its order (cells, grouping, codes resolved to ids, the
 * manual order's rules) is staged as one row, the order's columns on its first line only; then, once
 * per file:
 * - `classifyStaged`: which staged orders are stored already, and whether every column of the order and
 *   its lines is the same (unchanged) or not (updated), by one join on the unique external_ref and one
 *   comparison of the lines aggregated per order, on both sides;
 * - `writeStaged` (commit only): new orders and their lines inserted, changed orders updated in place
 *   (their id kept) and their lines replaced, each as ONE `insert … select` / `update … from` /
 *   `delete … using` statement over the staging table, then the kpi_daily rollup of what was written.
 * The staging table holds the lines in file order (COPY keeps it) and ids are UUIDv7 made in file order,
 * so the writes need no sort: a sequential scan inserts in file order.
 */
import { sql } from 'drizzle-orm';
import { resultRows, type Tx } from '@/db/client';
import { newId } from '@/db/schema/ids';
import { rollupKpiDaily, type KpiKey } from '../../../services/orders/rollup';
import type { RowStatus } from '../../importer';
import { createStagingTable, openStageStream, type StageColumn, type StageStream, type StageValue } from '../../staging/copy-rows';
import type { OrderToWrite } from './resolve';

const STAGE = 'import_stage_order_lines';
const MATCHES = 'import_stage_order_matches';

const COLUMNS: readonly StageColumn[] = [
  { name: 'file_row', type: 'int' },
  { name: 'order_id', type: 'uuid' },
  { name: 'line_id', type: 'uuid' },
  { name: 'first_line', type: 'boolean' },
  { name: 'external_ref', type: 'text' },
  { name: 'region_id', type: 'uuid' },
  { name: 'channel', type: 'text' },
  { name: 'postal', type: 'text' },
  { name: 'country', type: 'text' },
  { name: 'ordered_at', type: 'timestamptz' },
  { name: 'promised_at', type: 'timestamptz' },
  { name: 'shipped_at', type: 'timestamptz' },
  { name: 'delivered_at', type: 'timestamptz' },
  { name: 'ship_from', type: 'uuid' },
  { name: 'shipping_cost', type: 'numeric' },
  { name: 'status', type: 'text' },
  { name: 'sku_id', type: 'uuid' },
  { name: 'qty_ordered', type: 'int' },
  { name: 'qty_shipped', type: 'int' },
  { name: 'qty_shipped_first', type: 'int' },
  { name: 'qty_backordered', type: 'int' },
  { name: 'unit_price', type: 'numeric' },
];

/** FOOTPRINT_IMPORT_TIMINGS=1 logs how long each set-based step took (the import benchmark reads them). */
function timed(label: string, started: number): number {
  const now = performance.now();
  if (process.env.FOOTPRINT_IMPORT_TIMINGS === '1') console.log(`[import timing] ${label} ${((now - started) / 1000).toFixed(2)} s`);
  return now;
}

interface Scope {
  tx: Tx;
  tenant: { id: string; timezone: string };
}

export async function createOrderStage(tx: Tx): Promise<void> {
  await createStagingTable(tx, STAGE, COLUMNS);
}

/** The staging rows of resolved orders (a new id for each order and each line). */
export function stagedRowsOf(orders: readonly OrderToWrite[]): StageValue[][] {
  const rows: StageValue[][] = [];
  for (const o of orders) {
    const orderId = newId();
    o.lines.forEach((l, i) => {
      const row = o.rows[i] ?? o.rows[0] ?? 0;
      if (i === 0) {
        rows.push([
          row, orderId, newId(), true, o.externalRef, o.regionId, o.channel, o.shipToPostalCode, o.shipToCountry, o.orderedAt, o.promisedAt,
          o.shippedAt, o.deliveredAt, o.shipFromLocationId, o.shippingCost, o.status,
          l.skuId, l.qtyOrdered, l.qtyShipped, l.qtyShippedFirst, l.qtyBackordered, l.unitPrice,
        ]);
      } else {
        rows.push([
          row, orderId, newId(), false, null, null, null, null, null, null, null, null, null, null, null, null,
          l.skuId, l.qtyOrdered, l.qtyShipped, l.qtyShippedFirst, l.qtyBackordered, l.unitPrice,
        ]);
      }
    });
  }
  return rows;
}

/** The staging COPY of the file's checked lines (one statement for the whole file on a Postgres server). */
export function openOrderStage(tx: Tx): Promise<StageStream> {
  return openStageStream(tx, STAGE, COLUMNS);
}

const lineSignature = (alias: string) =>
  sql.raw(`string_agg(concat_ws(':', ${alias}.sku_id, ${alias}.qty_ordered, ${alias}.qty_shipped, ${alias}.qty_shipped_first, ${alias}.qty_backordered, ${alias}.unit_price::numeric(14,4)), ',' order by ${alias}.sku_id)`);

export interface StagedCounts {
  new: number;
  updated: number;
  unchanged: number;
}

/**
 * Matches the staged orders with the stored ones (by external_ref) and tells unchanged from updated:
 * the order's columns compared as stored (money at 4 decimals), its lines compared as sets.
 */
export async function classifyStaged(scope: Scope): Promise<StagedCounts> {
  const started = performance.now();
  const { tx } = scope;
  const tenant = scope.tenant.id;
  // Temporary tables are never analyzed automatically: without statistics the planner guesses 1,000 rows.
  await tx.execute(sql.raw(`analyze ${STAGE}`));
  await tx.execute(sql.raw(`drop table if exists ${MATCHES}`));
  await tx.execute(sql`
    create temporary table ${sql.raw(MATCHES)} on commit drop as
    with m as (
      select s.order_id as stage_id, o.id as stored_id,
             (o.region_id = s.region_id and o.ship_from_location_id is not distinct from s.ship_from
              and o.channel is not distinct from s.channel and o.ship_to_postal_code is not distinct from s.postal
              and o.ship_to_country is not distinct from s.country and o.ordered_at = s.ordered_at
              and o.promised_at is not distinct from s.promised_at and o.shipped_at is not distinct from s.shipped_at
              and o.delivered_at is not distinct from s.delivered_at and o.shipping_cost = s.shipping_cost::numeric(14,4)
              and o.status::text = s.status) as same_header
      from ${sql.raw(STAGE)} s
      join orders o on o.tenant_id = ${tenant} and o.external_ref = s.external_ref
      where s.first_line
    ),
    staged as (
      select l.order_id, ${lineSignature('l')} as sig
      from ${sql.raw(STAGE)} l join m on m.stage_id = l.order_id
      where m.same_header
      group by l.order_id
    ),
    stored as (
      select ol.order_id, ${lineSignature('ol')} as sig
      from order_lines ol join m on m.stored_id = ol.order_id
      where ol.tenant_id = ${tenant} and m.same_header
      group by ol.order_id
    )
    select m.stage_id, m.stored_id, coalesce(m.same_header and st.sig = so.sig, false) as unchanged
    from m
    left join staged st on st.order_id = m.stage_id
    left join stored so on so.order_id = m.stored_id`);
  await tx.execute(sql.raw(`create index on ${MATCHES} (stage_id)`));
  await tx.execute(sql.raw(`analyze ${MATCHES}`));
  const [counts] = resultRows<{ staged: number | string; updated: number | string; unchanged: number | string }>(
    await tx.execute(sql`
      select (select count(*) from ${sql.raw(STAGE)} where first_line) as staged,
             count(*) filter (where not unchanged) as updated, count(*) filter (where unchanged) as unchanged
      from ${sql.raw(MATCHES)}`),
  );
  timed('classify (match with the stored orders)', started);
  const staged = Number(counts?.staged ?? 0);
  const updated = Number(counts?.updated ?? 0);
  const unchanged = Number(counts?.unchanged ?? 0);
  return { new: staged - updated - unchanged, updated, unchanged };
}

/** What the import does to each staged line up to `lastRow` (the preview's first rows). */
export async function stagedOutcomes(tx: Tx, lastRow: number): Promise<{ row: number; status: RowStatus }[]> {
  const rows = resultRows<{ file_row: number; status: RowStatus }>(
    await tx.execute(sql`
      select s.file_row, case when m.stage_id is null then 'new' when m.unchanged then 'unchanged' else 'updated' end as status
      from ${sql.raw(STAGE)} s left join ${sql.raw(MATCHES)} m on m.stage_id = s.order_id
      where s.file_row <= ${lastRow}`),
  );
  return rows.map((r) => ({ row: Number(r.file_row), status: r.status }));
}

async function keysOfChanged(scope: Scope): Promise<KpiKey[]> {
  const rows = resultRows<{ day: string; region_id: string; location_id: string }>(
    await scope.tx.execute(sql`
      select distinct (o.ordered_at at time zone ${scope.tenant.timezone})::date::text as day, o.region_id, o.ship_from_location_id as location_id
      from orders o join ${sql.raw(MATCHES)} m on m.stored_id = o.id
      where o.tenant_id = ${scope.tenant.id} and not m.unchanged and o.ship_from_location_id is not null`),
  );
  return rows.map((r) => ({ day: r.day, regionId: r.region_id, locationId: r.location_id }));
}

/** Writes the classified staging rows: new orders inserted, changed ones updated with their lines replaced. */
export async function writeStaged(scope: Scope, importId: string, counts: StagedCounts): Promise<void> {
  let started = performance.now();
  const { tx } = scope;
  const tenant = scope.tenant.id;
  const changed = counts.updated > 0;
  const oldKeys = changed ? await keysOfChanged(scope) : [];
  if (counts.new > 0) {
    await tx.execute(sql`
      insert into orders (tenant_id, id, external_ref, region_id, channel, ship_to_postal_code, ship_to_country, ordered_at, promised_at,
                          shipped_at, delivered_at, ship_from_location_id, shipping_cost, status, import_id)
      select ${tenant}::uuid, s.order_id, s.external_ref, s.region_id, s.channel, s.postal, s.country, s.ordered_at, s.promised_at,
             s.shipped_at, s.delivered_at, s.ship_from, s.shipping_cost, s.status::order_status, ${importId}::uuid
      from ${sql.raw(STAGE)} s
      where s.first_line and not exists (select 1 from ${sql.raw(MATCHES)} m where m.stage_id = s.order_id)`);
  }
  if (changed) {
    await tx.execute(sql`
      update orders o set region_id = s.region_id, channel = s.channel, ship_to_postal_code = s.postal, ship_to_country = s.country,
             ordered_at = s.ordered_at, promised_at = s.promised_at, shipped_at = s.shipped_at, delivered_at = s.delivered_at,
             ship_from_location_id = s.ship_from, shipping_cost = s.shipping_cost, status = s.status::order_status, updated_at = now()
      from ${sql.raw(STAGE)} s join ${sql.raw(MATCHES)} m on m.stage_id = s.order_id
      where s.first_line and not m.unchanged and o.tenant_id = ${tenant} and o.id = m.stored_id`);
    await tx.execute(sql`
      delete from order_lines l using ${sql.raw(MATCHES)} m
      where l.tenant_id = ${tenant} and l.order_id = m.stored_id and not m.unchanged`);
  }
  started = timed('orders written', started);
  if (counts.new > 0 || changed) {
    await tx.execute(sql`
      insert into order_lines (tenant_id, id, order_id, sku_id, qty_ordered, qty_shipped, qty_shipped_first, qty_backordered, unit_price)
      select ${tenant}::uuid, s.line_id, coalesce(m.stored_id, s.order_id), s.sku_id, s.qty_ordered, s.qty_shipped, s.qty_shipped_first,
             s.qty_backordered, s.unit_price
      from ${sql.raw(STAGE)} s left join ${sql.raw(MATCHES)} m on m.stage_id = s.order_id
      where m.stage_id is null or not m.unchanged`);
  }
  started = timed('order lines written', started);
  if (changed) await rollupKpiDaily(scope, { keys: [...oldKeys, ...(await keysOfChanged(scope))] });
  if (counts.new > 0) await rollupKpiDaily(scope, { importId });
  timed('kpi_daily rollup', started);
}
