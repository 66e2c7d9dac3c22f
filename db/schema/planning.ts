/**
 * What a planning run produces: forecasts per SKU x region, stock targets per SKU x location,
 * recommendations, and network scenarios. Outputs belong to their run (cascade on run delete), so old
 * runs can be pruned whole; a recommendation that became a transfer or purchase order keeps its run.
 *
 * planning.ts and stock.ts reference each other; see the note at the top of stock.ts.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  type PgTableExtraConfigValue,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditTimestamps, idColumn, ratio, tenantIdColumn, timestamptz } from './columns';
import { users } from './auth';
import { locations, regions } from './network';
import { skus, suppliers } from './catalog';
import { purchaseOrders, transfers } from './stock';

export const planningRunStatus = pgEnum('planning_run_status', ['queued', 'running', 'succeeded', 'failed']);
export const recommendationKind = pgEnum('recommendation_kind', [
  'replenish',
  'transfer',
  'centralize',
  'decentralize',
  'inbound_split',
]);
export const recommendationStatus = pgEnum('recommendation_status', ['open', 'accepted', 'dismissed', 'superseded']);
export const abcClass = pgEnum('abc_class', ['A', 'B', 'C']);
export const xyzClass = pgEnum('xyz_class', ['X', 'Y', 'Z']);

export const planningRuns = pgTable(
  'planning_runs',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    status: planningRunStatus('status').notNull().default('queued'),
    /** Everything the run was asked to use (service-level overrides, ABC cuts, horizon, trigger). */
    parameters: jsonb('parameters').$type<Record<string, unknown>>().notNull().default({}),
    startedAt: timestamptz('started_at'),
    finishedAt: timestamptz('finished_at'),
    /** Milliseconds per phase, e.g. { load, forecast, targets, recommendations, write }. */
    timings: jsonb('timings').$type<Record<string, number>>(),
    /** Rows produced per kind, e.g. { forecasts, stockTargets, recommendations }. */
    counts: jsonb('counts').$type<Record<string, number>>(),
    error: text('error'),
    /** manual | nightly | seed | import. */
    trigger: text('trigger').notNull().default('manual'),
    /** The phase in progress (queued, load, segment, forecast, targets, recommend, write, done) and its percent. */
    phase: text('phase').notNull().default('queued'),
    progressPercent: integer('progress_percent').notNull().default(0),
    /** completed | insufficient_history, once succeeded; `message` says it in words. */
    outcome: text('outcome'),
    message: text('message'),
    /** Monday (tenant timezone) after the last history week, and the weeks forecast from it. */
    asOfWeek: date('as_of_week', { mode: 'string' }),
    horizonWeeks: integer('horizon_weeks'),
    /** The tenant total (history, forecast, band), accuracy against seasonal naive, counts by class. */
    summary: jsonb('summary').$type<Record<string, unknown>>(),
    /** Null for scheduled (nightly) runs. */
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'planning_runs_pkey', columns: [t.tenantId, t.id] }),
    index('planning_runs_created_idx').on(t.tenantId, t.createdAt),
    // At most one queued or running run per tenant: a second request gets a conflict, not a duplicate run.
    uniqueIndex('planning_runs_one_active_key')
      .on(t.tenantId)
      .where(sql`${t.status} in ('queued', 'running')`),
    check('planning_runs_finished_after_started', sql`${t.finishedAt} >= ${t.startedAt}`),
    check('planning_runs_percent_range', sql`${t.progressPercent} between 0 and 100`),
  ],
);

/**
 * The forecast of a SKU's total demand in a run (one model per SKU, split to regions in `forecasts`), with
 * what the Forecasts page shows: the weekly history it was fitted on, classes, and every candidate's holdout score.
 */
