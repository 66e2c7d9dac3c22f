/**
 * The orders CSV download of one million order lines (issue 12 §3, DESIGN.md §9) on a throwaway
 * Postgres server, through the same path as a user's click: `exportCsvResponse` as the signed-in user
 * (access and filters checked through the tRPC caller, then the query streamed as the app role inside
 * the tenant's transaction), the response body read to the end as a browser would. Against it, in the
 * same run: `COPY (<the same query>) TO STDOUT` of the same rows as the table owner, read by a client
 * that keeps nothing.
 *
 * The orders are written straight into the tables by set-based SQL (the import path has its own
 * benchmark): 30 regions, 20 locations, 10,000 SKUs, one million lines in ~333,000 orders.
 * Reports rows, seconds, copy_seconds, ratio_vs_copy (the bar: at most 3) and peak_rss_mb.
 * Option: --rows=N (default 1,000,000).
 */
import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, withGlobal } from '@/db/client';
import { memberships, organizations, users } from '@/db/schema';
import { exportCsvResponse } from '@/server/csv/export-response';
import { inlineParameters } from '@/server/csv/stream/query-csv';
import { orderLinesExportQuery } from '@/server/services/orders/export-lines';
import { listOrdersInput } from '@/server/services/orders/schemas';
import { createCaller } from '@/server/trpc/root';
// @ts-expect-error -- plain ES module without types
import { startThrowawayPostgres } from '../../scripts/pg-server.mjs';

function parseArgs(args: string[]): { rows: number } {
  let rows = 1_000_000;
  for (const a of args) {
    const m = /^--rows=(\d+)$/.exec(a);
    if (m) rows = Number(m[1]);
  }
  return { rows };
}

/** Master data and `lines` order lines (1 to 5 per order), written by SQL as the owner. */
async function seed(sql: postgres.Sql, tenant: string, lines: number): Promise<void> {
  await sql.unsafe(
    `insert into regions (tenant_id, id, code, name, country)
     select $1, gen_random_uuid(), 'R' || lpad(g::text, 2, '0'), 'Region ' || g, 'US' from generate_series(0, 29) g`,
    [tenant],
  );
  await sql.unsafe(
    `insert into locations (tenant_id, id, code, name, kind, country, is_central)
     select $1, gen_random_uuid(), 'L' || lpad(g::text, 2, '0'), 'Location ' || g, 'dc', 'US', g = 0 from generate_series(0, 19) g`,
    [tenant],
  );
  await sql.unsafe(
    `insert into skus (tenant_id, id, code, name, unit_cost, unit_price)
     select $1, gen_random_uuid(), 'SKU-' || lpad(g::text, 5, '0'), 'Product ' || g, 5 + (g % 50), 12 + (g % 90) from generate_series(0, 9999) g`,
    [tenant],
  );
  const orders = Math.ceil(lines / 3);
  await sql.unsafe(
    `insert into orders (tenant_id, id, external_ref, region_id, channel, ordered_at, promised_at, shipped_at, delivered_at, ship_from_location_id, shipping_cost, status)
     select $1, gen_random_uuid(), 'SO-' || lpad(g::text, 8, '0'),
            (select id from regions where tenant_id = $1 and code = 'R' || lpad((g % 30)::text, 2, '0')),
            case when g % 5 = 0 then 'b2b' else 'web' end,
            t, t + interval '3 days', t + interval '20 hours', t + interval '2 days 4 hours',
            (select id from locations where tenant_id = $1 and code = 'L' || lpad((g % 20)::text, 2, '0')),
            round((4 + (g % 2000) / 100.0)::numeric, 2), 'delivered'
     from generate_series(1, $2::int) g, lateral (select timestamptz '2024-01-01' + (g % 700) * interval '1 day' + (g % 1440) * interval '1 minute' as t) x`,
    [tenant, orders],
  );
  await sql.unsafe(
    `insert into order_lines (tenant_id, id, order_id, sku_id, qty_ordered, qty_shipped, qty_shipped_first, qty_backordered, unit_price)
     select $1, gen_random_uuid(), o.id, k.id, 1 + (n % 6), 1 + (n % 6), 1 + (n % 6), 0, round((5 + (n % 15000) / 100.0)::numeric, 2)
     from (select id, row_number() over (order by external_ref) as i from orders where tenant_id = $1) o
     cross join lateral generate_series(0, 2) j
     cross join lateral (select (o.i * 3 + j) as n) nn
     join skus k on k.tenant_id = $1 and k.code = 'SKU-' || lpad(((o.i * 7 + j * 1301) % 10000)::text, 5, '0')
     where (o.i - 1) * 3 + j < $2`,
    [tenant, lines],
  );
  await sql.unsafe('analyze');
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<{ bytes: number; lines: number }> {
  const reader = stream.getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) lines++;
  }
  return { bytes, lines };
}

