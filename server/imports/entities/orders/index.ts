/**
 * Orders CSV: one row per order line, the lines of an order on consecutive rows, matched by
 * external_ref. An order not stored yet is new; a stored one is unchanged when every column of it and
 * its lines is the same, else updated (header updated, lines replaced). After the writes, the
 * kpi_daily rollups of every order written (and the old keys of changed ones) are recomputed by the
 * orders service's rollup, in the same transaction.
 *
 * Writes overlap the parsing of the next batch: a batch's statements are sent, and awaited only when
 * the next batch is ready (the database works while JavaScript parses).
 */
import { newId } from '@/db/schema/ids';
import { kpiKeysOfOrders, rollupKpiDaily, type KpiKey } from '../../../services/orders/rollup';
import { defineImporter, type RunEnv } from '../../importer';
import { ORDER_COLUMNS, orderRowSchema, type OrderCsvRow } from './columns';
import { OrderGrouper, type OrderGroup } from './group';
import { loadOrderRefs, resolveOrder, type OrderToWrite } from './resolve';
import { findStoredOrders, insertOrders, orderSignature, updateOrders, type OrderWithId } from './write';

async function openOrdersRun(env: RunEnv) {
  const refs = await loadOrderRefs(env);
  const grouper = new OrderGrouper(env);
  const oldKeys: KpiKey[] = [];
  const updatedIds: string[] = [];
  let inflight: Promise<void> | null = null;

  const settle = async () => {
    const pending = inflight;
    inflight = null;
    if (pending) await pending;
  };

  const write = async (inserts: OrderWithId[], updates: OrderWithId[]) => {
    await insertOrders(env, inserts);
    if (updates.length > 0) {
      const ids = updates.map((u) => u.id);
      oldKeys.push(...(await kpiKeysOfOrders(env.ctx, ids)));
      updatedIds.push(...ids);
      await updateOrders(env, updates);
    }
  };

  const process = async (groups: OrderGroup[]) => {
    try {
      const orders: OrderToWrite[] = [];
      for (const group of groups) {
        const order = await resolveOrder(group, refs, env);
        if (order) orders.push(order);
      }
      await settle();
      const stored = await findStoredOrders(env, orders.map((o) => o.externalRef));
      const inserts: OrderWithId[] = [];
      const updates: OrderWithId[] = [];
      for (const order of orders) {
        const found = stored.get(order.externalRef);
        if (!found) {
          env.outcome('new', order.rows);
          inserts.push({ ...order, id: newId() });
        } else if (found.signature === orderSignature(order)) {
          env.outcome('unchanged', order.rows);
        } else {
          env.outcome('updated', order.rows);
          updates.push({ ...order, id: found.id });
        }
      }
      if (env.writing && inserts.length + updates.length > 0) {
        inflight = write(inserts, updates);
        // Rejections are rethrown by settle(); this only keeps them from being reported as unhandled meanwhile.
        inflight.catch(() => undefined);
      }
    } catch (error) {
      // A failed write aborts the transaction and every later query with it: report the write's error.
      await settle();
      throw error;
    }
  };

  return {
    async batch(rows: { row: number; value: OrderCsvRow }[]) {
      await process(grouper.add(rows));
    },
    async finish() {
      await process(grouper.end());
      await settle();
      if (!env.writing || !env.importId) return;
      if (updatedIds.length > 0) {
        const newKeys = await kpiKeysOfOrders(env.ctx, updatedIds);
        await rollupKpiDaily(env.ctx, { keys: [...oldKeys, ...newKeys] });
      }
      await rollupKpiDaily(env.ctx, { importId: env.importId });
    },
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
