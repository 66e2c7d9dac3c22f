/**
 * Customer orders and the daily rollups that dashboards and digests read (DESIGN.md §6), so no
 * dashboard scans raw order lines.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditTimestamps, idColumn, money, tenantIdColumn, timestamptz } from './columns';
import { locations, regions } from './network';
import { skus } from './catalog';
import { imports } from './ops';

export const orderStatus = pgEnum('order_status', ['open', 'shipped', 'delivered', 'cancelled']);

export const orders = pgTable(
  'orders',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    /** The order number in the tenant's own system. */
    externalRef: text('external_ref').notNull(),
    /** Resolved from the ship-to postal code (regions.postal_prefixes) when not given. */
    regionId: uuid('region_id').notNull(),
    channel: text('channel'),
    shipToPostalCode: text('ship_to_postal_code'),
    /** ISO 3166-1 alpha-2. */
    shipToCountry: text('ship_to_country'),
    orderedAt: timestamptz('ordered_at').notNull(),
    promisedAt: timestamptz('promised_at'),
    shippedAt: timestamptz('shipped_at'),
    deliveredAt: timestamptz('delivered_at'),
    /** Where it ships (or is planned to ship) from; kpi_daily needs one, so writers assign it. */
    shipFromLocationId: uuid('ship_from_location_id'),
    shippingCost: money('shipping_cost').notNull().default(0),
    status: orderStatus('status').notNull().default('open'),
    /** The CSV import that created it, if any. */
    importId: uuid('import_id'),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'orders_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'orders_region_fk',
      columns: [t.tenantId, t.regionId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    foreignKey({
      name: 'orders_ship_from_fk',
      columns: [t.tenantId, t.shipFromLocationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'orders_import_fk',
      columns: [t.tenantId, t.importId],
      foreignColumns: [imports.tenantId, imports.id],
    }),
    unique('orders_external_ref_key').on(t.tenantId, t.externalRef),
    index('orders_ordered_idx').on(t.tenantId, t.orderedAt),
    index('orders_region_ordered_idx').on(t.tenantId, t.regionId, t.orderedAt),
    index('orders_ship_from_ordered_idx').on(t.tenantId, t.shipFromLocationId, t.orderedAt),
    index('orders_import_idx').on(t.tenantId, t.importId).where(sql`${t.importId} is not null`),
    check('orders_ship_to_country_format', sql`${t.shipToCountry} ~ '^[A-Z]{2}$'`),
    check('orders_shipping_cost_nonnegative', sql`${t.shippingCost} >= 0`),
    check('orders_shipped_after_ordered', sql`${t.shippedAt} >= ${t.orderedAt}`),
    check('orders_delivered_after_ordered', sql`${t.deliveredAt} >= ${t.orderedAt}`),
    check('orders_delivered_dated', sql`${t.status} <> 'delivered' or ${t.deliveredAt} is not null`),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    orderId: uuid('order_id').notNull(),
    skuId: uuid('sku_id').notNull(),
    qtyOrdered: integer('qty_ordered').notNull(),
    /** All units shipped so far, over every shipment. */
    qtyShipped: integer('qty_shipped').notNull().default(0),
    /**
     * Units shipped from stock on the order's first shipment: the line fill rate's numerator (§6). An
     * order "shipped complete from stock on first shipment" is one where every line has
     * qty_shipped_first = qty_ordered (no boolean stored: it would be a second truth).
     */
    qtyShippedFirst: integer('qty_shipped_first').notNull().default(0),
    qtyBackordered: integer('qty_backordered').notNull().default(0),
    unitPrice: money('unit_price').notNull().default(0),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'order_lines_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'order_lines_order_fk',
      columns: [t.tenantId, t.orderId],
      foreignColumns: [orders.tenantId, orders.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'order_lines_sku_fk',
      columns: [t.tenantId, t.skuId],
      foreignColumns: [skus.tenantId, skus.id],
    }),
    index('order_lines_order_idx').on(t.tenantId, t.orderId),
    index('order_lines_sku_idx').on(t.tenantId, t.skuId),
    check('order_lines_qty_ordered_positive', sql`${t.qtyOrdered} > 0`),
    check('order_lines_qty_shipped_nonnegative', sql`${t.qtyShipped} >= 0`),
    check('order_lines_qty_shipped_first_range', sql`${t.qtyShippedFirst} between 0 and least(${t.qtyShipped}, ${t.qtyOrdered})`),
    check('order_lines_qty_backordered_range', sql`${t.qtyBackordered} between 0 and ${t.qtyOrdered}`),
    check('order_lines_unit_price_nonnegative', sql`${t.unitPrice} >= 0`),
  ],
);