export default async function exportBench(args: string[]): Promise<Record<string, number>> {
  const { rows } = parseArgs(args);
  const server = await startThrowawayPostgres();
  const handle = await openDatabase({ url: server.url });
  const owner = postgres(server.url, { max: 1, onnotice: () => {} });
  try {
    const { db } = handle;
    const { user, tenant } = await withGlobal(db, async (tx) => {
      const [u] = await tx.insert(users).values({ email: 'bench@export.test', name: 'Bench' }).returning();
      const [o] = await tx.insert(organizations).values({ slug: 'bench-export', name: 'Bench export', timezone: 'America/Chicago' }).returning();
      if (!u || !o) throw new Error('setup failed');
      await tx.insert(memberships).values({ organizationId: o.id, userId: u.id, role: 'viewer' });
      return { user: u, tenant: o };
    });
    const seedStart = performance.now();
    await seed(owner, tenant.id, rows);
    console.log(`seeded ${rows} order lines in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

    const [{ sessionVersion } = { sessionVersion: 1 }] = await withGlobal(db, (tx) => tx.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, user.id)));
    const caller = createCaller({ db, session: { userId: user.id, sessionVersion }, ip: null, origin: 'http://localhost' });

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const t0 = performance.now();
    const response = await exportCsvResponse({ caller, org: tenant.slug, entity: 'orders', searchParams: new URLSearchParams(), scope: { db, userId: user.id } });
    const firstByteAt = performance.now();
    if (response.status !== 200 || !response.body) throw new Error(`export answered ${response.status}: ${await response.text()}`);
    const got = await drain(response.body);
    const t1 = performance.now();
    clearInterval(sampler);
    if (got.lines !== rows + 1) throw new Error(`the export has ${got.lines - 1} rows, expected ${rows}`);
    console.log(`export: response after ${((firstByteAt - t0) / 1000).toFixed(2)} s, ${(got.bytes / 1048576).toFixed(1)} MB in ${((t1 - t0) / 1000).toFixed(2)} s`);
    console.log(`resident memory: ${Math.round(rssBefore / 1048576)} MB before, peak ${Math.round(peakRss / 1048576)} MB during the export`);

    // The same query, as the export writes it, COPY'd by the owner to a client that keeps nothing.
    const input = listOrdersInput.parse({ page: 1, pageSize: 1 });
    const text = inlineParameters(orderLinesExportQuery({ tx: db as never, tenant: { id: tenant.id, timezone: tenant.timezone } as never }, input).toSQL());
    const c0 = performance.now();
    const readable = await owner.unsafe(`copy (${text}) to stdout with (format csv)`).readable();
    let copyLines = 0;
    for await (const chunk of readable as AsyncIterable<Buffer>) for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) copyLines++;
    // postgres.js may leave the socket paused after a COPY … TO STDOUT (porsager/postgres#917).
    (readable as unknown as { _read(): void })._read();
    const c1 = performance.now();
    if (copyLines !== rows) throw new Error(`COPY gave ${copyLines} rows, expected ${rows}`);

    const seconds = (t1 - t0) / 1000;
    const copySeconds = (c1 - c0) / 1000;
    console.log(`COPY (the same query) TO STDOUT ${copySeconds.toFixed(2)} s; export ${(seconds / copySeconds).toFixed(2)}x`);
    return { rows, seconds, ratio_vs_copy: seconds / copySeconds, copy_seconds: copySeconds, first_byte_seconds: (firstByteAt - t0) / 1000, peak_rss_mb: Math.round(peakRss / 1048576) };
  } finally {
    await owner.end({ timeout: 5 });
    await handle.close();
    server.stop();
  }
}
