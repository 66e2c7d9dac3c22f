/**
 * The 3PL portfolio: one row per client that granted access, with its KPIs from the dashboard's read
 * layer, ranked by risk; a revoked grant is gone on the very next request; importers cannot call it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withGlobal, withTenant } from '@/db/client';
import { locations, providerGrants, regions, slas, skus } from '@/db/schema';
import { compareRisk } from '@/server/services/portfolio/overview';
import { openTestDatabase, type TestDatabase } from './support/database';
import { addMember, callerFor, grant, makeOrg, makeUser, twoTenants } from './support/actors';
import { refusal } from './support/master-data';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;
let c: Awaited<ReturnType<typeof makeOrg>>;
const AS_OF = '2025-04-30';
const H = 3_600_000;

async function history(orgId: string, slug: string, ownerId: string, onTime: boolean, backordered: number) {
  const ids = await withTenant(db.db, orgId, async (tx) => {
    const [r] = await tx.insert(regions).values({ tenantId: orgId, code: 'R', name: 'R', country: 'US' }).returning();
    await tx.insert(slas).values({ tenantId: orgId, regionId: r!.id, effectiveFrom: '2025-01-01', targetDeliveryDays: 2 });
    const [l] = await tx.insert(locations).values({ tenantId: orgId, code: 'L', name: 'L', country: 'US' }).returning();
    const [s] = await tx.insert(skus).values({ tenantId: orgId, code: 'S', name: 'S', unitCost: 5, unitPrice: 10 }).returning();
    return { r: r!.id, l: l!.id, s: s!.id };
  });
  const owner = await callerFor(db.db, { id: ownerId });
  const orderedAt = new Date('2025-04-28T15:00:00Z');
  await owner.orders.create({
    org: slug, externalRef: 'O1', regionId: ids.r, shipFromLocationId: ids.l, orderedAt,
    shippedAt: new Date(orderedAt.getTime() + H), deliveredAt: new Date(orderedAt.getTime() + (onTime ? 24 : 96) * H), shippingCost: 3,
    lines: [{ skuId: ids.s, qtyOrdered: 4, qtyShipped: 4 - backordered, qtyShippedFirst: 4 - backordered, qtyBackordered: backordered, unitPrice: 10 }],
  } as never);
}

beforeAll(async () => {
  db = await openTestDatabase();
  world = await twoTenants(db.db);
  c = await makeOrg(db.db, 'tenant-c');
  const ownerC = await makeUser(db.db, 'owner@c.test');
  await addMember(db.db, c.id, ownerC.id, 'owner');
  await grant(db.db, c.id, world.p.id, 'viewer');
  await history(world.a.id, world.a.slug, world.people.ownerA.id, true, 0);
  await history(c.id, c.slug, ownerC.id, false, 2);
});
afterAll(() => db.close());

it('ranks the clients by risk with their KPIs, and never shows a client that did not grant access', async () => {
  const am = await callerFor(db.db, world.people.amP);
  const rows = await am.portfolio.overview({ org: world.p.slug, period: { kind: 'last7' }, asOf: AS_OF });
  expect(rows.map((r) => r.slug)).toEqual(['tenant-c', 'tenant-a']);
  expect(rows[0]).toMatchObject({ riskRank: 1, onTimeRate: 0, onTimeTarget: 0.95, stockoutValue: 20, lineFillRate: 0.5, role: 'viewer', openRecommendations: 0 });
  expect(rows[0]!.slaGap).toBeCloseTo(0.95, 6);
  expect(rows[1]).toMatchObject({ riskRank: 2, onTimeRate: 1, stockoutValue: 0, lineFillRate: 1 });
  expect(rows[1]!.trend).toHaveLength(12);
  expect(rows.some((r) => r.slug === world.b.slug)).toBe(false);
});

it('drops a revoked grant on the next request', async () => {
  const am = await callerFor(db.db, world.people.amP);
  expect((await am.portfolio.overview({ org: world.p.slug, asOf: AS_OF })).map((r) => r.slug)).toContain('tenant-c');
  await withGlobal(db.db, (tx) => tx.update(providerGrants).set({ revokedAt: new Date() }).where(eq(providerGrants.importerId, c.id)));
  expect((await am.portfolio.overview({ org: world.p.slug, asOf: AS_OF })).map((r) => r.slug)).toEqual(['tenant-a']);
  expect((await refusal(am.dashboard.kpis({ org: c.slug, asOf: AS_OF }))).code).toBe('NOT_FOUND');
});

it('is for provider members only', async () => {
  const owner = await callerFor(db.db, world.people.ownerA);
  expect((await refusal(owner.portfolio.overview({ org: world.a.slug }))).code).toBe('FORBIDDEN');
});

it('orders by SLA gap, then stockout value, clients without deliveries last (pure)', () => {
  const rows = [
    { name: 'none', slaGap: null, stockoutValue: 900 },
    { name: 'small gap big stockout', slaGap: 0.01, stockoutValue: 500 },
    { name: 'big gap', slaGap: 0.2, stockoutValue: 0 },
    { name: 'small gap bigger stockout', slaGap: 0.01, stockoutValue: 800 },
  ];
  expect([...rows].sort(compareRisk).map((r) => r.name)).toEqual(['big gap', 'small gap bigger stockout', 'small gap big stockout', 'none']);
});