export const skuForecasts = pgTable(
  'sku_forecasts',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    runId: uuid('run_id').notNull(),
    skuId: uuid('sku_id').notNull(),
    method: text('method').notNull(),
    pattern: text('pattern').notNull(),
    abcClass: abcClass('abc_class').notNull(),
    xyzClass: xyzClass('xyz_class').notNull(),
    cv: doublePrecision('cv'),
    adi: doublePrecision('adi'),
    mase: doublePrecision('mase'),
    wape: doublePrecision('wape'),
    bias: doublePrecision('bias'),
    /** [{ method, mase, wape, bias }] best first (auto selection). */
    candidates: jsonb('candidates').$type<{ method: string; mase: number | null; wape: number | null; bias: number | null }[]>().notNull().default([]),
    /** Monday of the first history week; history runs to the run's as_of_week (exclusive). */
    historyStartWeek: date('history_start_week', { mode: 'string' }).notNull(),
    history: doublePrecision('history').array().notNull(),
    firstWeek: date('first_week', { mode: 'string' }).notNull(),
    weeklyValues: doublePrecision('weekly_values').array().notNull(),
    weeklyLower: doublePrecision('weekly_lower').array().notNull(),
    weeklyUpper: doublePrecision('weekly_upper').array().notNull(),
    sigma: doublePrecision('sigma'),
    historyUnits: doublePrecision('history_units').notNull(),
    forecastUnits: doublePrecision('forecast_units').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'sku_forecasts_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'sku_forecasts_run_fk',
      columns: [t.tenantId, t.runId],
      foreignColumns: [planningRuns.tenantId, planningRuns.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'sku_forecasts_sku_fk',
      columns: [t.tenantId, t.skuId],
      foreignColumns: [skus.tenantId, skus.id],
    }),
    unique('sku_forecasts_run_sku_key').on(t.tenantId, t.runId, t.skuId),
  ],
);

/** One row per tenant: stocking policy per ABC class, ABC cuts, service levels, horizon, nightly schedule, retention. */
export const planningSettings = pgTable(
  'planning_settings',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    /** The validated settings (server/services/planning-settings/schemas.ts#planningSettingsSchema). */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'planning_settings_pkey', columns: [t.tenantId, t.id] }),
    unique('planning_settings_tenant_key').on(t.tenantId),
  ],
);

