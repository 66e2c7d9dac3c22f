/**
 * The demo seed: Northwind Electronics (importer) with its North American network, catalog, 12 months of
 * orders, today's stock and the KPI rollups, plus BlueWave 3PL (provider) granted planner access.
 *
 * Deterministic: seeded random streams, ids from a seeded UUIDv7 factory and one "today" (SEED_TODAY in
 * calendar.ts: the seeding day, or FOOTPRINT_SEED_TODAY), so two seeds of the same day write identical
 * rows (only the argon2 hash, salted, differs). Everything is computed in memory first, then written in two transactions: the
 * global rows (users, organizations, memberships, grant), then every tenant row inside
 * withTenant(importer). If the tenant transaction fails, the global rows are removed again, so a failed
 * seed leaves nothing behind and can simply be re-run.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { withGlobal, withTenant, type Database, type Tx } from '@/db/client';
import * as schema from '@/db/schema';
import { hashPassword } from '@/server/auth/passwords';
import { buildCalendar } from './calendar';
import { DEMO_ACCOUNTS, DEMO_IMPORTER, DEMO_PASSWORD, DEMO_PROVIDER } from './demo-accounts';
import { createIdFactory } from './random';
import { SEED_LABEL, buildTenantData } from './simulate';
import { rebuildSkuDaily } from '@/server/services/dashboard/rebuild-rollups';

export { SEED_TODAY, SEED_TIME_ZONE } from './calendar';

/** Postgres accepts at most 65,535 bind parameters per statement; stay well below. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_INSERT = 1_000;

/** True when the demo importer exists (the seed has run on this database). */
export async function isSeeded(db: Database): Promise<boolean> {
  const rows = await withGlobal(db, (tx) =>
    tx.select({ id: schema.organizations.id }).from(schema.organizations).where(eq(schema.organizations.slug, DEMO_IMPORTER.slug)).limit(1),
  );
  return rows.length > 0;
}

/** Multi-row inserts of up to 1,000 rows (fewer for wide tables). */
async function insertAll<T extends PgTable>(tx: Tx, table: T, rows: T['$inferInsert'][]): Promise<number> {
  if (!rows.length) return 0;
  const columns = Math.max(1, Object.keys(rows[0] as object).length);
  const size = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns)));
  for (let i = 0; i < rows.length; i += size) {
    await tx.insert(table).values(rows.slice(i, i + size) as never);
  }
  return rows.length;
}

const ROLES = ['owner', 'planner', 'viewer', 'account_manager'] as const;

/** Seeds the demo organizations; returns row counts per table. Refuses when the demo importer exists. */
export async function seedDemo(db: Database): Promise<Record<string, number>> {
  if (await isSeeded(db)) throw new Error(`The demo organization "${DEMO_IMPORTER.slug}" already exists.`);
  const calendar = buildCalendar();
  const historyStart = new Date(calendar.starts[0] ?? 0);
  const newId = createIdFactory(SEED_LABEL, historyStart.getTime() - 30 * 86_400_000);
  const passwordHash = await hashPassword(DEMO_PASSWORD); // once: argon2 is slow on purpose
  const importerId = newId();
  const providerId = newId();

  // Global rows. Users that already exist (someone signed up with a demo address) are reused.
  const global = await withGlobal(db, async (tx) => {
    const emails = DEMO_ACCOUNTS.map((a) => a.email.toLowerCase());
    const created = await tx
      .insert(schema.users)
      .values(DEMO_ACCOUNTS.map((a) => ({ id: newId(), email: a.email, name: a.name, passwordHash, emailVerified: historyStart, createdAt: historyStart })))
      .onConflictDoNothing()
      .returning({ id: schema.users.id });
    const users = await tx
      .select({ id: schema.users.id, email: schema.users.email })
      .from(schema.users)
      .where(inArray(sql`lower(${schema.users.email})`, emails));
    const userId = (email: string) => {
      const found = users.find((u) => u.email.toLowerCase() === email.toLowerCase());
      if (!found) throw new Error(`demo user ${email} missing`);
      return found.id;
    };
    const [owner, planner, viewer, accountManager] = DEMO_ACCOUNTS.map((a) => userId(a.email)) as [string, string, string, string];
    await tx.insert(schema.organizations).values([
      { id: importerId, kind: 'importer', createdAt: historyStart, ...DEMO_IMPORTER },
      { id: providerId, kind: 'provider', createdAt: historyStart, ...DEMO_PROVIDER },
    ]);
    const memberships = [
      { organizationId: importerId, userId: owner, role: ROLES[0] },
      { organizationId: importerId, userId: planner, role: ROLES[1] },
      { organizationId: importerId, userId: viewer, role: ROLES[2] },
      { organizationId: providerId, userId: accountManager, role: ROLES[3] },
    ];
    await tx.insert(schema.memberships).values(memberships.map((m) => ({ id: newId(), ...m, createdAt: historyStart })));
    await tx.insert(schema.providerGrants).values({ id: newId(), importerId, providerId, role: 'planner', grantedBy: owner, createdAt: historyStart });
    return { ownerId: owner, createdUserIds: created.map((u) => u.id), users: DEMO_ACCOUNTS.length, memberships: memberships.length };
  });

  const data = buildTenantData({ tenantId: importerId, providerId, actorId: global.ownerId, newId });
  const r = data.rows;
  try {
    const counts = await withTenant(db, importerId, async (tx) => ({
      locations: await insertAll(tx, schema.locations, r.locations),
      regions: await insertAll(tx, schema.regions, r.regions),
      slas: await insertAll(tx, schema.slas, r.slas),
      lanes: await insertAll(tx, schema.lanes, r.lanes),
      transferLanes: await insertAll(tx, schema.transferLanes, r.transferLanes),
      suppliers: await insertAll(tx, schema.suppliers, r.suppliers),
      skus: await insertAll(tx, schema.skus, r.skus),
      stockLevels: await insertAll(tx, schema.stockLevels, r.stockLevels),
      stockMovements: await insertAll(tx, schema.stockMovements, r.stockMovements),
      purchaseOrders: await insertAll(tx, schema.purchaseOrders, r.purchaseOrders),
      purchaseOrderLines: await insertAll(tx, schema.purchaseOrderLines, r.purchaseOrderLines),
      transfers: await insertAll(tx, schema.transfers, r.transfers),
      transferLines: await insertAll(tx, schema.transferLines, r.transferLines),
      orders: await insertAll(tx, schema.orders, r.orders),
      orderLines: await insertAll(tx, schema.orderLines, r.orderLines),
      kpiDaily: await insertAll(tx, schema.kpiDaily, r.kpiDaily),
      inventoryDaily: await insertAll(tx, schema.inventoryDaily, r.inventoryDaily),
      // The per-SKU rollup, set-based from the rows just written (the same statement as db:rebuild-rollups).
      skuDaily: await rebuildSkuDaily({ tx, tenant: { id: importerId, timezone: DEMO_IMPORTER.timezone } }),
    }));
    return { users: global.users, organizations: 2, memberships: global.memberships, providerGrants: 1, ...counts };
  } catch (error) {
    // Deleting the organizations cascades to the grant and memberships; users that predate the seed stay.
    await withGlobal(db, async (tx) => {
      await tx.delete(schema.organizations).where(inArray(schema.organizations.id, [importerId, providerId]));
      if (global.createdUserIds.length) await tx.delete(schema.users).where(inArray(schema.users.id, global.createdUserIds));
    });
    throw error;
  }
}
