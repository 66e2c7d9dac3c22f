/**
 * Column builders shared by every schema file, so the rules of DESIGN.md §4 are written once:
 * tenant tables start with `tenant_id`, ids are app-generated UUIDv7, money is numeric(14,4),
 * timestamps are timestamptz.
 *
 * Function declarations, not arrow constants: this module and tenancy.ts/auth.ts import each other
 * (tenant_id references organizations), and a hoisted function is callable before this module's body
 * has run, whichever file of the cycle is loaded first.
 */
import { numeric, timestamp, uuid } from 'drizzle-orm/pg-core';
import { newId } from './ids';
import { organizations } from './tenancy';

/** `tenant_id uuid not null` referencing the owning organization (importer). */
export function tenantIdColumn() {
  return uuid('tenant_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });
}

/** `id uuid not null` with a UUIDv7 generated in the app. Part of the composite primary key. */
export function idColumn() {
  return uuid('id').notNull().$defaultFn(newId);
}

/** Money in the tenant's currency: numeric(14,4), read as a JS number. */
export function money(name: string) {
  return numeric(name, { precision: 14, scale: 4, mode: 'number' });
}

/** A rate or fraction with more precision than money (e.g. holding rate 0.25, fill rate 0.975). */
export function ratio(name: string) {
  return numeric(name, { precision: 9, scale: 6, mode: 'number' });
}

export function timestamptz(name: string) {
  return timestamp(name, { withTimezone: true, mode: 'date' });
}

/** created_at / updated_at, both defaulting to now(). */
export function auditTimestamps() {
  return {
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow().$onUpdate(() => new Date()),
  };
}
