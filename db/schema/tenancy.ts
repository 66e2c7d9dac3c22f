/**
 * Organizations (tenants), memberships, provider grants and invitations. These are global tables:
 * they are read before a tenant is chosen, so they carry `organization_id` / `importer_id`, never
 * `tenant_id` (every table with a `tenant_id` column is a row-level-secured tenant table).
 */
import { check, index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { newId } from './ids';
import { timestamptz } from './columns';
import { users } from './auth';

export const organizationKind = pgEnum('organization_kind', ['importer', 'provider']);
export const memberRole = pgEnum('member_role', ['owner', 'admin', 'planner', 'viewer', 'account_manager']);
export const grantRole = pgEnum('grant_role', ['planner', 'viewer']);

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kind: organizationKind('kind').notNull().default('importer'),
    currency: text('currency').notNull().default('USD'),
    timezone: text('timezone').notNull().default('America/Chicago'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organizations_slug_key').on(t.slug),
    check('organizations_slug_format', sql`${t.slug} ~ '^[a-z0-9][a-z0-9-]{1,46}[a-z0-9]$'`),
    check('organizations_currency_format', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: memberRole('role').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('memberships_org_user_key').on(t.organizationId, t.userId),
    index('memberships_user_idx').on(t.userId),
  ],
);

export const providerGrants = pgTable(
  'provider_grants',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    importerId: uuid('importer_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    role: grantRole('role').notNull(),
    grantedBy: uuid('granted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [
    uniqueIndex('provider_grants_active_key')
      .on(t.importerId, t.providerId)
      .where(sql`${t.revokedAt} is null`),
    index('provider_grants_provider_idx').on(t.providerId),
    check('provider_grants_not_self', sql`${t.importerId} <> ${t.providerId}`),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: memberRole('role').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    /** sha-256 of the token in the link; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    acceptedAt: timestamptz('accepted_at'),
    revokedAt: timestamptz('revoked_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('invitations_token_key').on(t.tokenHash),
    index('invitations_org_idx').on(t.organizationId),
  ],
);
