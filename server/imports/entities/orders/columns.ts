/**
 * Orders CSV: one row per order line. The columns, and the row schema that turns the cells of one row
 * into typed values (timestamps without a zone are local times of the tenant). The rules of an order as
 * a whole (dates in order, status, one line per SKU, quantities) are the manual order's own
 * (`createOrderInput`), applied to each order once its lines are grouped.
 */
import { z } from 'zod';
import { ORDER_STATUSES, type OrderStatus } from '../../../services/orders/schemas';
import { LIMITS } from '../../../services/master-data/fields';
import { choiceCell, codeCell, countryCell, numberCell, textCell, timestampCell } from '../../cells/cells';
import { LocalTimeZone } from '../../cells/timestamp';
import type { ColumnSpec } from '../../columns';

export const ORDER_COLUMNS: readonly ColumnSpec[] = [
  { name: 'external_ref', field: 'externalRef', required: true, type: 'text', examples: ['SO-10001', 'SO-10001'], description: 'Your order number. All lines of one order go on consecutive rows. Re-importing an order replaces it.', aliases: ['order_number', 'order_ref', 'order'] },
  { name: 'ordered_at', field: 'orderedAt', required: true, type: 'timestamp', examples: ['2025-03-03 09:14', '2025-03-03 09:14'], description: 'When the order was placed. Without a zone: your organization’s time zone.' },
  { references: 'regions', referenceOrder: 'same', name: 'region_code', field: 'regionCode', required: false, type: 'code', examples: ['US-S', 'US-S'], description: 'The region, by code. Blank: found from ship_to_postal_code (longest matching prefix), else ship_to_country when it has one region.', aliases: ['region'] },
  { name: 'ship_to_postal_code', field: 'shipToPostalCode', required: false, type: 'text', examples: ['75201', '75201'], description: 'Postal code of the delivery address.', aliases: ['postal_code'] },
  { name: 'ship_to_country', field: 'shipToCountry', required: false, type: 'country', examples: ['US', 'US'], description: 'Country of the delivery address (ISO two-letter code).', aliases: ['country'] },
  { name: 'channel', field: 'channel', required: false, type: 'text', examples: ['web', 'web'], description: 'Sales channel (web, marketplace, B2B…).' },
  { references: 'locations', referenceOrder: 'same', name: 'ship_from_location_code', field: 'shipFromCode', required: false, type: 'code', examples: ['DAL-RDC', 'DAL-RDC'], description: 'The location it shipped from, by code. Blank: the location whose lane serves the region.', aliases: ['ship_from', 'location_code'] },
  { name: 'promised_at', field: 'promisedAt', required: false, type: 'timestamp', examples: ['2025-03-05 18:00', '2025-03-05 18:00'], description: 'Delivery promised to the customer (on-time = delivered by then).' },
  { name: 'shipped_at', field: 'shippedAt', required: false, type: 'timestamp', examples: ['2025-03-03 16:40', '2025-03-03 16:40'], description: 'When it shipped.' },
  { name: 'delivered_at', field: 'deliveredAt', required: false, type: 'timestamp', examples: ['2025-03-05 11:02', '2025-03-05 11:02'], description: 'When it was delivered.' },
  { name: 'shipping_cost', field: 'shippingCost', required: false, type: 'money', examples: ['8.90', '8.90'], description: 'Shipping cost of the whole order, in your currency, repeated on each of its lines (they must agree). Blank: 0.' },
  { name: 'status', field: 'status', required: false, type: 'choice', choices: ORDER_STATUSES, examples: ['', ''], description: 'Blank: delivered with a delivery date, shipped with a ship date, else open.' },
  { references: 'skus', name: 'sku_code', field: 'skuCode', required: true, type: 'code', examples: ['SKU-1001', 'SKU-1002'], description: 'The SKU of the line, by code.', aliases: ['sku'] },
  { name: 'qty_ordered', field: 'qtyOrdered', required: true, type: 'integer', examples: ['2', '1'], description: 'Units ordered (at least 1).' },
  { name: 'qty_shipped', field: 'qtyShipped', required: false, type: 'integer', examples: ['2', '1'], description: 'Units shipped, over every shipment. Blank: 0.' },
  { name: 'qty_shipped_first', field: 'qtyShippedFirst', required: false, type: 'integer', examples: ['2', '1'], description: 'Units shipped from stock on the first shipment (line fill rate). Blank: qty_shipped.' },
  { name: 'qty_backordered', field: 'qtyBackordered', required: false, type: 'integer', examples: ['0', '0'], description: 'Units backordered. Blank: 0.' },
  { name: 'unit_price', field: 'unitPrice', required: false, type: 'money', examples: ['29.99', '149.00'], description: 'Selling price per unit, in your currency. Blank: 0.' },
];

/** The order-level columns: repeated on every line of an order, and they must agree. */
export const ORDER_HEADER_FIELDS = [
  'orderedAt',
  'regionCode',
  'shipToPostalCode',
  'shipToCountry',
  'channel',
  'shipFromCode',
  'promisedAt',
  'shippedAt',
  'deliveredAt',
  'shippingCost',
  'status',
] as const;
export type OrderHeaderField = (typeof ORDER_HEADER_FIELDS)[number];

export interface OrderCsvRow {
  externalRef: string;
  orderedAt: Date;
  /** undefined = blank cell (on a later line of an order: the same as above). */
  regionCode?: string;
  shipToPostalCode?: string;
  shipToCountry?: string;
  channel?: string;
  shipFromCode?: string;
  promisedAt?: Date;
  shippedAt?: Date;
  deliveredAt?: Date;
  shippingCost?: number;
  status?: OrderStatus;
  skuCode: string;
  qtyOrdered: number;
  qtyShipped?: number;
  qtyShippedFirst?: number;
  qtyBackordered?: number;
  unitPrice?: number;
}

const MONEY = { min: 0, max: LIMITS.money };
const UNITS = { int: true, min: 0, max: LIMITS.integer };

/** The row schema of a tenant (its time zone reads local times). Blank cells are undefined. */
export function orderRowSchema(timeZone: string): z.ZodType<OrderCsvRow> {
  const zone = new LocalTimeZone(timeZone);
  return z.object({
    externalRef: textCell('Order number', 100, true),
    orderedAt: timestampCell('Ordered at', zone, true),
    regionCode: codeCell('Region code', false),
    shipToPostalCode: textCell('Ship-to postal code', 20, false),
    shipToCountry: countryCell('Ship-to country'),
    channel: textCell('Channel', 60, false),
    shipFromCode: codeCell('Ship-from location code', false),
    promisedAt: timestampCell('Promised at', zone, false),
    shippedAt: timestampCell('Shipped at', zone, false),
    deliveredAt: timestampCell('Delivered at', zone, false),
    shippingCost: numberCell('Shipping cost', MONEY, false),
    status: choiceCell('Status', ORDER_STATUSES),
    skuCode: codeCell('SKU code', true),
    qtyOrdered: numberCell('Quantity ordered', { int: true, min: 1, max: LIMITS.integer }, true),
    qtyShipped: numberCell('Quantity shipped', UNITS, false),
    qtyShippedFirst: numberCell('Quantity shipped on first shipment', UNITS, false),
    qtyBackordered: numberCell('Quantity backordered', UNITS, false),
    unitPrice: numberCell('Unit price', MONEY, false),
  }) as unknown as z.ZodType<OrderCsvRow>;
}
