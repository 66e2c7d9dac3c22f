/**
 * The network: where stock sits (locations), where demand is (regions), what each region is promised
 * (slas), how a location serves a region (lanes) and how stock moves between locations (transfer_lanes).
 * Tenant tables: `(tenant_id, id)` keys, composite foreign keys, master data archived, never deleted.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { auditTimestamps, idColumn, money, ratio, tenantIdColumn, timestamptz } from './columns';
import { organizations } from './tenancy';

export const locationKind = pgEnum('location_kind', ['warehouse', 'dc', '3pl', 'store', 'port', 'bonded', 'ftz']);
export const laneMode = pgEnum('lane_mode', ['parcel', 'ltl', 'ftl', 'courier', 'ocean', 'air', 'rail']);

/** Degrees of latitude/longitude: numeric(9,6), about 0.1 m. */
const degrees = (name: string) => numeric(name, { precision: 9, scale: 6, mode: 'number' });
/** A duration in (fractional) days: numeric(6,2). */
const days = (name: string) => numeric(name, { precision: 6, scale: 2, mode: 'number' });

export const locations = pgTable(
  'locations',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: locationKind('kind').notNull().default('warehouse'),
    /** ISO 3166-1 alpha-2. */
    country: text('country').notNull(),
    city: text('city'),
    postalCode: text('postal_code'),
    lat: degrees('lat'),
    lng: degrees('lng'),
    /** Storage capacity in units; null = not constrained. */
    capacityUnits: integer('capacity_units'),
    /** Annual holding cost as a fraction of unit cost (0.25 = 25 % a year). */
    holdingRate: ratio('holding_rate').notNull().default(0.25),
    fixedCostMonth: money('fixed_cost_month').notNull().default(0),
    handlingCostUnit: money('handling_cost_unit').notNull().default(0),
    /** The central node: C items are held here and shipped from here. */
    isCentral: boolean('is_central').notNull().default(false),
    /** The provider organization (3PL) that operates this location, if any. */
    operatedBy: uuid('operated_by').references(() => organizations.id, { onDelete: 'set null' }),
    notes: text('notes'),
    archivedAt: timestamptz('archived_at'),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'locations_pkey', columns: [t.tenantId, t.id] }),
    unique('locations_code_key').on(t.tenantId, t.code),
    check('locations_country_format', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('locations_lat_range', sql`${t.lat} between -90 and 90`),
    check('locations_lng_range', sql`${t.lng} between -180 and 180`),
    check('locations_capacity_positive', sql`${t.capacityUnits} > 0`),
    check('locations_holding_rate_range', sql`${t.holdingRate} between 0 and 1`),
    check('locations_costs_nonnegative', sql`${t.fixedCostMonth} >= 0 and ${t.handlingCostUnit} >= 0`),
  ],
);

export const regions = pgTable(
  'regions',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text('country').notNull(),
    centroidLat: degrees('centroid_lat'),
    centroidLng: degrees('centroid_lng'),
    /** Ship-to postal codes starting with one of these belong to this region (longest prefix wins). */
    postalPrefixes: text('postal_prefixes').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    archivedAt: timestamptz('archived_at'),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'regions_pkey', columns: [t.tenantId, t.id] }),
    unique('regions_code_key').on(t.tenantId, t.code),
    check('regions_country_format', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('regions_centroid_lat_range', sql`${t.centroidLat} between -90 and 90`),
    check('regions_centroid_lng_range', sql`${t.centroidLng} between -180 and 180`),
  ],
);

/** A region's service promise, dated: the row with the latest effective_from <= day applies. */
export const slas = pgTable(
  'slas',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    regionId: uuid('region_id').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    targetDeliveryDays: days('target_delivery_days').notNull(),
    /** Units shipped from stock on first shipment / units ordered. */
    targetFillRate: ratio('target_fill_rate').notNull().default(0.95),
    /** Probability of no stock-out in a replenishment cycle; strictly between 0 and 1 (z is finite). */
    targetCycleServiceLevel: ratio('target_cycle_service_level').notNull().default(0.95),
    notes: text('notes'),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'slas_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'slas_region_fk',
      columns: [t.tenantId, t.regionId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    unique('slas_region_effective_key').on(t.tenantId, t.regionId, t.effectiveFrom),
    check('slas_delivery_days_positive', sql`${t.targetDeliveryDays} > 0`),
    check('slas_fill_rate_range', sql`${t.targetFillRate} between 0 and 1`),
    check('slas_csl_range', sql`${t.targetCycleServiceLevel} > 0 and ${t.targetCycleServiceLevel} < 1`),
  ],
);

/** How a location serves a region: one row per mode. */
export const lanes = pgTable(
  'lanes',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    locationId: uuid('location_id').notNull(),
    regionId: uuid('region_id').notNull(),
    mode: laneMode('mode').notNull().default('parcel'),
    transitDays: days('transit_days').notNull(),
    transitDaysSd: days('transit_days_sd').notNull().default(0),
    costPerUnit: money('cost_per_unit').notNull().default(0),
    costPerKg: money('cost_per_kg').notNull().default(0),
    notes: text('notes'),
    archivedAt: timestamptz('archived_at'),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'lanes_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'lanes_location_fk',
      columns: [t.tenantId, t.locationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'lanes_region_fk',
      columns: [t.tenantId, t.regionId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    unique('lanes_location_region_mode_key').on(t.tenantId, t.locationId, t.regionId, t.mode),
    index('lanes_region_idx').on(t.tenantId, t.regionId),
    check('lanes_transit_days_nonnegative', sql`${t.transitDays} >= 0 and ${t.transitDaysSd} >= 0`),
    check('lanes_costs_nonnegative', sql`${t.costPerUnit} >= 0 and ${t.costPerKg} >= 0`),
  ],
);

/** How stock moves between two locations (one direction per row); customs_days when it crosses a border. */
export const transferLanes = pgTable(
  'transfer_lanes',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    fromLocationId: uuid('from_location_id').notNull(),
    toLocationId: uuid('to_location_id').notNull(),
    transitDays: days('transit_days').notNull(),
    costPerUnit: money('cost_per_unit').notNull().default(0),
    customsDays: days('customs_days').notNull().default(0),
    notes: text('notes'),
    archivedAt: timestamptz('archived_at'),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'transfer_lanes_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'transfer_lanes_from_fk',
      columns: [t.tenantId, t.fromLocationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'transfer_lanes_to_fk',
      columns: [t.tenantId, t.toLocationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    unique('transfer_lanes_from_to_key').on(t.tenantId, t.fromLocationId, t.toLocationId),
    index('transfer_lanes_to_idx').on(t.tenantId, t.toLocationId),
    check('transfer_lanes_distinct', sql`${t.fromLocationId} <> ${t.toLocationId}`),
    check('transfer_lanes_days_nonnegative', sql`${t.transitDays} >= 0 and ${t.customsDays} >= 0`),
    check('transfer_lanes_cost_nonnegative', sql`${t.costPerUnit} >= 0`),
  ],
);