/** One forecast per run x SKU x region: weekly values from first_week on, with prediction bounds. */
export const forecasts = pgTable(
  'forecasts',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    runId: uuid('run_id').notNull(),
    skuId: uuid('sku_id').notNull(),
    regionId: uuid('region_id').notNull(),
    /** The chosen method, e.g. seasonal_naive, ses, holt_damped, holt_winters_add, croston, sba, tsb. */
    method: text('method').notNull(),
    /** Holdout accuracy of the chosen method; null when history is too short to hold out. */
    mase: doublePrecision('mase'),
    wape: doublePrecision('wape'),
    bias: doublePrecision('bias'),
    /** Monday of the first forecast week (ISO week, tenant time zone). */
    firstWeek: date('first_week', { mode: 'string' }).notNull(),
    horizonWeeks: integer('horizon_weeks').notNull(),
    /** Units per week, one entry per horizon week. */
    weeklyValues: doublePrecision('weekly_values').array().notNull(),
    /** Residual standard deviation of weekly demand (units/week): the safety-stock input. */
    sigma: doublePrecision('sigma'),
    weeklyLower: doublePrecision('weekly_lower').array(),
    weeklyUpper: doublePrecision('weekly_upper').array(),
    /** The region's share of the SKU's forecast, and the sums behind the list's sort keys (units). */
    share: doublePrecision('share'),
    historyUnits: doublePrecision('history_units'),
    forecastUnits: doublePrecision('forecast_units'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'forecasts_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'forecasts_run_fk',
      columns: [t.tenantId, t.runId],
      foreignColumns: [planningRuns.tenantId, planningRuns.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'forecasts_sku_fk',
      columns: [t.tenantId, t.skuId],
      foreignColumns: [skus.tenantId, skus.id],
    }),
    foreignKey({
      name: 'forecasts_region_fk',
      columns: [t.tenantId, t.regionId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    unique('forecasts_run_sku_region_key').on(t.tenantId, t.runId, t.skuId, t.regionId),
    index('forecasts_sku_region_idx').on(t.tenantId, t.skuId, t.regionId),
    check('forecasts_horizon_positive', sql`${t.horizonWeeks} > 0`),
    check('forecasts_values_length', sql`cardinality(${t.weeklyValues}) = ${t.horizonWeeks}`),
    check('forecasts_sigma_nonnegative', sql`${t.sigma} >= 0`),
  ],
);

/** Targets per run x SKU x location (DESIGN.md §5): demand rate, safety stock, reorder point, order-up-to. */
export const stockTargets = pgTable(
  'stock_targets',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    runId: uuid('run_id').notNull(),
    skuId: uuid('sku_id').notNull(),
    locationId: uuid('location_id').notNull(),
    demandPerDay: doublePrecision('demand_per_day').notNull(),
    demandSdPerDay: doublePrecision('demand_sd_per_day').notNull().default(0),
    leadTimeDays: doublePrecision('lead_time_days'),
    safetyStock: integer('safety_stock').notNull(),
    reorderPoint: integer('reorder_point').notNull(),
    orderUpTo: integer('order_up_to').notNull(),
    /** The service level the targets were computed for (the SLA of the regions this location serves). */
    serviceLevel: ratio('service_level').notNull(),
    abcClass: abcClass('abc_class').notNull(),
    xyzClass: xyzClass('xyz_class').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'stock_targets_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'stock_targets_run_fk',
      columns: [t.tenantId, t.runId],
      foreignColumns: [planningRuns.tenantId, planningRuns.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'stock_targets_sku_fk',
      columns: [t.tenantId, t.skuId],
      foreignColumns: [skus.tenantId, skus.id],
    }),
    foreignKey({
      name: 'stock_targets_location_fk',
      columns: [t.tenantId, t.locationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    unique('stock_targets_run_sku_location_key').on(t.tenantId, t.runId, t.skuId, t.locationId),
    index('stock_targets_sku_location_idx').on(t.tenantId, t.skuId, t.locationId),
    index('stock_targets_location_idx').on(t.tenantId, t.locationId),
    check(
      'stock_targets_demand_nonnegative',
      sql`${t.demandPerDay} >= 0 and ${t.demandSdPerDay} >= 0 and ${t.leadTimeDays} >= 0`,
    ),
    check('stock_targets_levels', sql`${t.safetyStock} >= 0 and ${t.reorderPoint} >= 0 and ${t.orderUpTo} >= ${t.reorderPoint}`),
    check('stock_targets_service_level_range', sql`${t.serviceLevel} between 0 and 1`),
  ],
);

/**
 * What to do next, with why and what it is worth. Accepting creates a transfer or a purchase order
 * (recorded both here and on the created row); a newer run supersedes what is still open.
 */
export const recommendations = pgTable(
  'recommendations',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    runId: uuid('run_id').notNull(),
    kind: recommendationKind('kind').notNull(),
    status: recommendationStatus('status').notNull().default('open'),
    skuId: uuid('sku_id').notNull(),
    fromLocationId: uuid('from_location_id'),
    toLocationId: uuid('to_location_id'),
    regionId: uuid('region_id'),
    /** The arrival an inbound_split divides. */
    purchaseOrderId: uuid('purchase_order_id'),
    qty: integer('qty'),
    /** Supplier a replenishment is bought from. */
    supplierId: uuid('supplier_id'),
    reason: text('reason').notNull(),
    /** The numbers behind `reason`: [{ label, value, unit }]. */
    facts: jsonb('facts').$type<{ label: string; value: number | string; unit: string | null }[]>().notNull().default([]),
    /** Order inside a kind, higher first: urgency band x 1e9 + value at stake. */
    score: doublePrecision('score').notNull().default(0),
    /** Hidden from the open list until this day (tenant timezone). */
    snoozedUntil: date('snoozed_until', { mode: 'string' }),
    /** Units actually accepted (the user may edit the quantity). */
    acceptedQty: integer('accepted_qty'),
    /** Expected effect: units, cost, days of supply after, SLA effect. */
    impact: jsonb('impact').$type<Record<string, unknown>>().notNull().default({}),
    /** Higher first. */
    priority: integer('priority').notNull().default(0),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamptz('decided_at'),
    /** Why it was dismissed (or a note on acceptance). */
    decisionNote: text('decision_note'),
    createdTransferId: uuid('created_transfer_id'),
    createdPurchaseOrderId: uuid('created_purchase_order_id'),
    ...auditTimestamps(),
  },
  // Annotated: the stock <-> planning references would otherwise make this type circular.
  (t): PgTableExtraConfigValue[] => [
    primaryKey({ name: 'recommendations_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'recommendations_run_fk',
      columns: [t.tenantId, t.runId],
      foreignColumns: [planningRuns.tenantId, planningRuns.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'recommendations_sku_fk',
      columns: [t.tenantId, t.skuId],
      foreignColumns: [skus.tenantId, skus.id],
    }),
    foreignKey({
      name: 'recommendations_from_fk',
      columns: [t.tenantId, t.fromLocationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'recommendations_to_fk',
      columns: [t.tenantId, t.toLocationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'recommendations_region_fk',
      columns: [t.tenantId, t.regionId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    foreignKey({
      name: 'recommendations_po_fk',
      columns: [t.tenantId, t.purchaseOrderId],
      foreignColumns: [purchaseOrders.tenantId, purchaseOrders.id],
    }),
    foreignKey({
      name: 'recommendations_created_transfer_fk',
      columns: [t.tenantId, t.createdTransferId],
      foreignColumns: [transfers.tenantId, transfers.id],
    }),
    foreignKey({
      name: 'recommendations_created_po_fk',
      columns: [t.tenantId, t.createdPurchaseOrderId],
      foreignColumns: [purchaseOrders.tenantId, purchaseOrders.id],
    }),
    index('recommendations_run_idx').on(t.tenantId, t.runId),
    index('recommendations_status_priority_idx').on(t.tenantId, t.status, t.priority.desc()),
    index('recommendations_sku_idx').on(t.tenantId, t.skuId),
    foreignKey({
      name: 'recommendations_supplier_fk',
      columns: [t.tenantId, t.supplierId],
      foreignColumns: [suppliers.tenantId, suppliers.id],
    }),
    check('recommendations_qty_positive', sql`${t.qty} > 0`),
    check('recommendations_distinct_locations', sql`${t.fromLocationId} <> ${t.toLocationId}`),
    check('recommendations_decided', sql`${t.status} not in ('accepted', 'dismissed') or ${t.decidedAt} is not null`),
  ],
);

/** A what-if network: a set of open locations and the figures computed for it (DESIGN.md §5). */
export const scenarios = pgTable(
  'scenarios',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    name: text('name').notNull(),
    /** Location ids open in this scenario (no foreign key: a scenario survives a location's archive). */
    openLocationIds: uuid('open_location_ids').array().notNull().default(sql`'{}'::uuid[]`),
    parameters: jsonb('parameters').$type<Record<string, unknown>>().notNull().default({}),
    /** Null until computed. */
    results: jsonb('results').$type<Record<string, unknown>>(),
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'scenarios_pkey', columns: [t.tenantId, t.id] }),
    index('scenarios_created_idx').on(t.tenantId, t.createdAt),
  ],
);

export const replayStatus = pgEnum('replay_status', ['queued', 'running', 'succeeded', 'failed']);

/**
 * A saved policy replay (DESIGN.md §5, "Replay (backtest)"): what it was asked (period, SKUs or classes,
 * policies), how far it got, and its figures. Runs in the background (server/services/replay/execute.ts); the
 * page polls `progress`. Results are the compact figures the page shows (totals, weekly series, regions,
 * locations, the SKUs where policies differ most), not per-cell arrays.
 */
export const replays = pgTable(
  'replays',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    name: text('name').notNull(),
    status: replayStatus('status').notNull().default('queued'),
    /** The validated input of replay.start (period, SKU selection, policies, options). */
    parameters: jsonb('parameters').$type<Record<string, unknown>>().notNull(),
    /** 0..1 */
    progress: doublePrecision('progress').notNull().default(0),
    /** What it is doing now, e.g. "Loading order history", "Simulating 120 of 400 SKUs". */
    phase: text('phase'),
    results: jsonb('results').$type<Record<string, unknown>>(),
    error: text('error'),
    startedAt: timestamptz('started_at'),
    finishedAt: timestamptz('finished_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'replays_pkey', columns: [t.tenantId, t.id] }),
    index('replays_created_idx').on(t.tenantId, t.createdAt),
    check('replays_progress_range', sql`${t.progress} between 0 and 1`),
    check('replays_finished_after_started', sql`${t.finishedAt} >= ${t.startedAt}`),
  ],
);
