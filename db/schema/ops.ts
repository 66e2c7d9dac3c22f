/**
 * Operating the tenant: CSV imports, the audit log, KPI digests (subscriptions and the delivery claims
 * that make a digest go out once) and API tokens.
 *
 * Tokens that arrive without a tenant (an unsubscribe link, an API bearer token) carry the tenant id and
 * row id next to their secret, so the row is found inside `withTenant` and only the hash is compared:
 * no global lookup by hash, and every key here still starts with tenant_id.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditTimestamps, idColumn, tenantIdColumn, timestamptz } from './columns';
import { users } from './auth';
import { grantRole, organizations } from './tenancy';

export const importStatus = pgEnum('import_status', ['previewed', 'committed', 'failed']);
export const digestCadence = pgEnum('digest_cadence', ['daily', 'weekly']);
export const digestDeliveryStatus = pgEnum('digest_delivery_status', ['claimed', 'sent', 'failed']);

/** A row-level problem found in a CSV: shown to the user as row, field and message. */
export interface ImportRowError {
  row: number;
  field?: string;
  message: string;
}

/** How an import reads its file (server/imports/read-options.ts). */
export interface ImportReadOptions {
  /** File header (as written) -> template column name, or '' to ignore the column. */
  mapping?: Record<string, string>;
  /** The date format of the file's non-ISO dates (server/imports/cells/date-formats.ts). */
  dateFormat?: string;
}

/**
 * One uploaded CSV. Previewed first (nothing written but this row), then committed in one
 * transaction. The same file for the same entity is one row: previewing it again reuses the row,
 * committing it twice is refused.
 */
export const imports = pgTable(
  'imports',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    /** What the file holds, e.g. locations, regions, slas, lanes, skus, stock_levels, orders. */
    entity: text('entity').notNull(),
    fileName: text('file_name').notNull(),
    /** sha-256 of the file's bytes, hex. */
    fileHash: text('file_hash').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    status: importStatus('status').notNull().default('previewed'),
    /** e.g. { rows, inserted, updated, skipped, errors }. */
    counts: jsonb('counts').$type<Record<string, number>>().notNull().default({}),
    /** The first errors found (capped), each with row, field and message. */
    rowErrors: jsonb('row_errors').$type<ImportRowError[]>().notNull().default([]),
    /** How the file is read: its headers mapped to the template's columns, the date format chosen. */
    readOptions: jsonb('read_options').$type<ImportReadOptions>().notNull().default({}),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    committedAt: timestamptz('committed_at'),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'imports_pkey', columns: [t.tenantId, t.id] }),
    unique('imports_entity_file_hash_key').on(t.tenantId, t.entity, t.fileHash),
    index('imports_created_idx').on(t.tenantId, t.createdAt),
    check('imports_size_nonnegative', sql`${t.sizeBytes} >= 0`),
    check('imports_committed_dated', sql`${t.status} <> 'committed' or ${t.committedAt} is not null`),
  ],
);

/**
 * A file layout the tenant has mapped before: the sha-256 of a file's header row (per entity) and how
 * its columns map to the template's, with the date format chosen, so the next export from the same
 * system imports without asking again.
 */
export const importLayouts = pgTable(
  'import_layouts',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    entity: text('entity').notNull(),
    /** sha-256 (hex) of the header row's cells, trimmed, in order. */
    headerHash: text('header_hash').notNull(),
    headers: jsonb('headers').$type<string[]>().notNull(),
    readOptions: jsonb('read_options').$type<ImportReadOptions>().notNull().default({}),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'import_layouts_pkey', columns: [t.tenantId, t.id] }),
    unique('import_layouts_header_key').on(t.tenantId, t.entity, t.headerHash),
  ],
);

/** Who changed what: append-only (no updated_at; the app role may not update or delete). */
export const auditLog = pgTable(
  'audit_log',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    /** Null for the system (jobs) or a deleted user. */
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** The provider organization the actor acted through (a 3PL grant), if any. */
    actorProviderId: uuid('actor_provider_id').references(() => organizations.id, { onDelete: 'set null' }),
    /** A verb, e.g. create, update, archive, approve, accept, dismiss, import. */
    action: text('action').notNull(),
    /** The table/feature name, e.g. transfers. */
    entity: text('entity').notNull(),
    entityId: uuid('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamptz('at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'audit_log_pkey', columns: [t.tenantId, t.id] }),
    index('audit_log_at_idx').on(t.tenantId, t.at),
    index('audit_log_entity_idx').on(t.tenantId, t.entity, t.entityId, t.at),
    index('audit_log_actor_idx').on(t.tenantId, t.actorId, t.at),
  ],
);

/**
 * A member's digest subscription: one per user and kind, so (user, kind, period_start) names a
 * delivery unambiguously.
 */
export const digestSubscriptions = pgTable(
  'digest_subscriptions',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    cadence: digestCadence('cadence').notNull().default('weekly'),
    /** What the digest covers, e.g. kpi. */
    kind: text('kind').notNull().default('kpi'),
    active: boolean('active').notNull().default(true),
    /** sha-256 of the secret in the unsubscribe link. */
    unsubscribeTokenHash: text('unsubscribe_token_hash').notNull(),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'digest_subscriptions_pkey', columns: [t.tenantId, t.id] }),
    unique('digest_subscriptions_user_kind_key').on(t.tenantId, t.userId, t.kind),
    index('digest_subscriptions_active_idx').on(t.tenantId, t.cadence).where(sql`${t.active}`),
  ],
);

/**
 * One digest for one period: claimed first (insert ... on conflict do nothing), then sent, then
 * marked sent. The unique key is what makes two instances on one tick, or a retry after a crash
 * following the send, never mail twice.
 */
export const digestDeliveries = pgTable(
  'digest_deliveries',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    status: digestDeliveryStatus('status').notNull().default('claimed'),
    claimedAt: timestamptz('claimed_at').notNull().defaultNow(),
    sentAt: timestamptz('sent_at'),
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'digest_deliveries_pkey', columns: [t.tenantId, t.id] }),
    unique('digest_deliveries_user_kind_period_key').on(t.tenantId, t.userId, t.kind, t.periodStart),
    index('digest_deliveries_status_idx').on(t.tenantId, t.status, t.claimedAt),
    check('digest_deliveries_sent_dated', sql`${t.status} <> 'sent' or ${t.sentAt} is not null`),
    check('digest_deliveries_attempts_nonnegative', sql`${t.attempts} >= 0`),
  ],
);

/** Tokens for programmatic access to one tenant; only the hash is stored, the prefix is for display. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    name: text('name').notNull(),
    /** The first characters of the token, shown in the list to tell tokens apart. */
    tokenPrefix: text('token_prefix').notNull(),
    /** sha-256 of the token's secret. */
    tokenHash: text('token_hash').notNull(),
    /** What the token may do: read (viewer) or plan (planner). */
    role: grantRole('role').notNull().default('viewer'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    lastUsedAt: timestamptz('last_used_at'),
    revokedAt: timestamptz('revoked_at'),
    expiresAt: timestamptz('expires_at'),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'api_tokens_pkey', columns: [t.tenantId, t.id] }),
    unique('api_tokens_token_hash_key').on(t.tenantId, t.tokenHash),
    index('api_tokens_created_idx').on(t.tenantId, t.createdAt),
  ],
);
