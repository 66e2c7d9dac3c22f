/**
 * Operating the tenant: CSV imports, the audit log, KPI digests (subscriptions and the delivery claims
 * that make a digest go out once) and API tokens.
 *
 * Tokens that arrive without a tenant (an unsubscribe link, an API bearer token) carry the tenant id and
 * row id next to their secret, so the row is found inside `withTenant`: no global lookup by secret, and
 * every key here still starts with tenant_id. API tokens store only the hash of their secret; an
 * unsubscribe link is signed (HMAC of tenant, subscription, expiry and the row's token_version).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditTimestamps, idColumn, tenantIdColumn, timestamptz } from './columns';
import { users } from './auth';
import { grantRole, organizations } from './tenancy';

export const importStatus = pgEnum('import_status', ['previewed', 'committed', 'failed']);
export const digestCadence = pgEnum('digest_cadence', ['daily', 'weekly', 'off']);
/**
 * claimed: a worker holds the lease and is building the digest; sending: the SMTP conversation has begun
 * (committed just before it); sent; failed: a temporary error, retried at next_attempt_at; bounced: a
 * permanent (5xx) refusal, the subscription is paused; skipped: nothing to send (no activity and the
 * reader chose "skip", or the reader lost access); unconfirmed: a worker died while sending, so whether
 * the message left is unknown and it is NOT sent again automatically (docs/decisions/0011).
 */
export const digestDeliveryStatus = pgEnum('digest_delivery_status', [
  'claimed',
  'sent',
  'failed',
  'sending',
  'bounced',
  'skipped',
  'unconfirmed',
]);

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
 * delivery unambiguously. kind = kpi (an importer's digest) or portfolio (a 3PL account manager's
 * digest, in the provider organization). A member without a row gets the default of their role
 * (server/services/digests/subscriptions.ts); the row is written when they change it or are first sent
 * one. The schedule is in the reader's own time zone.
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
    /** What the digest covers: kpi or portfolio. */
    kind: text('kind').notNull().default('kpi'),
    /** ISO weekday of a weekly digest, 1 = Monday ... 7 = Sunday. */
    weekday: smallint('weekday').notNull().default(1),
    /** Local hour the digest goes out, 0-23. */
    hour: smallint('hour').notNull().default(8),
    /** IANA time zone of the schedule (the reader's), e.g. America/Chicago. */
    timezone: text('timezone').notNull(),
    /** A period without orders: send a short "no activity" note, or skip it. */
    whenEmpty: text('when_empty').notNull().default('note'),
    /** Send times before this instant are never caught up (set when the schedule changes). */
    scheduleFrom: timestamptz('schedule_from').notNull().defaultNow(),
    /** Set when the mail server refused the address permanently (5xx); nothing is sent until cleared. */
    pausedAt: timestamptz('paused_at'),
    pauseReason: text('pause_reason'),
    /** Part of every unsubscribe link's signature: bumping it invalidates every link sent so far. */
    tokenVersion: integer('token_version').notNull().default(1),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'digest_subscriptions_pkey', columns: [t.tenantId, t.id] }),
    unique('digest_subscriptions_user_kind_key').on(t.tenantId, t.userId, t.kind),
    // No `where cadence <> 'off'` predicate: a value added to an enum cannot be used in the migration's transaction.
    index('digest_subscriptions_cadence_idx').on(t.tenantId, t.cadence),
    check('digest_subscriptions_kind', sql`${t.kind} in ('kpi', 'portfolio')`),
    check('digest_subscriptions_weekday_range', sql`${t.weekday} between 1 and 7`),
    check('digest_subscriptions_hour_range', sql`${t.hour} between 0 and 23`),
    check('digest_subscriptions_when_empty', sql`${t.whenEmpty} in ('note', 'skip')`),
  ],
);

/**
 * One digest for one period: claimed first (insert ... on conflict do nothing) with a lease and a
 * fencing token, then marked sending, sent through SMTP with a Message-ID derived from the row, then
 * marked sent. The unique key is what makes two instances on one tick, or a retry after a crash
 * following the send, never mail twice (docs/decisions/0011-digest-delivery-exactly-once.md).
 * kind is the subscription's kind, or `<kind>.manual` for "send me one now" (one per local day).
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
    /** Last local day the digest covers (inclusive). */
    periodEnd: date('period_end', { mode: 'string' }),
    status: digestDeliveryStatus('status').notNull().default('claimed'),
    claimedAt: timestamptz('claimed_at').notNull().defaultNow(),
    /** The claim (or the send) is the holder's until then; after it, another worker may take over. */
    leaseUntil: timestamptz('lease_until'),
    /** Fencing token of the current holder: every later write of a claim checks it. */
    claimToken: uuid('claim_token'),
    /** When a failed (temporary) delivery may be tried again. */
    nextAttemptAt: timestamptz('next_attempt_at'),
    /** The Message-ID header, fixed per row: a message is recognisable whatever attempt sent it. */
    messageId: text('message_id'),
    /** smtp or outbox. */
    via: text('via'),
    sentAt: timestamptz('sent_at'),
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    ...auditTimestamps(),
  },
  (t) => [
    primaryKey({ name: 'digest_deliveries_pkey', columns: [t.tenantId, t.id] }),
    unique('digest_deliveries_user_kind_period_key').on(t.tenantId, t.userId, t.kind, t.periodStart),
    index('digest_deliveries_status_idx').on(t.tenantId, t.status, t.claimedAt),
    index('digest_deliveries_user_idx').on(t.tenantId, t.userId, t.periodStart),
    check('digest_deliveries_sent_dated', sql`${t.status} <> 'sent' or ${t.sentAt} is not null`),
    check('digest_deliveries_attempts_nonnegative', sql`${t.attempts} >= 0`),
    check('digest_deliveries_period_order', sql`${t.periodEnd} >= ${t.periodStart}`),
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
