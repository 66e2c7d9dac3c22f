/**
 * DESIGN.md §4, checked in the catalog for every tenant table (every table with a tenant_id column),
 * on PGlite here and on a real Postgres server under `npm run test:pg`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { tenantTables } from '@/db/schema';
import { openTestDatabase, type TestDatabase } from './support/database';

let db: TestDatabase;
let tenant: string[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  tenant = (
    await db.ownerQuery<{ table_name: string }>(
      `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id' order by table_name`,
    )
  ).map((r) => r.table_name);
});
afterAll(() => db.close());

async function q<T>(text: string, params: unknown[] = []) {
  return db.ownerQuery<T>(text, params);
}

describe('tenant table catalog', () => {
  it('knows the whole DESIGN.md §4 schema as tenant tables, and the schema module lists each of them', () => {
    const expected = [
      'locations', 'regions', 'slas', 'lanes', 'transfer_lanes', 'suppliers', 'skus', 'stock_levels', 'stock_movements',
      'orders', 'order_lines', 'transfers', 'transfer_lines', 'purchase_orders', 'purchase_order_lines', 'inbound_allocations',
      'planning_runs', 'forecasts', 'stock_targets', 'recommendations', 'kpi_daily', 'inventory_daily', 'scenarios', 'imports',
      'audit_log', 'digest_subscriptions', 'digest_deliveries', 'api_tokens',
    ];
    for (const t of expected) expect(tenant, `${t} is a tenant table`).toContain(t);
    expect(tenantTables.map((t) => getTableConfig(t).name).sort()).toEqual([...tenant].sort());
  });

  it('global tables carry no tenant_id (they are read before a tenant is chosen)', () => {
    for (const t of ['users', 'organizations', 'memberships', 'provider_grants', 'invitations']) expect(tenant).not.toContain(t);
  });

  it('every tenant table starts with tenant_id, keyed (tenant_id, id), id a uuid the app generates', async () => {
    for (const t of tenant) {
      const cols = await q<{ column_name: string; data_type: string; column_default: string | null; is_nullable: string }>(
        `select column_name, data_type, column_default, is_nullable from information_schema.columns where table_schema='public' and table_name=$1 order by ordinal_position`,
        [t],
      );
      expect(cols[0]?.column_name, `${t} first column`).toBe('tenant_id');
      expect(cols[0]?.is_nullable, `${t}.tenant_id not null`).toBe('NO');
      const id = cols.find((c) => c.column_name === 'id');
      expect(id?.data_type, `${t}.id`).toBe('uuid');
      expect(id?.column_default, `${t}.id has no database default (UUIDv7 from the app)`).toBeNull();
      const pk = await q<{ cols: string[] }>(
        `select array(select a.attname from unnest(c.conkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o)::text[] as cols
         from pg_constraint c where c.conrelid = $1::regclass and c.contype = 'p'`,
        [t],
      );
      expect(pk[0]?.cols, `${t} primary key`).toEqual(['tenant_id', 'id']);
    }
  });

  it('row-level security is enabled and forced on every tenant table, with the tenant policy', async () => {
    for (const t of tenant) {
      const [rel] = await q<{ relrowsecurity: boolean; relforcerowsecurity: boolean }>(
        `select relrowsecurity, relforcerowsecurity from pg_class where oid = $1::regclass`,
        [t],
      );
      expect(rel, t).toEqual({ relrowsecurity: true, relforcerowsecurity: true });
      const policies = await q<{ qual: string; with_check: string; cmd: string }>(
        `select qual, with_check, cmd from pg_policies where schemaname='public' and tablename=$1`,
        [t],
      );
      expect(policies, `${t} has exactly one policy`).toHaveLength(1);
      expect(policies[0]?.cmd).toBe('ALL');
      expect(policies[0]?.qual).toMatch(/tenant_id = .*app\.tenant_id/);
      expect(policies[0]?.with_check).toMatch(/tenant_id = .*app\.tenant_id/);
    }
  });

  it('foreign keys between tenant tables are composite and start with tenant_id', async () => {
    const fks = await q<{ tbl: string; ref: string; name: string; cols: string[]; refcols: string[] }>(
      `select c.conrelid::regclass::text as tbl, c.confrelid::regclass::text as ref, c.conname as name,
              array(select a.attname from unnest(c.conkey) with ordinality k(n, o) join pg_attribute a on a.attrelid=c.conrelid and a.attnum=k.n order by k.o)::text[] as cols,
              array(select a.attname from unnest(c.confkey) with ordinality k(n, o) join pg_attribute a on a.attrelid=c.confrelid and a.attnum=k.n order by k.o)::text[] as refcols
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname='public' and c.contype='f'`,
    );
    const between = fks.filter((f) => tenant.includes(f.tbl.replace(/"/g, '')) && tenant.includes(f.ref.replace(/"/g, '')));
    expect(between.length).toBeGreaterThan(20);
    for (const fk of between) {
      expect(fk.cols[0], `${fk.tbl}.${fk.name}`).toBe('tenant_id');
      expect(fk.refcols[0], `${fk.tbl}.${fk.name} references tenant_id first`).toBe('tenant_id');
      expect(fk.cols.length, `${fk.tbl}.${fk.name} is composite`).toBeGreaterThan(1);
    }
  });

  it('every index and unique constraint of a tenant table starts with tenant_id', async () => {
    const indexes = await q<{ tbl: string; name: string; first: string | null }>(
      `select t.relname as tbl, i.relname as name, a.attname as first
       from pg_index x join pg_class t on t.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
       join pg_namespace n on n.oid = t.relnamespace
       left join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
       where n.nspname = 'public'`,
    );
    const ofTenant = indexes.filter((i) => tenant.includes(i.tbl));
    expect(ofTenant.length).toBeGreaterThan(tenant.length);
    for (const i of ofTenant) expect(i.first, `${i.tbl}.${i.name}`).toBe('tenant_id');
  });

  it('the app role owns nothing, is no superuser and cannot bypass RLS', async () => {
    const [role] = await q<{ rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
      `select rolsuper, rolbypassrls, (select count(*)::int from pg_class c where c.relowner = r.oid) as owned from pg_roles r where rolname = 'footprint_app'`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
  });
});
