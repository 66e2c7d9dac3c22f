/**
 * Turns a grouped order into what is written: codes resolved to ids, the region found from the ship-to
 * address when the file has none (the orders service's own rule, `regionForShipTo`), the ship-from
 * location found from the lanes when the file has none (`servingLocationId`, asked once per region and
 * SLA in force), then the manual order's own rules (`createOrderInput`) applied to the whole order.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { regions, slas } from '@/db/schema';
import { Invalid } from '../../../errors';
import { localDayOf } from '../../../services/orders/local-time';
import { regionForShipTo, type RegionCandidate } from '../../../services/orders/resolve-region';
import { createOrderInput, statusFromDates, type OrderStatus } from '../../../services/orders/schemas';
import { servingLocationId } from '../../../services/orders/ship-from';
import { locationIdsByCode, regionIdsByCode, skuIdsByCode } from '../../code-maps';
import type { RunEnv } from '../../importer';
import type { OrderGroup } from './group';
import { ORDER_HEADER_COLUMN } from './group';

export interface OrderLineToWrite {
  skuId: string;
  qtyOrdered: number;
  qtyShipped: number;
  qtyShippedFirst: number;
  qtyBackordered: number;
  unitPrice: number;
}

export interface OrderToWrite {
  externalRef: string;
  rows: number[];
  regionId: string;
  shipFromLocationId: string;
  channel: string | null;
  shipToPostalCode: string | null;
  shipToCountry: string | null;
  orderedAt: Date;
  promisedAt: Date | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  shippingCost: number;
  status: OrderStatus;
  lines: OrderLineToWrite[];
}

export interface OrderRefs {
  regionIds: Map<string, string>;
  locationIds: Map<string, string>;
  skuIds: Map<string, string>;
  candidates: RegionCandidate[];
  /** effective_from dates of each region's SLAs, ascending. */
  slaDays: Map<string, string[]>;
  shipToCache: Map<string, string | null>;
  servingCache: Map<string, string | null>;
  /** Every serving location is in servingCache: no lookup may be sent (a COPY streams on the connection). */
  preloaded?: boolean;
}

export async function loadOrderRefs(env: RunEnv): Promise<OrderRefs> {
  const { ctx } = env;
  const candidates = await ctx.tx
    .select({ id: regions.id, country: regions.country, postalPrefixes: regions.postalPrefixes })
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), isNull(regions.archivedAt)));
  const slaRows = await ctx.tx
    .select({ regionId: slas.regionId, day: slas.effectiveFrom })
    .from(slas)
    .where(eq(slas.tenantId, ctx.tenant.id))
    .orderBy(asc(slas.effectiveFrom));
  const slaDays = new Map<string, string[]>();
  for (const s of slaRows) slaDays.set(s.regionId, [...(slaDays.get(s.regionId) ?? []), s.day]);
  return {
    regionIds: await regionIdsByCode(ctx),
    locationIds: await locationIdsByCode(ctx),
    skuIds: await skuIdsByCode(ctx),
    candidates,
    slaDays,
    shipToCache: new Map(),
    servingCache: new Map(),
  };
}

const FIELD_COLUMN: Record<string, string> = {
  externalRef: 'external_ref',
  regionId: 'region_code',
  shipFromLocationId: 'ship_from_location_code',
  lines: 'external_ref',
  skuId: 'sku_code',
  qtyOrdered: 'qty_ordered',
  qtyShipped: 'qty_shipped',
  qtyShippedFirst: 'qty_shipped_first',
  qtyBackordered: 'qty_backordered',
  unitPrice: 'unit_price',
  ...ORDER_HEADER_COLUMN,
};

function regionOfShipTo(refs: OrderRefs, postalCode: string | null, country: string | null): string | null {
  const key = `${postalCode ?? ''}|${country ?? ''}`;
  const cached = refs.shipToCache.get(key);
  if (cached !== undefined) return cached;
  const id = regionForShipTo(refs.candidates, postalCode, country);
  if (refs.shipToCache.size > 100_000) refs.shipToCache.clear();
  refs.shipToCache.set(key, id);
  return id;
}

async function lookUpServing(env: RunEnv, regionId: string, day: string): Promise<string | null> {
  try {
    return await servingLocationId(env.ctx, regionId, day);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return null;
  }
}

/**
 * Looks up the serving location of every region under each of its SLAs (and before the first): the
 * orders run streams its staging COPY on the connection, where no other statement may be sent meanwhile.
 */
export async function preloadServingLocations(env: RunEnv, refs: OrderRefs): Promise<void> {
  for (const regionId of new Set(refs.regionIds.values())) {
    refs.servingCache.set(`${regionId}|none`, await lookUpServing(env, regionId, '0001-01-01'));
    for (const day of refs.slaDays.get(regionId) ?? []) refs.servingCache.set(`${regionId}|${day}`, await lookUpServing(env, regionId, day));
  }
  refs.preloaded = true;
}

