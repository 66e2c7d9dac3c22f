/** What the tenant sells and who supplies it: suppliers and SKUs (master data, archived, never deleted). */
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { auditTimestamps, idColumn, money, tenantIdColumn, timestamptz } from './columns';

/** A duration in (fractional) days: numeric(6,2). */
const days = (name: string) => numeric(name, { precision: 6, scale: 2, mode: 'number' });

export const suppliers = pgTable(
  'suppliers',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** ISO 3166-1 alpha-2; decides whether an arrival crosses a border. */
    country: text('country').notNull(),
    /** Order to arrival, in days. */
    leadTimeDays: days('lead_time_days').notNull(),
    leadTimeSdDays: days('lead_time_sd_days').notNull().default(0),
    email: text('email'),
    notes: text('notes'),
    archivedAt: timestamptz('archived_at'),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'suppliers_pkey', columns: [t.tenantId, t.id] }),
    unique('suppliers_code_key').on(t.tenantId, t.code),
    check('suppliers_country_format', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('suppliers_lead_time_nonnegative', sql`${t.leadTimeDays} >= 0 and ${t.leadTimeSdDays} >= 0`),
  ],
);

export const skus = pgTable(
  'skus',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    category: text('category'),
    unitCost: money('unit_cost').notNull(),
    unitPrice: money('unit_price').notNull().default(0),
    weightKg: numeric('weight_kg', { precision: 12, scale: 4, mode: 'number' }),
    volumeM3: numeric('volume_m3', { precision: 12, scale: 6, mode: 'number' }),
    /** Units per case: orders and splits are rounded to it. */
    casePack: integer('case_pack').notNull().default(1),
    /** Minimum order quantity from the supplier, in units. */
    moq: integer('moq').notNull().default(0),
    /** Nullable: with MATCH SIMPLE the composite key is not checked while supplier_id is null. */
    supplierId: uuid('supplier_id'),
    /** Overrides the supplier's lead time for this SKU. */
    leadTimeDaysOverride: days('lead_time_days_override'),
    hsCode: text('hs_code'),
    notes: text('notes'),
    /** Planning: this SKU's own stocking policy ({ mode, minDemandShare? }), overriding its ABC class's; null = follow the class. */
    stockingPolicy: jsonb('stocking_policy').$type<{ mode: 'every-node' | 'central' | 'demand-share'; minDemandShare?: number }>(),
    archivedAt: timestamptz('archived_at'),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'skus_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'skus_supplier_fk',
      columns: [t.tenantId, t.supplierId],
      foreignColumns: [suppliers.tenantId, suppliers.id],
    }),
    unique('skus_code_key').on(t.tenantId, t.code),
    index('skus_supplier_idx').on(t.tenantId, t.supplierId),
    index('skus_category_idx').on(t.tenantId, t.category),
    check('skus_prices_nonnegative', sql`${t.unitCost} >= 0 and ${t.unitPrice} >= 0`),
    check('skus_dimensions_nonnegative', sql`${t.weightKg} >= 0 and ${t.volumeM3} >= 0`),
    check('skus_case_pack_positive', sql`${t.casePack} > 0`),
    check('skus_moq_nonnegative', sql`${t.moq} >= 0`),
    check('skus_lead_time_nonnegative', sql`${t.leadTimeDaysOverride} >= 0`),
  ],
);
