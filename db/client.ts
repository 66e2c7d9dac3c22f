/**
 * The database: embedded PGlite in `.data/pglite` by default, a real Postgres server (postgres.js)
 * when DATABASE_URL is set. Either way the app talks as `footprint_app`, a role that owns nothing
 * and cannot bypass row-level security, so the tenant policies apply on PGlite too.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sql, type ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { APP_ROLE, migrateDatabase } from './migrate';
import { appLoginPassword, appLoginUrl, assertCannotBypassRls, loginRoleSql, ROLE_PRIVILEGES_SQL } from './app-login';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the root handle or an open transaction: what services accept to run their queries on. */
export type Queryable = Database | Tx;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Runs raw SQL as the connecting (owner) role: migrations, tests and maintenance only. */
  ownerQuery: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
  /** PGlite only: a dump of the whole database (see OpenOptions.pgliteSnapshot). */
  dumpPglite?: () => Promise<Blob>;
}

export interface OpenOptions {
  /** postgres:// URL of a real server; when absent, PGlite is used. */
  url?: string;
  /** PGlite folder, or 'memory' for a throwaway in-memory database (tests). */
  dataDir?: string;
  /** Apply migrations and row-level security before handing the database out (default true). */
  migrate?: boolean;
  /**
   * Postgres only: connect the app as the login role footprint_login (db/app-login.ts), which the
   * migration creates, and refuse to open when that connection could bypass row-level security
   * (default true). `false` keeps the app on `url` itself (maintenance scripts only).
   */
  appLogin?: boolean;
  /**
   * PGlite in memory only: start from this dump of an already migrated database (`dumpDataDir`) instead
   * of migrating; the test harness caches one per migration set (tests/integration/support/database.ts).
   */
  pgliteSnapshot?: Blob;
}

export const DEFAULT_PGLITE_DIR = path.join(process.cwd(), '.data', 'pglite');

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const url = options.url;
  if (url) return openPostgres(url, options.migrate ?? true, options.appLogin ?? true);
  if (options.pgliteSnapshot) return openPglite('memory', false, options.pgliteSnapshot);
  return openPglite(options.dataDir ?? DEFAULT_PGLITE_DIR, options.migrate ?? true);
}

async function openPglite(dataDir: string, migrate: boolean, snapshot?: Blob): Promise<DatabaseHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const client = snapshot ? new PGlite({ loadDataDir: snapshot }) : dataDir === 'memory' ? new PGlite() : new PGlite(dataDir);
  await client.waitReady;
  // The session runs as the app role; step up to the connecting superuser for one call.
  const asOwner = async <T,>(fn: () => Promise<T>): Promise<T> => {
    await client.exec('RESET ROLE');
    try {
      return await fn();
    } finally {
      await client.exec(`SET ROLE ${APP_ROLE}`);
    }
  };
  const ownerQuery = <T,>(text: string, params?: unknown[]) => asOwner(async () => (await client.query<T>(text, params)).rows);
  if (migrate) await migrateDatabase({ exec: async (text) => void (await client.exec(text)), query: async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows, kind: 'pglite', runDrizzle: async (folder) => {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(drizzle({ client }), { migrationsFolder: folder });
  } });
  await client.exec(`SET ROLE ${APP_ROLE}`);
  const db = drizzle({ client, schema }) as unknown as Database;
  return { db, kind: 'pglite', ownerQuery, close: () => client.close(), dumpPglite: () => asOwner(async () => (await client.dumpDataDir('none')) as Blob) };
}

async function openPostgres(url: string, migrate: boolean, appLogin: boolean): Promise<DatabaseHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  // The owner connection is opened only when used (postgres.js connects lazily): migrations, maintenance.
  const owner = postgres(url, { max: 1, onnotice: () => {} });
  if (migrate) {
    await migrateDatabase({ exec: async (text) => void (await owner.unsafe(text)), query: async (text, params) => [...(await owner.unsafe(text, (params ?? []) as never[]))], kind: 'postgres', runDrizzle: async (folder) => {
      const { migrate: run } = await import('drizzle-orm/postgres-js/migrator');
      await run(drizzle({ client: owner }), { migrationsFolder: folder });
    } });
    if (appLogin && !process.env.DATABASE_APP_URL) await owner.unsafe(loginRoleSql(appLoginPassword()));
  }
  // `role` as a startup parameter: every pooled connection is the app role from its first statement.
  const client = postgres(appLogin ? appLoginUrl(url) : url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    onnotice: () => {},
    connection: { role: APP_ROLE, application_name: 'footprint' },
  });
  if (appLogin) {
    try {
      const [row] = await client.unsafe<{ role: string; superuser: boolean; bypass_rls: boolean; reaches_privileged: string[]; owns_tables: number }[]>(ROLE_PRIVILEGES_SQL);
      if (!row) throw new Error('the role check returned nothing');
      assertCannotBypassRls({ role: row.role, superuser: row.superuser, bypassRls: row.bypass_rls, reachesPrivileged: row.reaches_privileged, ownsTables: row.owns_tables });
    } catch (error) {
      await client.end({ timeout: 5 });
      await owner.end({ timeout: 5 });
      throw error;
    }
  }
  const db = drizzle({ client, schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    ownerQuery: async <T,>(text: string, params?: unknown[]) =>
      (await owner.unsafe(text, (params ?? []) as never[])) as unknown as T[],
    close: async () => {
      await client.end({ timeout: 5 });
      await owner.end({ timeout: 5 });
    },
  };
}

/**
 * Runs `fn` in one transaction scoped to `tenantId`: row-level security sees only that tenant's rows
 * and rejects writes of any other. Services still filter on tenant_id in every query.
 */
export async function withTenant<T>(db: Database, tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await setTenant(tx as Tx, tenantId);
    return fn(tx as Tx);
  });
}

/** Scopes the rest of an open transaction to `tenantId` (row-level security reads it). */
export async function setTenant(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
}

/** One transaction with no tenant set: global tables only (tenant tables read as empty). */
export async function withGlobal<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => fn(tx as Tx));
}

/** Rows of a raw `execute`, whichever driver ran it (PGlite returns `{ rows }`, postgres.js an array). */
export function resultRows<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
