/**
 * Stock and its flows: balances per SKU x location, the append-only movement ledger, transfers between
 * locations, purchase orders from suppliers and the split of an arrival across locations.
 *
 * stock.ts and planning.ts reference each other (a transfer records the recommendation it came from; a
 * recommendation records the transfer it created). Every cross-file reference sits inside a table's
 * extra-config callback, which drizzle runs lazily, so the import cycle never touches an uninitialised
 * binding at module load.
 *
 * Composite foreign keys use the default ON DELETE NO ACTION (refuses deleting a referenced row, checked
 * at the end of the statement, so deleting an organization still cascades through every tenant table);
 * lines cascade from their header.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  type PgTableExtraConfigValue,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditTimestamps, idColumn, money, tenantIdColumn, timestamptz } from './columns';
import { users } from './auth';
import { locations } from './network';
import { skus, suppliers } from './catalog';
import { recommendations } from './planning';

export const stockMovementKind = pgEnum('stock_movement_kind', [
  'receipt',
  'shipment',
  'adjustment',
  'transfer_out',
  'transfer_in',
  'count',
]);
export const transferStatus = pgEnum('transfer_status', ['draft', 'approved', 'in_transit', 'received', 'cancelled']);
export const purchaseOrderStatus = pgEnum('purchase_order_status', ['draft', 'ordered', 'in_transit', 'received', 'cancelled']);

/** A duration in (fractional) days: numeric(6,2). */
const days = (name: string) => numeric(name, { precision: 6, scale: 2, mode: 'number' });

/**
 * The balance of one SKU at one location. on_hand always equals the sum of the SKU x location's
 * stock_movements; inbound = units in transit to it (transfers, allocated arrivals); on_order = units
 * ordered from suppliers for it and not yet shipped.
 */
