/**
 * Import of one million order lines (DESIGN.md §9, issue 3 §9) on a throwaway Postgres server, through
 * the same path as a user's upload: the file streamed to disk (`storeUpload`), then `imports.preview`
 * and `imports.commit` on a tRPC caller. Then `COPY` of the same file into an unindexed staging table
 * of the same shape, in the same run. The master data (30 regions with SLAs, 20 locations with lanes,
 * 10,000 SKUs) is imported first through the same procedures, from generated files.
 *
 * Reports rows, seconds (preview + commit: what the user waits for after the upload), copy_seconds,
 * ratio_vs_copy, copy_target_seconds (the same rows COPY'd into the real tables), ratio_vs_copy_target
 * (the bar: at most 1.5), fk_check_seconds and peak_rss_mb (the process's resident memory, sampled every 50 ms during the import).
 * Options: --rows=N (default 1,000,000), --keep-file. IMPORT_MAX_BYTES is raised for the run (the
 * generated file is ~120 MB; the 50 MB limit is for a browser upload, the code path is the same).
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, withGlobal } from '@/db/client';
import { memberships, organizations, users } from '@/db/schema';
import { storeUpload } from '@/server/imports/storage';
import type { ImportEntity } from '@/server/imports/importer';
import { createCaller } from '@/server/trpc/root';
// @ts-expect-error -- plain ES module without types
import { startThrowawayPostgres } from '../../scripts/pg-server.mjs';

const REGIONS = 30;
const LOCATIONS = 20;
const SKUS = 10_000;

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

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const regionCode = (i: number) => `R${pad(i, 2)}`;
const locationCode = (i: number) => `L${pad(i, 2)}`;
const skuCode = (i: number) => `SKU-${pad(i, 5)}`;

function masterFiles(): Partial<Record<ImportEntity, string>> {
  const rand = sfc32(7);
  const lines = (header: string, rows: string[]) => [header, ...rows].join('\n') + '\n';
  const regionRows = Array.from({ length: REGIONS }, (_, i) => `${regionCode(i)},Region ${i},US,${(30 + rand() * 15).toFixed(4)},${(-120 + rand() * 45).toFixed(4)},${pad(i, 2)}`);
  const locationRows = Array.from({ length: LOCATIONS }, (_, i) => `${locationCode(i)},Location ${i},dc,US,${(30 + rand() * 15).toFixed(4)},${(-120 + rand() * 45).toFixed(4)},${i === 0}`);
  const laneRows: string[] = [];
  for (let r = 0; r < REGIONS; r++) for (let l = 0; l < LOCATIONS; l += 4) laneRows.push(`${locationCode((l + r) % LOCATIONS)},${regionCode(r)},parcel,${1 + Math.floor(rand() * 5)},0.5,${(2 + rand() * 4).toFixed(2)}`);
  const skuRows = Array.from({ length: SKUS }, (_, i) => {
    const cost = 2 + rand() * 80;
    return `${skuCode(i)},Product ${i},${cost.toFixed(2)},${(cost * (1.2 + rand())).toFixed(2)},${1 + Math.floor(rand() * 3) * 6}`;
  });
  return {
    regions: lines('code,name,country,centroid_lat,centroid_lng,postal_prefixes', regionRows),
    slas: lines('region_code,effective_from,target_delivery_days', Array.from({ length: REGIONS }, (_, i) => `${regionCode(i)},2022-01-01,${2 + (i % 4)}`)),
    locations: lines('code,name,kind,country,lat,lng,is_central', locationRows),
    lanes: lines('location_code,region_code,mode,transit_days,transit_days_sd,cost_per_unit', laneRows),
    skus: lines('code,name,unit_cost,unit_price,case_pack', skuRows),
  };
}

export const ORDER_HEADER =
  'external_ref,ordered_at,region_code,channel,ship_from_location_code,promised_at,shipped_at,delivered_at,shipping_cost,sku_code,qty_ordered,qty_shipped,qty_backordered,unit_price';

/** Writes `lines` order lines (orders of 1 to 5 lines over two years), deterministically. */
async function writeOrdersFile(file: string, lines: number): Promise<void> {
  const rand = sfc32(42);
  const out = createWriteStream(file);
  const start = Date.UTC(2023, 0, 1);
  const spanMs = 729 * 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z';
  out.write(ORDER_HEADER + '\n');
  let written = 0;
  let order = 0;
  let buffer = '';
  while (written < lines) {
    order++;
    const count = Math.min(lines - written, 1 + Math.floor(rand() * 5));
    const orderedAt = start + Math.floor(rand() * spanMs);
    const region = Math.floor(rand() * REGIONS);
    const from = (region + 4 * Math.floor(rand() * 5)) % LOCATIONS;
    const shipped = orderedAt + Math.floor((0.2 + rand()) * 86_400_000);
    const delivered = shipped + Math.floor((1 + rand() * 4) * 86_400_000);
    const promised = orderedAt + (2 + (region % 4)) * 86_400_000;
    const header = `SO-${pad(order, 8)},${iso(orderedAt)},${regionCode(region)},${rand() < 0.8 ? 'web' : 'b2b'},${locationCode(from)},${iso(promised)},${iso(shipped)},${iso(delivered)},${(4 + rand() * 20).toFixed(2)}`;
    const used = new Set<number>();
    for (let i = 0; i < count; i++) {
      let sku = Math.floor(rand() ** 2 * SKUS);
      while (used.has(sku)) sku = (sku + 1) % SKUS;
      used.add(sku);
      const qty = 1 + Math.floor(rand() * 6);
      const backordered = rand() < 0.05 ? 1 : 0;
      buffer += `${header},${skuCode(sku)},${qty},${qty - backordered},${backordered},${(5 + rand() * 150).toFixed(2)}\n`;
    }
    written += count;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.end(buffer);
  await finished(out);
}

/**
 * The limit the import is held to (issue 12 §2): the same rows COPY'd straight into the real orders and
 * order_lines tables, with their keys, indexes, checks and foreign keys, as the table owner (no row-level
 * security), ids and references already resolved. The rows are made once from the COPY staging table
 * (codes joined to ids), written out with COPY … TO STDOUT, then timed going back in with COPY … FROM STDIN
 * inside a transaction that is rolled back. The same COPY into copies of the tables without their foreign
 * keys tells what those checks cost (docs/decisions/0018).
 */
async function copyIntoRealTables(sql: postgres.Sql, importId: string, work: string): Promise<{ seconds: number; withoutFkSeconds: number }> {
  const [{ tenant_id: tenant } = { tenant_id: '' }] = await sql.unsafe<{ tenant_id: string }[]>(`select tenant_id from imports where id = $1`, [importId]);
  await sql.unsafe(
    `create table bench_orders as
     select distinct on (s.external_ref) $1::uuid as tenant_id, gen_random_uuid() as id, 'T' || s.external_ref as external_ref, r.id as region_id, s.channel,
            null::text as ship_to_postal_code, null::text as ship_to_country, s.ordered_at, s.promised_at, s.shipped_at, s.delivered_at,
            l.id as ship_from_location_id, s.shipping_cost, 'delivered'::order_status as status, $2::uuid as import_id
     from import_copy_staging s
     join regions r on r.tenant_id = $1 and r.code = s.region_code
     join locations l on l.tenant_id = $1 and l.code = s.ship_from_location_code
     order by s.external_ref`,
    [tenant, importId],
  );
  await sql.unsafe(
    `create table bench_order_lines as
     select $1::uuid as tenant_id, gen_random_uuid() as id, o.id as order_id, k.id as sku_id, s.qty_ordered, s.qty_shipped,
            s.qty_shipped as qty_shipped_first, s.qty_backordered, s.unit_price
     from import_copy_staging s
     join bench_orders o on o.external_ref = 'T' || s.external_ref
     join skus k on k.tenant_id = $1 and k.code = s.sku_code
     order by o.external_ref`,
    [tenant],
  );
  const orderCols = 'tenant_id, id, external_ref, region_id, channel, ship_to_postal_code, ship_to_country, ordered_at, promised_at, shipped_at, delivered_at, ship_from_location_id, shipping_cost, status, import_id';
  const lineCols = 'tenant_id, id, order_id, sku_id, qty_ordered, qty_shipped, qty_shipped_first, qty_backordered, unit_price';
  const ordersFile = path.join(work, 'orders.copy');
  const linesFile = path.join(work, 'order_lines.copy');
  for (const [table, cols, file] of [['bench_orders', orderCols, ordersFile], ['bench_order_lines', lineCols, linesFile]] as const) {
    const readable = await sql.unsafe(`copy ${table} (${cols}) to stdout`).readable();
    await pipeline(readable, createWriteStream(file));
    // postgres.js may leave the socket paused after a COPY … TO STDOUT (porsager/postgres#917): resume it.
    (readable as unknown as { _read(): void })._read();
  }
  await sql.unsafe('drop table bench_orders, bench_order_lines');

  const timed = async (ordersTable: string, linesTable: string, setup?: (tx: postgres.TransactionSql) => Promise<void>) => {
    let seconds = 0;
    await sql
      .begin(async (tx) => {
        await setup?.(tx);
        const started = performance.now();
        await pipeline(createReadStream(ordersFile, { highWaterMark: 1 << 20 }), await tx.unsafe(`copy ${ordersTable} (${orderCols}) from stdin`).writable());
        await pipeline(createReadStream(linesFile, { highWaterMark: 1 << 20 }), await tx.unsafe(`copy ${linesTable} (${lineCols}) from stdin`).writable());
        seconds = (performance.now() - started) / 1000;
        throw new Error('rollback');
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message === 'rollback')) throw error;
      });
    return seconds;
  };
  const seconds = await timed('orders', 'order_lines');
  // LIKE … INCLUDING ALL copies defaults, checks, indexes and the primary key, never foreign keys. Plain
  // tables (rolled back with the transaction): a temporary table would work in 8 MB of local buffers.
  const withoutFkSeconds = await timed('bench_nofk_orders', 'bench_nofk_order_lines', async (tx) => {
    await tx.unsafe('create table bench_nofk_orders (like orders including all)');
    await tx.unsafe('create table bench_nofk_order_lines (like order_lines including all)');
  });
  return { seconds, withoutFkSeconds };
}