async function servingLocation(env: RunEnv, refs: OrderRefs, regionId: string, orderedAt: Date): Promise<string | null> {
  const day = localDayOf(orderedAt, env.ctx.tenant.timezone);
  const inForce = (refs.slaDays.get(regionId) ?? []).filter((d) => d <= day).pop() ?? 'none';
  const key = `${regionId}|${inForce}`;
  const cached = refs.servingCache.get(key);
  if (cached !== undefined) return cached;
  if (refs.preloaded) throw new Error(`serving location of ${key} was not preloaded`);
  const id = await lookUpServing(env, regionId, day);
  refs.servingCache.set(key, id);
  return id;
}

/** The order to write, or null (its problems reported) when it cannot be written. */
export async function resolveOrder(group: OrderGroup, refs: OrderRefs, env: RunEnv): Promise<OrderToWrite | null> {
  if (group.bad) return null;
  const { errors } = env;
  const h = group.header;
  const at = group.firstRow;
  const orderedAt = h.orderedAt as Date;
  const postal = h.shipToPostalCode ?? null;
  const country = h.shipToCountry ?? null;
  let ok = true;

  let regionId: string | null = null;
  if (h.regionCode) {
    regionId = refs.regionIds.get(h.regionCode) ?? null;
    if (!regionId) errors.add(at, 'region_code', `No region has the code ${h.regionCode}. Import the regions file first.`);
  } else if (postal || country) {
    regionId = regionOfShipTo(refs, postal, country);
    if (!regionId) {
      const what = [postal ? `postal code ${postal}` : null, country ? `country ${country}` : null].filter(Boolean).join(' in ');
      errors.add(at, postal ? 'ship_to_postal_code' : 'ship_to_country', `No region matches ${what}: give region_code, or add the postal prefix to a region.`);
    }
  } else {
    errors.add(at, 'region_code', 'Give region_code, or ship_to_postal_code (and ship_to_country) so the region can be found.');
  }
  if (!regionId) ok = false;

  let shipFromLocationId: string | null = null;
  if (h.shipFromCode) {
    shipFromLocationId = refs.locationIds.get(h.shipFromCode) ?? null;
    if (!shipFromLocationId) errors.add(at, 'ship_from_location_code', `No location has the code ${h.shipFromCode}. Import the locations file first.`);
  } else if (regionId) {
    shipFromLocationId = await servingLocation(env, refs, regionId, orderedAt);
    if (!shipFromLocationId) errors.add(at, 'ship_from_location_code', 'No lane serves this region and there is no central location: give ship_from_location_code.');
  }
  if (!shipFromLocationId) ok = false;

  const lines = group.lines.map((line) => {
    const skuId = refs.skuIds.get(line.skuCode);
    if (!skuId) {
      errors.add(line.row, 'sku_code', `No SKU has the code ${line.skuCode}. Import the SKUs file first.`);
      ok = false;
    }
    return { ...line, skuId: skuId ?? '' };
  });
  if (!ok || !regionId || !shipFromLocationId) return null;

  const parsed = createOrderInput.safeParse({
    externalRef: group.externalRef,
    regionId,
    shipFromLocationId,
    channel: h.channel ?? null,
    shipToPostalCode: postal,
    shipToCountry: country,
    orderedAt,
    promisedAt: h.promisedAt ?? null,
    shippedAt: h.shippedAt ?? null,
    deliveredAt: h.deliveredAt ?? null,
    shippingCost: h.shippingCost,
    status: h.status,
    lines: lines.map((l) => ({ skuId: l.skuId, qtyOrdered: l.qtyOrdered, qtyShipped: l.qtyShipped, qtyShippedFirst: l.qtyShippedFirst, qtyBackordered: l.qtyBackordered, unitPrice: l.unitPrice })),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, index, field] = issue.path;
      const lineRow = first === 'lines' && typeof index === 'number' ? lines[index]?.row : undefined;
      const column = FIELD_COLUMN[String(lineRow !== undefined && field !== undefined ? field : first)];
      errors.add(lineRow ?? at, column, issue.message);
    }
    return null;
  }
  const o = parsed.data;
  return {
    externalRef: o.externalRef,
    rows: group.rows,
    regionId,
    shipFromLocationId,
    channel: o.channel ?? null,
    shipToPostalCode: o.shipToPostalCode ?? null,
    shipToCountry: o.shipToCountry ?? null,
    orderedAt: o.orderedAt,
    promisedAt: o.promisedAt ?? null,
    shippedAt: o.shippedAt ?? null,
    deliveredAt: o.deliveredAt ?? null,
    shippingCost: o.shippingCost ?? 0,
    status: statusFromDates(o),
    lines: o.lines.map((l) => {
      const shipped = l.qtyShipped ?? 0;
      return { skuId: l.skuId, qtyOrdered: l.qtyOrdered, qtyShipped: shipped, qtyShippedFirst: l.qtyShippedFirst ?? shipped, qtyBackordered: l.qtyBackordered ?? 0, unitPrice: l.unitPrice ?? 0 };
    }),
  };
}
