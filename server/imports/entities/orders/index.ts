/**
 * Orders CSV: one row per order line, the lines of an order on consecutive rows, matched by
 * external_ref. An order not stored yet is new; a stored one is unchanged when every column of it and
 * its lines is the same, else updated (header updated, lines replaced). After the writes, the
 * kpi_daily rollups of every order written (and the old keys of changed ones) are recomputed by the
 * orders service's rollup, in the same transaction.
 *
 * The file streams through the row and order checks (cells, grouping, codes, the manual order's rules)
 * into a staging table, a batch at a time (COPY on a Postgres server); what needs the stored orders
 * (new, updated or unchanged) and every write is a set-based statement over the staging table once the
 * file has been read (./stage.ts, docs/decisions/0018). On a Postgres server the whole file is ONE COPY,
 * fed as rows are checked (the database parses while the next rows are read); nothing else may be sent
 * on the connection until it ends, so the lanes that pick a ship-from location are looked up first.
 */
import { defineImporter, type RunEnv } from '../../importer';
import { ORDER_COLUMNS, orderRowSchema, type OrderCsvRow } from './columns';
import { OrderGrouper, type OrderGroup } from './group';
import { loadOrderRefs, preloadServingLocations, resolveOrder, type OrderToWrite } from './resolve';
import { classifyStaged, createOrderStage, openOrderStage, stagedOutcomes, stagedRowsOf, writeStaged } from './stage';

async function openOrdersRun(env: RunEnv) {
  const refs = await loadOrderRefs(env);
  await preloadServingLocations(env, refs);
  const grouper = new OrderGrouper(env);
  const tx = env.ctx.tx;
  await createOrderStage(tx);
  const stage = await openOrderStage(tx);
  const opened = performance.now();
  let open = true;

  const process = async (groups: OrderGroup[]) => {
    const orders: OrderToWrite[] = [];
    for (const group of groups) {
      const order = await resolveOrder(group, refs, env);
      if (order) orders.push(order);
    }
    // Once a problem is found nothing will be written, and the counts of a commit are of no use: stop staging.
    if (env.errors.count > 0 && env.mode === 'commit') return;
    await stage.write(stagedRowsOf(orders));
  };

  const close = async () => {
    if (!open) return;
    open = false;
    await stage.end();
  };

  return {
    async batch(rows: { row: number; value: OrderCsvRow }[]) {
      try {
        await process(grouper.add(rows));
      } catch (error) {
        // The COPY must end before anything else can be said on the connection (a rollback included).
        await close().catch(() => undefined);
        throw error;
      }
    },
    async finish() {
      try {
        await process(grouper.end());
      } finally {
        await close();
      }
      if (globalThis.process.env.FOOTPRINT_IMPORT_TIMINGS === '1') console.log(`[import timing] ${env.mode}: file read, checked and staged ${((performance.now() - opened) / 1000).toFixed(2)} s`);
      if (env.mode === 'commit' && env.errors.count > 0) return;
      const counts = await classifyStaged(env.ctx);
      env.tally('new', counts.new);
      env.tally('updated', counts.updated);
      env.tally('unchanged', counts.unchanged);
      if (env.sampleEnd > 0) for (const { row, status } of await stagedOutcomes(tx, env.sampleEnd)) env.markSample(status, [row]);
      if (env.writing && env.importId) {
        env.writingStarted();
        await writeStaged(env.ctx, env.importId, counts);
      }
    },
    dispose: close,
  };
}

export const ordersImporter = defineImporter<OrderCsvRow>({
  entity: 'orders',
  label: 'Orders',
  description: 'Order history, one row per order line; the lines of an order on consecutive rows. Matched by external_ref: a known order is replaced, an identical one left alone.',
  notes: [
    'Import regions, locations and SKUs first: the codes must exist.',
    'Order columns (dates, region, ship-from, shipping cost, status) are repeated on each line of the order and must agree; they may be left blank on its later lines.',
    'Times without a zone (2025-03-03 09:14) are read in your organization’s time zone; add Z or +02:00 for another zone.',
    'Without region_code, the region is the one whose postal prefix is the longest match of ship_to_postal_code (in ship_to_country), else the only region of ship_to_country.',
    'Without ship_from_location_code, the order ships from the location whose lane serves its region (the cheapest that meets the SLA, else the fastest).',
    'The delivery KPIs (kpi_daily) are recomputed for every order written, in the same transaction.',
  ],
  recordNoun: 'orders',
  batchSize: 5000,
  columns: ORDER_COLUMNS,
  rowSchema: (ctx) => orderRowSchema(ctx.tenant.timezone),
  open: openOrdersRun,
});