/**
 * Daily order KPIs per region x ship-from location, keyed by the day the orders were placed (in the
 * tenant's time zone) and updated as those orders ship and deliver. Both keys are NOT NULL so the
 * unique key can be an upsert target: writers assign a ship-from location to every order (the one
 * that serves its region) before rolling it up. Ratios of §6 are sums over these rows:
 * order fill rate = complete_orders / orders_count; line fill rate = units_shipped_first / units_ordered;
 * average delivery days = delivery_days_sum / delivered_orders; on-time = on_time_orders / delivered_orders;
 * shipping cost per unit = shipping_cost_sum / units_shipped; turnover uses cogs_shipped.
 */
export const kpiDaily = pgTable(
  'kpi_daily',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    day: date('day', { mode: 'string' }).notNull(),
    regionId: uuid('region_id').notNull(),
    locationId: uuid('location_id').notNull(),
    ordersCount: integer('orders_count').notNull().default(0),
    unitsOrdered: integer('units_ordered').notNull().default(0),
    unitsShipped: integer('units_shipped').notNull().default(0),
    unitsShippedFirst: integer('units_shipped_first').notNull().default(0),
    unitsBackordered: integer('units_backordered').notNull().default(0),
    /** Orders whose every line shipped in full from stock on the first shipment. */
    completeOrders: integer('complete_orders').notNull().default(0),
    deliveredOrders: integer('delivered_orders').notNull().default(0),
    onTimeOrders: integer('on_time_orders').notNull().default(0),
    /** Sum over delivered orders of delivered_at - ordered_at, in fractional days. */
    deliveryDaysSum: numeric('delivery_days_sum', { precision: 14, scale: 4, mode: 'number' }).notNull().default(0),
    shippingCostSum: money('shipping_cost_sum').notNull().default(0),
    /** Units shipped x unit cost at the time of shipment. */
    cogsShipped: money('cogs_shipped').notNull().default(0),
    /** Units ordered x unit price. */
    revenueOrdered: money('revenue_ordered').notNull().default(0),
    /** Units backordered x the line's unit price: the stockout value of DESIGN.md §6. */
    backorderedValue: money('backordered_value').notNull().default(0),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'kpi_daily_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'kpi_daily_region_fk',
      columns: [t.tenantId, t.regionId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    foreignKey({
      name: 'kpi_daily_location_fk',
      columns: [t.tenantId, t.locationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    // Also serves (tenant_id, day, region_id) range scans.
    unique('kpi_daily_day_region_location_key').on(t.tenantId, t.day, t.regionId, t.locationId),
    index('kpi_daily_region_day_idx').on(t.tenantId, t.regionId, t.day),
    index('kpi_daily_location_day_idx').on(t.tenantId, t.locationId, t.day),
    check(
      'kpi_daily_counts_nonnegative',
      sql`${t.ordersCount} >= 0 and ${t.unitsOrdered} >= 0 and ${t.unitsShipped} >= 0 and ${t.unitsShippedFirst} >= 0 and ${t.unitsBackordered} >= 0 and ${t.completeOrders} >= 0 and ${t.deliveredOrders} >= 0 and ${t.onTimeOrders} >= 0`,
    ),
    check(
      'kpi_daily_subsets',
      sql`${t.completeOrders} <= ${t.ordersCount} and ${t.deliveredOrders} <= ${t.ordersCount} and ${t.onTimeOrders} <= ${t.deliveredOrders}`,
    ),
    check(
      'kpi_daily_sums_nonnegative',
      sql`${t.deliveryDaysSum} >= 0 and ${t.shippingCostSum} >= 0 and ${t.cogsShipped} >= 0 and ${t.revenueOrdered} >= 0 and ${t.backorderedValue} >= 0`,
    ),
  ],
);

/**
 * The per-SKU twin of kpi_daily: per local order day x SKU x region x ship-from location, recomputed for
 * the same keys whenever kpi_daily is (server/services/orders/rollup.ts), so SKU views never scan raw
 * order lines. Order-level figures count the orders that contain the SKU:
 * orders_count = orders with a line of the SKU; complete_orders = those whose lines of the SKU all shipped
 * in full from stock on the first shipment; delivered/on-time/delivery days as in kpi_daily, over those
 * orders. Unit figures are the SKU's lines only. Shipping cost is per order, so it is not split by SKU.
 */
export const skuDaily = pgTable(
  'sku_daily',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    day: date('day', { mode: 'string' }).notNull(),
    skuId: uuid('sku_id').notNull(),
    regionId: uuid('region_id').notNull(),
    locationId: uuid('location_id').notNull(),
    ordersCount: integer('orders_count').notNull().default(0),
    unitsOrdered: integer('units_ordered').notNull().default(0),
    unitsShipped: integer('units_shipped').notNull().default(0),
    unitsShippedFirst: integer('units_shipped_first').notNull().default(0),
    unitsBackordered: integer('units_backordered').notNull().default(0),
    completeOrders: integer('complete_orders').notNull().default(0),
    deliveredOrders: integer('delivered_orders').notNull().default(0),
    onTimeOrders: integer('on_time_orders').notNull().default(0),
    deliveryDaysSum: numeric('delivery_days_sum', { precision: 14, scale: 4, mode: 'number' }).notNull().default(0),
    cogsShipped: money('cogs_shipped').notNull().default(0),
    revenueOrdered: money('revenue_ordered').notNull().default(0),
    backorderedValue: money('backordered_value').notNull().default(0),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'sku_daily_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'sku_daily_sku_fk',
      columns: [t.tenantId, t.skuId],
      foreignColumns: [skus.tenantId, skus.id],
    }),
    foreignKey({
      name: 'sku_daily_region_fk',
      columns: [t.tenantId, t.regionId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    foreignKey({
      name: 'sku_daily_location_fk',
      columns: [t.tenantId, t.locationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    // The rollup replaces a (day, region, location) key's rows at once: this serves that delete.
    unique('sku_daily_key').on(t.tenantId, t.day, t.regionId, t.locationId, t.skuId),
    index('sku_daily_sku_day_idx').on(t.tenantId, t.skuId, t.day),
    index('sku_daily_region_day_idx').on(t.tenantId, t.regionId, t.day),
    index('sku_daily_location_day_idx').on(t.tenantId, t.locationId, t.day),
    check(
      'sku_daily_counts',
      sql`${t.ordersCount} > 0 and ${t.unitsOrdered} >= 0 and ${t.unitsShipped} >= 0 and ${t.unitsShippedFirst} >= 0 and ${t.unitsBackordered} >= 0 and ${t.completeOrders} between 0 and ${t.ordersCount} and ${t.deliveredOrders} between 0 and ${t.ordersCount} and ${t.onTimeOrders} between 0 and ${t.deliveredOrders}`,
    ),
  ],
);

/** End-of-day inventory per location: units on hand and their value at unit cost. */
export const inventoryDaily = pgTable(
  'inventory_daily',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    day: date('day', { mode: 'string' }).notNull(),
    locationId: uuid('location_id').notNull(),
    units: integer('units').notNull().default(0),
    value: money('value').notNull().default(0),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'inventory_daily_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'inventory_daily_location_fk',
      columns: [t.tenantId, t.locationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    unique('inventory_daily_day_location_key').on(t.tenantId, t.day, t.locationId),
    index('inventory_daily_location_day_idx').on(t.tenantId, t.locationId, t.day),
    check('inventory_daily_nonnegative', sql`${t.units} >= 0 and ${t.value} >= 0`),
  ],
);
