/**
 * Orders: the list (server-side sort, search, filters, local-day range, paging), the KPI summary of a
 * period, one order by id, and a single manual order with its lines (the CSV importer validates its rows
 * with the same line and date rules). Pure zod: safe to import from client components.
 */
import { z } from 'zod';
import { listInput } from '../listing/input';
import {
  countryField,
  dateField,
  idField,
  LIMITS,
  moneyField,
  optionalChoiceField,
  optionalIdField,
  optionalNumber,
  optionalText,
  requiredNumber,
} from '../master-data/fields';

export const ORDER_STATUSES = ['open', 'shipped', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = { open: 'Open', shipped: 'Shipped', delivered: 'Delivered', cancelled: 'Cancelled' };

/** Clock skew allowed for "already happened" dates (shipped, delivered). */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** A local-day range (tenant time zone), both ends inclusive and optional. */
const dayRange = {
  from: dateField('From').optional(),
  to: dateField('To').optional(),
};
/** A range whose end is before its start is refused on its `to` (under `at`, e.g. ['filters']). */
function refineDayRange(at: string[] = []) {
  return (value: { from?: string | undefined; to?: string | undefined; filters?: { from?: string | undefined; to?: string | undefined } }, ctx: z.RefinementCtx) => {
    const range = at.length ? value.filters : value;
    if (range?.from && range.to && range.from > range.to) ctx.addIssue({ code: 'custom', path: [...at, 'to'], message: 'The end of the period must be on or after its start.' });
  };
}

export const ORDER_SORT_KEYS = ['orderedAt', 'externalRef', 'region', 'shipFrom', 'status', 'units', 'shippingCost', 'promisedAt', 'deliveredAt'] as const;
export type OrderSortKey = (typeof ORDER_SORT_KEYS)[number];

/**
 * The list: equality filters plus a local-day range, all in `filters` (so the table state and the CSV
 * export carry them like any other filter).
 */
export const listOrdersInput = listInput({
  sort: ORDER_SORT_KEYS,
  defaultSort: 'orderedAt',
  defaultDirection: 'desc',
  filters: {
    regionId: idField('region'),
    shipFromLocationId: idField('ship-from location'),
    status: z.enum(ORDER_STATUSES, { error: `Status must be one of: ${ORDER_STATUSES.join(', ')}.` }),
    ...dayRange,
  },
}).superRefine(refineDayRange(['filters']));
export type ListOrdersInput = z.infer<typeof listOrdersInput>;

/** The KPI cards of the orders page: the region/ship-from/period filters of the list (kpi_daily has no status or text). */
export const orderKpisInput = z
  .object({
    regionId: idField('region').optional(),
    shipFromLocationId: idField('ship-from location').optional(),
    ...dayRange,
  })
  .superRefine(refineDayRange());
export type OrderKpisInput = z.infer<typeof orderKpisInput>;

export const orderIdInput = z.object({ id: idField('order') });

const quantity = (label: string) => optionalNumber(label, { int: true, min: 0, max: LIMITS.integer });

export const orderLineInput = z
  .object({
    skuId: idField('SKU'),
    qtyOrdered: requiredNumber('Quantity ordered', { int: true, min: 1, max: LIMITS.integer }),
    qtyShipped: quantity('Quantity shipped'),
    /** Units shipped from stock on the first shipment; defaults to the units shipped. */
    qtyShippedFirst: quantity('Quantity shipped on first shipment'),
    qtyBackordered: quantity('Quantity backordered'),
    unitPrice: moneyField('Unit price'),
  })
  .superRefine((line, ctx) => {
    const shipped = line.qtyShipped ?? 0;
    const first = line.qtyShippedFirst ?? shipped;
    if (first > Math.min(shipped, line.qtyOrdered)) {
      ctx.addIssue({ code: 'custom', path: ['qtyShippedFirst'], message: 'Units shipped on the first shipment cannot exceed the units shipped or ordered.' });
    }
    if ((line.qtyBackordered ?? 0) > line.qtyOrdered) {
      ctx.addIssue({ code: 'custom', path: ['qtyBackordered'], message: 'Units backordered cannot exceed the units ordered.' });
    }
  });
export type OrderLineInput = z.infer<typeof orderLineInput>;

/** A timestamp: a Date, or text with a time zone (the form converts its local time to an instant). */
function instantField(label: string) {
  return z.preprocess(
    (v) => (v === '' || v === null ? null : typeof v === 'string' ? new Date(v) : v),
    z.date({ error: `${label} must be a date and time.` }).refine((d) => !Number.isNaN(d.getTime()), `${label} must be a date and time.`).nullable().optional(),
  );
}

export const createOrderInput = z
  .object({
    externalRef: z.string({ error: 'Order number is required.' }).trim().min(1, 'Order number is required.').max(100, 'Order number must be at most 100 characters.'),
    /** Left out: the region whose postal prefix matches the ship-to postal code (longest prefix wins). */
    regionId: optionalIdField('region'),
    /** Left out: the location whose lane serves the region (cheapest lane that meets the SLA, else fastest). */
    shipFromLocationId: optionalIdField('ship-from location'),
    channel: optionalText('Channel', 60),
    shipToPostalCode: optionalText('Ship-to postal code', 20),
    shipToCountry: z.preprocess((v) => (v === '' ? null : v), countryField('Ship-to country').nullable().optional()),
    orderedAt: z.preprocess((v) => (typeof v === 'string' && v !== '' ? new Date(v) : v), z.date({ error: 'Ordered at must be a date and time.' }).refine((d) => !Number.isNaN(d.getTime()), 'Ordered at must be a date and time.')),
    promisedAt: instantField('Promised by'),
    shippedAt: instantField('Shipped at'),
    deliveredAt: instantField('Delivered at'),
    shippingCost: moneyField('Shipping cost'),
    /** Left out: delivered when delivered_at is given, shipped when shipped_at is, else open. */
    status: optionalChoiceField('Status', ORDER_STATUSES),
    lines: z.array(orderLineInput, { error: 'Add at least one line.' }).min(1, 'Add at least one line.').max(500, 'At most 500 lines per order.'),
  })
  .superRefine((o, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const ordered = o.orderedAt.getTime();
    const latest = Date.now() + FUTURE_TOLERANCE_MS;
    if (o.promisedAt && o.promisedAt.getTime() < ordered) issue(['promisedAt'], 'The promised date cannot be before the order was placed.');
    if (o.shippedAt && o.shippedAt.getTime() < ordered) issue(['shippedAt'], 'An order cannot ship before it was placed.');
    if (o.shippedAt && o.shippedAt.getTime() > latest) issue(['shippedAt'], 'The ship date cannot be in the future.');
    if (o.deliveredAt && o.deliveredAt.getTime() < (o.shippedAt ?? o.orderedAt).getTime()) issue(['deliveredAt'], 'An order cannot be delivered before it was placed and shipped.');
    if (o.deliveredAt && o.deliveredAt.getTime() > latest) issue(['deliveredAt'], 'The delivery date cannot be in the future.');
    if (o.status === 'delivered' && !o.deliveredAt) issue(['deliveredAt'], 'A delivered order needs its delivery date.');
    if (o.status === 'open' && (o.shippedAt || o.deliveredAt)) issue(['status'], 'An order with a ship or delivery date is not open.');
    if (!o.regionId && !o.shipToPostalCode && !o.shipToCountry) issue(['regionId'], 'Choose a region, or give the ship-to postal code so it can be found.');
    const seen = new Set<string>();
    o.lines.forEach((line, i) => {
      if (seen.has(line.skuId)) issue(['lines', i, 'skuId'], 'This SKU is already on another line; put its units on one line.');
      seen.add(line.skuId);
    });
  });
export type CreateOrderInput = z.infer<typeof createOrderInput>;

/** An edit replaces the order's header and lines (the same rules as a new order). */
export const updateOrderInput = z.object({ id: idField('order'), order: createOrderInput });
export type UpdateOrderInput = z.infer<typeof updateOrderInput>;

export const cancelOrderInput = z.object({
  id: idField('order'),
  reason: z.string().trim().max(500, 'Keep the reason under 500 characters.').optional(),
});
export type CancelOrderInput = z.infer<typeof cancelOrderInput>;

/** The status an order has from its dates when none is given. */
export function statusFromDates(o: { status?: OrderStatus | undefined; shippedAt?: Date | null; deliveredAt?: Date | null }): OrderStatus {
  if (o.status) return o.status;
  if (o.deliveredAt) return 'delivered';
  if (o.shippedAt) return 'shipped';
  return 'open';
}

export const orderSkuSearchInput = z.object({ search: z.string().trim().min(1, 'Type part of a SKU code or name.').max(100, 'Search at most 100 characters.') });