function parseArgs(args: string[]): { rows: number; keepFile: boolean } {
  let rows = 1_000_000;
  let keepFile = false;
  for (const a of args) {
    const m = /^--rows=(\d+)$/.exec(a);
    if (m) rows = Number(m[1]);
    if (a === '--keep-file') keepFile = true;
  }
  return { rows, keepFile };
}

export default async function importBench(args: string[]): Promise<Record<string, number>> {
  const { rows, keepFile } = parseArgs(args);
  const work = mkdtempSync(path.join(tmpdir(), 'footprint-bench-import-'));
  process.env.IMPORTS_DIR = path.join(work, 'imports');
  process.env.IMPORT_MAX_BYTES = String(4 * 1024 * 1024 * 1024);
  // The orders run prints how long each of its steps took.
  process.env.FOOTPRINT_IMPORT_TIMINGS ??= '1';
  const server = await startThrowawayPostgres();
  const handle = await openDatabase({ url: server.url });
  try {
    const { db } = handle;
    const user = await withGlobal(db, async (tx) => {
      const [u] = await tx.insert(users).values({ email: 'bench@import.test', name: 'Bench' }).returning();
      const [o] = await tx.insert(organizations).values({ slug: 'bench-import', name: 'Bench import', timezone: 'America/Chicago' }).returning();
      if (!u || !o) throw new Error('setup failed');
      await tx.insert(memberships).values({ organizationId: o.id, userId: u.id, role: 'owner' });
      return u;
    });
    const [{ sessionVersion } = { sessionVersion: 1 }] = await withGlobal(db, (tx) => tx.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, user.id)));
    const caller = createCaller({ db, session: { userId: user.id, sessionVersion }, ip: null, origin: 'http://localhost' });
    const org = 'bench-import';

    const runImport = async (entity: ImportEntity, source: Readable, fileName: string) => {
      const { uploadId } = await storeUpload(source);
      const previewed = await caller.imports.preview({ org, entity, uploadId, fileName });
      const committed = await caller.imports.commit({ org, importId: previewed.import.id });
      if (committed.import.status !== 'committed') throw new Error(`${entity} import failed: ${JSON.stringify(committed.import.errors.slice(0, 5))}`);
      return { previewed, committed };
    };
    const master = masterFiles();
    for (const entity of ['regions', 'slas', 'locations', 'lanes', 'skus'] as const) {
      await runImport(entity, Readable.from([Buffer.from(master[entity] ?? '')]), `${entity}.csv`);
    }

    const file = path.join(work, 'orders.csv');
    const genStart = performance.now();
    await writeOrdersFile(file, rows);
    const sizeMb = statSync(file).size / 1024 / 1024;
    console.log(`generated ${rows} order lines (${sizeMb.toFixed(1)} MB) in ${((performance.now() - genStart) / 1000).toFixed(1)} s`);

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const t0 = performance.now();
    const { uploadId } = await storeUpload(createReadStream(file, { highWaterMark: 1 << 20 }));
    const t1 = performance.now();
    const previewed = await caller.imports.preview({ org, entity: 'orders', uploadId, fileName: 'orders.csv' });
    const t2 = performance.now();
    const committed = await caller.imports.commit({ org, importId: previewed.import.id });
    const t3 = performance.now();
    clearInterval(sampler);
    if (committed.import.status !== 'committed') throw new Error(`orders import failed: ${JSON.stringify(committed.import.errors.slice(0, 5))}`);
    const counts = committed.import.counts;
    console.log(`resident memory: ${Math.round(rssBefore / 1048576)} MB before the upload, peak ${Math.round(peakRss / 1048576)} MB during it`);
    console.log(`upload ${((t1 - t0) / 1000).toFixed(2)} s, preview ${((t2 - t1) / 1000).toFixed(2)} s, commit ${((t3 - t2) / 1000).toFixed(2)} s; ${counts.rows} lines, ${counts.new} orders`);

    const sql = postgres(server.url, { max: 1, onnotice: () => {} });
    await sql.unsafe(`create table import_copy_staging (
      external_ref text, ordered_at timestamptz, region_code text, channel text, ship_from_location_code text, promised_at timestamptz,
      shipped_at timestamptz, delivered_at timestamptz, shipping_cost numeric(14,4), sku_code text, qty_ordered int, qty_shipped int,
      qty_backordered int, unit_price numeric(14,4))`);
    const c0 = performance.now();
    const writable = await sql.unsafe('copy import_copy_staging from stdin with (format csv, header true)').writable();
    await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), writable);
    const c1 = performance.now();
    const [copied] = await sql.unsafe<{ n: string }[]>('select count(*)::text as n from import_copy_staging');
    if (Number(copied?.n) !== rows) throw new Error(`COPY loaded ${copied?.n} rows, expected ${rows}`);
    const target = await copyIntoRealTables(sql, committed.import.id, work);
    await sql.end();

    const seconds = (t3 - t1) / 1000;
    const copySeconds = (c1 - c0) / 1000;
    console.log(`COPY of the file into an unindexed staging table ${copySeconds.toFixed(2)} s; upload to disk (not in seconds) ${((t1 - t0) / 1000).toFixed(2)} s`);
    console.log(
      `COPY of the same rows into the real orders/order_lines (keys, indexes, checks, foreign keys) ${target.seconds.toFixed(2)} s; ` +
        `without the foreign keys ${target.withoutFkSeconds.toFixed(2)} s (the foreign-key checks: ${(target.seconds - target.withoutFkSeconds).toFixed(2)} s)`,
    );
    console.log(`import = preview ${((t2 - t1) / 1000).toFixed(2)} s + commit ${((t3 - t2) / 1000).toFixed(2)} s = ${seconds.toFixed(2)} s; ${(seconds / target.seconds).toFixed(2)}x the COPY into the real tables`);
    if (keepFile) console.log(`file kept: ${file}`);
    return {
      rows,
      seconds,
      ratio_vs_copy: seconds / copySeconds,
      ratio_vs_copy_target: seconds / target.seconds,
      peak_rss_mb: Math.round(peakRss / 1024 / 1024),
      copy_seconds: copySeconds,
      copy_target_seconds: target.seconds,
      fk_check_seconds: target.seconds - target.withoutFkSeconds,
      preview_seconds: (t2 - t1) / 1000,
      commit_seconds: (t3 - t2) / 1000,
    };
  } finally {
    await handle.close();
    server.stop();
    if (!keepFile) rmSync(work, { recursive: true, force: true });
  }
}