export const stockLevels = pgTable(
  'stock_levels',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    skuId: uuid('sku_id').notNull(),
    locationId: uuid('location_id').notNull(),
    onHand: integer('on_hand').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    inbound: integer('inbound').notNull().default(0),
    onOrder: integer('on_order').notNull().default(0),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'stock_levels_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'stock_levels_sku_fk',
      columns: [t.tenantId, t.skuId],
      foreignColumns: [skus.tenantId, skus.id],
    }),
    foreignKey({
      name: 'stock_levels_location_fk',
      columns: [t.tenantId, t.locationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    unique('stock_levels_sku_location_key').on(t.tenantId, t.skuId, t.locationId),
    index('stock_levels_location_idx').on(t.tenantId, t.locationId),
    check(
      'stock_levels_quantities',
      sql`${t.onHand} >= 0 and ${t.reserved} between 0 and ${t.onHand} and ${t.inbound} >= 0 and ${t.onOrder} >= 0`,
    ),
  ],
);

/** Transfers between locations; `number` is the human reference (e.g. TR-000123). */
export const transfers = pgTable(
  'transfers',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    number: text('number').notNull(),
    fromLocationId: uuid('from_location_id').notNull(),
    toLocationId: uuid('to_location_id').notNull(),
    status: transferStatus('status').notNull().default('draft'),
    requestedAt: timestamptz('requested_at').notNull().defaultNow(),
    approvedAt: timestamptz('approved_at'),
    shippedAt: timestamptz('shipped_at'),
    expectedAt: timestamptz('expected_at'),
    receivedAt: timestamptz('received_at'),
    cancelledAt: timestamptz('cancelled_at'),
    crossBorder: boolean('cross_border').notNull().default(false),
    customsDays: days('customs_days').notNull().default(0),
    customsRef: text('customs_ref'),
    idempotencyKey: text('idempotency_key'),
    /** The recommendation this transfer was created from, if any. */
    recommendationId: uuid('recommendation_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    notes: text('notes'),
    ...auditTimestamps(),
  },
  // Annotated: the stock <-> planning references would otherwise make this type circular.
  (t): PgTableExtraConfigValue[] => [
    primaryKey({ name: 'transfers_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'transfers_from_fk',
      columns: [t.tenantId, t.fromLocationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'transfers_to_fk',
      columns: [t.tenantId, t.toLocationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'transfers_recommendation_fk',
      columns: [t.tenantId, t.recommendationId],
      foreignColumns: [recommendations.tenantId, recommendations.id],
    }),
    unique('transfers_number_key').on(t.tenantId, t.number),
    // NULLs are distinct: transfers without a key never collide, and ON CONFLICT (tenant_id, idempotency_key) works.
    unique('transfers_idempotency_key').on(t.tenantId, t.idempotencyKey),
    index('transfers_status_idx').on(t.tenantId, t.status, t.requestedAt),
    index('transfers_from_idx').on(t.tenantId, t.fromLocationId),
    index('transfers_to_idx').on(t.tenantId, t.toLocationId),
    index('transfers_recommendation_idx').on(t.tenantId, t.recommendationId).where(sql`${t.recommendationId} is not null`),
    check('transfers_distinct_locations', sql`${t.fromLocationId} <> ${t.toLocationId}`),
    check('transfers_customs_days_nonnegative', sql`${t.customsDays} >= 0`),
    check('transfers_received_dated', sql`${t.status} <> 'received' or ${t.receivedAt} is not null`),
    check('transfers_shipped_dated', sql`${t.status} not in ('in_transit', 'received') or ${t.shippedAt} is not null`),
    check('transfers_cancelled_dated', sql`${t.status} <> 'cancelled' or ${t.cancelledAt} is not null`),
  ],
);

export const transferLines = pgTable(
  'transfer_lines',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    transferId: uuid('transfer_id').notNull(),
    skuId: uuid('sku_id').notNull(),
    qty: integer('qty').notNull(),
    qtyShipped: integer('qty_shipped').notNull().default(0),
    qtyReceived: integer('qty_received').notNull().default(0),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'transfer_lines_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'transfer_lines_transfer_fk',
      columns: [t.tenantId, t.transferId],
      foreignColumns: [transfers.tenantId, transfers.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'transfer_lines_sku_fk',
      columns: [t.tenantId, t.skuId],
      foreignColumns: [skus.tenantId, skus.id],
    }),
    unique('transfer_lines_transfer_sku_key').on(t.tenantId, t.transferId, t.skuId),
    index('transfer_lines_sku_idx').on(t.tenantId, t.skuId),
    check('transfer_lines_qty_positive', sql`${t.qty} > 0`),
    check('transfer_lines_shipped_range', sql`${t.qtyShipped} between 0 and ${t.qty}`),
    check('transfer_lines_received_range', sql`${t.qtyReceived} between 0 and ${t.qtyShipped}`),
  ],
);

/** Purchase orders to suppliers; `number` is the human reference (e.g. PO-000123). */
export const purchaseOrders = pgTable(
  'purchase_orders',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    number: text('number').notNull(),
    supplierId: uuid('supplier_id').notNull(),
    /** Where the shipment lands; inbound_allocations split it from there. */
    arrivalLocationId: uuid('arrival_location_id').notNull(),
    status: purchaseOrderStatus('status').notNull().default('draft'),
    orderedAt: timestamptz('ordered_at'),
    eta: timestamptz('eta'),
    receivedAt: timestamptz('received_at'),
    cancelledAt: timestamptz('cancelled_at'),
    idempotencyKey: text('idempotency_key'),
    /** The recommendation this order was created from, if any. */
    recommendationId: uuid('recommendation_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    notes: text('notes'),
    ...auditTimestamps(),
  },
  // Annotated: the stock <-> planning references would otherwise make this type circular.
  (t): PgTableExtraConfigValue[] => [
    primaryKey({ name: 'purchase_orders_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'purchase_orders_supplier_fk',
      columns: [t.tenantId, t.supplierId],
      foreignColumns: [suppliers.tenantId, suppliers.id],
    }),
    foreignKey({
      name: 'purchase_orders_arrival_fk',
      columns: [t.tenantId, t.arrivalLocationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'purchase_orders_recommendation_fk',
      columns: [t.tenantId, t.recommendationId],
      foreignColumns: [recommendations.tenantId, recommendations.id],
    }),
    unique('purchase_orders_number_key').on(t.tenantId, t.number),
    unique('purchase_orders_idempotency_key').on(t.tenantId, t.idempotencyKey),
    index('purchase_orders_status_idx').on(t.tenantId, t.status, t.eta),
    index('purchase_orders_supplier_idx').on(t.tenantId, t.supplierId),
    index('purchase_orders_arrival_idx').on(t.tenantId, t.arrivalLocationId),
    index('purchase_orders_recommendation_idx').on(t.tenantId, t.recommendationId).where(sql`${t.recommendationId} is not null`),
    check('purchase_orders_ordered_dated', sql`${t.status} = 'draft' or ${t.status} = 'cancelled' or ${t.orderedAt} is not null`),
    check('purchase_orders_received_dated', sql`${t.status} <> 'received' or ${t.receivedAt} is not null`),
    check('purchase_orders_cancelled_dated', sql`${t.status} <> 'cancelled' or ${t.cancelledAt} is not null`),
  ],
);

export const purchaseOrderLines = pgTable(
  'purchase_order_lines',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    purchaseOrderId: uuid('purchase_order_id').notNull(),
    skuId: uuid('sku_id').notNull(),
    qty: integer('qty').notNull(),
    qtyReceived: integer('qty_received').notNull().default(0),
    unitCost: money('unit_cost').notNull(),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'purchase_order_lines_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'purchase_order_lines_po_fk',
      columns: [t.tenantId, t.purchaseOrderId],
      foreignColumns: [purchaseOrders.tenantId, purchaseOrders.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'purchase_order_lines_sku_fk',
      columns: [t.tenantId, t.skuId],
      foreignColumns: [skus.tenantId, skus.id],
    }),
    unique('purchase_order_lines_po_sku_key').on(t.tenantId, t.purchaseOrderId, t.skuId),
    index('purchase_order_lines_sku_idx').on(t.tenantId, t.skuId),
    check('purchase_order_lines_qty_positive', sql`${t.qty} > 0`),
    check('purchase_order_lines_received_nonnegative', sql`${t.qtyReceived} >= 0`),
    check('purchase_order_lines_cost_nonnegative', sql`${t.unitCost} >= 0`),
  ],
);

