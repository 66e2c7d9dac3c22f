/**
 * The little network the stock, transfer and purchase-order tests work in, written straight into the
 * tables (the master-data services are tested on their own): tenant A has three locations (two in the
 * US, one in Canada), a supplier, three SKUs and transfer lanes; tenant B has one of each, to try
 * foreign ids with.
 */
import { withTenant, type Database } from '@/db/client';
import { locations, skus, suppliers, transferLanes } from '@/db/schema';
import { callerFor, twoTenants } from './actors';

export async function stockWorld(db: Database) {
  const tenants = await twoTenants(db);
  const a = await withTenant(db, tenants.a.id, async (tx) => {
    const [chi, atl, tor, old] = await tx
      .insert(locations)
      .values([
        { tenantId: tenants.a.id, code: 'CHI', name: 'Chicago DC', country: 'US', isCentral: true },
        { tenantId: tenants.a.id, code: 'ATL', name: 'Atlanta DC', country: 'US' },
        { tenantId: tenants.a.id, code: 'TOR', name: 'Toronto 3PL', country: 'CA', kind: '3pl' },
        { tenantId: tenants.a.id, code: 'OLD', name: 'Closed site', country: 'US', archivedAt: new Date() },
      ])
      .returning();
    const [supplier] = await tx
      .insert(suppliers)
      .values({ tenantId: tenants.a.id, code: 'SHZ', name: 'Shenzhen Works', country: 'CN', leadTimeDays: 35 })
      .returning();
    const [skuA, skuB, skuC] = await tx
      .insert(skus)
      .values([
        { tenantId: tenants.a.id, code: 'SKU-A', name: 'Desk lamp', unitCost: 10 },
        { tenantId: tenants.a.id, code: 'SKU-B', name: 'Office chair', unitCost: 20 },
        { tenantId: tenants.a.id, code: 'SKU-C', name: 'Cable kit', unitCost: 2.5 },
      ])
      .returning();
    if (!chi || !atl || !tor || !old || !supplier || !skuA || !skuB || !skuC) throw new Error('stock world: insert failed');
    await tx.insert(transferLanes).values([
      { tenantId: tenants.a.id, fromLocationId: chi.id, toLocationId: atl.id, transitDays: 3, costPerUnit: 0.5 },
      { tenantId: tenants.a.id, fromLocationId: atl.id, toLocationId: chi.id, transitDays: 3, costPerUnit: 0.5 },
      { tenantId: tenants.a.id, fromLocationId: chi.id, toLocationId: tor.id, transitDays: 4, customsDays: 2, costPerUnit: 1.2 },
    ]);
    return { chi, atl, tor, old, supplier, skuA, skuB, skuC };
  });
  const b = await withTenant(db, tenants.b.id, async (tx) => {
    const [here, there] = await tx
      .insert(locations)
      .values([
        { tenantId: tenants.b.id, code: 'B-ONE', name: 'B one', country: 'DE' },
        { tenantId: tenants.b.id, code: 'B-TWO', name: 'B two', country: 'DE' },
      ])
      .returning();
    const [supplier] = await tx.insert(suppliers).values({ tenantId: tenants.b.id, code: 'B-SUP', name: 'B supplier', country: 'DE', leadTimeDays: 5 }).returning();
    const [sku] = await tx.insert(skus).values({ tenantId: tenants.b.id, code: 'B-SKU', name: 'B thing', unitCost: 1 }).returning();
    if (!here || !there || !supplier || !sku) throw new Error('stock world: insert failed');
    await tx.insert(transferLanes).values({ tenantId: tenants.b.id, fromLocationId: here.id, toLocationId: there.id, transitDays: 1 });
    return { here, there, supplier, sku };
  });
  const callers = {
    owner: await callerFor(db, tenants.people.ownerA),
    planner: await callerFor(db, tenants.people.plannerA),
    viewer: await callerFor(db, tenants.people.viewerA),
    accountManager: await callerFor(db, tenants.people.amP),
    ownerB: await callerFor(db, tenants.people.ownerB),
  };
  return { ...tenants, orgA: tenants.a.slug, orgB: tenants.b.slug, inA: a, inB: b, callers };
}

export type StockWorld = Awaited<ReturnType<typeof stockWorld>>;
