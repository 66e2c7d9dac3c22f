/**
 * `npm run db:rebuild-rollups [-- --org=<slug>] [-- --tables=kpi_daily,sku_daily,inventory_daily]`:
 * recomputes the KPI rollups of every importer organization (or one) from raw orders and the stock
 * ledger, one transaction per organization (server/services/dashboard/rebuild-rollups.ts).
 */
import { asc, eq } from 'drizzle-orm';
import { openDatabase, withGlobal, withTenant } from '../client';
import { organizations } from '../schema';
import { ROLLUP_TABLES, rebuildRollups, type RollupTable } from '../../server/services/dashboard/rebuild-rollups';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k ?? '', v ?? ''];
  }),
);
const tables = (args.get('tables') ? args.get('tables')!.split(',') : [...ROLLUP_TABLES]) as RollupTable[];
const unknown = tables.filter((t) => !ROLLUP_TABLES.includes(t));
if (unknown.length) {
  console.error(`Unknown rollup table(s): ${unknown.join(', ')}. Known: ${ROLLUP_TABLES.join(', ')}.`);
  process.exit(2);
}

const handle = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.PGLITE_DIR || undefined });
try {
  const slug = args.get('org');
  const orgs = await withGlobal(handle.db, (tx) =>
    tx
      .select({ id: organizations.id, slug: organizations.slug, timezone: organizations.timezone })
      .from(organizations)
      .where(slug ? eq(organizations.slug, slug) : eq(organizations.kind, 'importer'))
      .orderBy(asc(organizations.slug)),
  );
  if (slug && orgs.length === 0) {
    console.error(`No organization has the slug "${slug}".`);
    process.exitCode = 1;
  }
  for (const org of orgs) {
    const started = performance.now();
    const counts = await withTenant(handle.db, org.id, (tx) => rebuildRollups({ tx, tenant: { id: org.id, timezone: org.timezone } }, tables));
    console.log(`[rollups] ${org.slug}: ${JSON.stringify(counts)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (handle.kind === 'pglite') await handle.ownerQuery('analyze');
} finally {
  await handle.close();
}