/** The split of a purchase order's arrival across locations (the seed's 40/35/25). */
export const inboundAllocations = pgTable(
  'inbound_allocations',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    purchaseOrderId: uuid('purchase_order_id').notNull(),
    skuId: uuid('sku_id').notNull(),
    locationId: uuid('location_id').notNull(),
    qty: integer('qty').notNull(),
    recommendationId: uuid('recommendation_id'),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'inbound_allocations_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'inbound_allocations_po_fk',
      columns: [t.tenantId, t.purchaseOrderId],
      foreignColumns: [purchaseOrders.tenantId, purchaseOrders.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'inbound_allocations_sku_fk',
      columns: [t.tenantId, t.skuId],
      foreignColumns: [skus.tenantId, skus.id],
    }),
    foreignKey({
      name: 'inbound_allocations_location_fk',
      columns: [t.tenantId, t.locationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'inbound_allocations_recommendation_fk',
      columns: [t.tenantId, t.recommendationId],
      foreignColumns: [recommendations.tenantId, recommendations.id],
    }),
    unique('inbound_allocations_po_sku_location_key').on(t.tenantId, t.purchaseOrderId, t.skuId, t.locationId),
    index('inbound_allocations_sku_location_idx').on(t.tenantId, t.skuId, t.locationId),
    index('inbound_allocations_location_idx').on(t.tenantId, t.locationId),
    index('inbound_allocations_recommendation_idx')
      .on(t.tenantId, t.recommendationId)
      .where(sql`${t.recommendationId} is not null`),
    check('inbound_allocations_qty_positive', sql`${t.qty} > 0`),
  ],
);

/**
 * The append-only ledger: every change of on_hand is one row with a signed qty (receipts and
 * transfer_in add, shipments and transfer_out remove, adjustments and counts either way). No
 * updated_at; the app role may not update or delete (db/sql/policies.sql).
 */
export const stockMovements = pgTable(
  'stock_movements',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    skuId: uuid('sku_id').notNull(),
    locationId: uuid('location_id').notNull(),
    qty: integer('qty').notNull(),
    kind: stockMovementKind('kind').notNull(),
    reason: text('reason'),
    /** Free reference (order number, carrier ref, count sheet). */
    reference: text('reference'),
    transferId: uuid('transfer_id'),
    purchaseOrderId: uuid('purchase_order_id'),
    occurredAt: timestamptz('occurred_at').notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    idempotencyKey: text('idempotency_key'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'stock_movements_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'stock_movements_sku_fk',
      columns: [t.tenantId, t.skuId],
      foreignColumns: [skus.tenantId, skus.id],
    }),
    foreignKey({
      name: 'stock_movements_location_fk',
      columns: [t.tenantId, t.locationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'stock_movements_transfer_fk',
      columns: [t.tenantId, t.transferId],
      foreignColumns: [transfers.tenantId, transfers.id],
    }),
    foreignKey({
      name: 'stock_movements_po_fk',
      columns: [t.tenantId, t.purchaseOrderId],
      foreignColumns: [purchaseOrders.tenantId, purchaseOrders.id],
    }),
    unique('stock_movements_idempotency_key').on(t.tenantId, t.idempotencyKey),
    index('stock_movements_sku_location_occurred_idx').on(t.tenantId, t.skuId, t.locationId, t.occurredAt),
    index('stock_movements_location_occurred_idx').on(t.tenantId, t.locationId, t.occurredAt),
    index('stock_movements_occurred_idx').on(t.tenantId, t.occurredAt),
    index('stock_movements_transfer_idx').on(t.tenantId, t.transferId).where(sql`${t.transferId} is not null`),
    index('stock_movements_po_idx').on(t.tenantId, t.purchaseOrderId).where(sql`${t.purchaseOrderId} is not null`),
    check(
      'stock_movements_qty_sign',
      sql`${t.qty} <> 0 and (${t.kind} in ('adjustment', 'count') or (${t.kind} in ('receipt', 'transfer_in') and ${t.qty} > 0) or (${t.kind} in ('shipment', 'transfer_out') and ${t.qty} < 0))`,
    ),
    check(
      'stock_movements_transfer_linked',
      sql`${t.kind} not in ('transfer_out', 'transfer_in') or ${t.transferId} is not null`,
    ),
  ],
);
