/**
 * organization.update (Settings → Organization): admins rename the organization and change its currency
 * and time zone; a bad time zone or currency is refused with the field named and nothing changes; a
 * time-zone change re-keys kpi_daily by the new local order day in the same transaction; planners,
 * viewers and other tenants cannot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withGlobal, withTenant } from '@/db/client';
import { jobSchedules, kpiDaily, locations, regions, skus } from '@/db/schema';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { callPath } from './support/procedures';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;

beforeAll(async () => {
  db = await openTestDatabase();
  world = await twoTenants(db.db);
});
afterAll(() => db.close());

describe('organization.update', () => {
  it('renames, changes currency and time zone, and re-keys the daily KPIs by the new local day', async () => {
    const tenantId = world.a.id;
    const ids = await withTenant(db.db, tenantId, async (tx) => {
      const [r] = await tx.insert(regions).values({ tenantId, code: 'R', name: 'R', country: 'US' }).returning();
      const [l] = await tx.insert(locations).values({ tenantId, code: 'L', name: 'L', country: 'US' }).returning();
      const [s] = await tx.insert(skus).values({ tenantId, code: 'S', name: 'S', unitCost: 1, unitPrice: 2 }).returning();
      return { region: r!.id, location: l!.id, sku: s!.id };
    });
    const owner = await callerFor(db.db, world.people.ownerA);
    // 03:30 UTC on 3 March is still 2 March in Chicago, already 3 March in Berlin.
    await owner.orders.create({ org: world.a.slug, externalRef: 'TZ-1', regionId: ids.region, shipFromLocationId: ids.location, orderedAt: new Date('2026-03-03T03:30:00Z'), lines: [{ skuId: ids.sku, qtyOrdered: 1 }] });
    const days = async () => (await withTenant(db.db, tenantId, (tx) => tx.select({ day: kpiDaily.day }).from(kpiDaily).where(eq(kpiDaily.tenantId, tenantId)))).map((r) => r.day);
    expect(await days()).toEqual(['2026-03-02']);

    const result = await owner.organization.update({ org: world.a.slug, name: 'A Renamed', currency: 'eur', timezone: 'Europe/Berlin' });
    expect(result).toMatchObject({ name: 'A Renamed', currency: 'EUR', timezone: 'Europe/Berlin' });
    expect(result.rekeyedKpiRows).toBeGreaterThan(0);
    expect(await days()).toEqual(['2026-03-03']);
    expect(await owner.organization.current({ org: world.a.slug })).toMatchObject({ name: 'A Renamed', currency: 'EUR', timezone: 'Europe/Berlin' });
    // The nightly planning run moved with the zone: 02:00 in Berlin.
    const schedules = await withGlobal(db.db, (tx) => tx.select().from(jobSchedules).where(eq(jobSchedules.organizationId, tenantId)));
    expect(schedules.map((s) => [s.queue, s.timezone, s.localHour])).toEqual([['planning-nightly', 'Europe/Berlin', 2]]);
  });

  it('refuses a bad time zone or currency naming the field, and non-admins, changing nothing', async () => {
    const owner = await callerFor(db.db, world.people.ownerA);
    const before = await db.snapshot();
    const bad = await owner.organization.update({ org: world.a.slug, name: 'X', currency: 'US', timezone: 'Mars/Olympus' }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'BAD_REQUEST' });
    const fields = ((bad as { cause?: { issues?: { path: string[] }[] } }).cause?.issues ?? []).map((i) => i.path.join('.')).sort();
    expect(fields).toEqual(['currency', 'name', 'timezone']);
    const planner = await callerFor(db.db, world.people.plannerA);
    expect(await callPath(planner, 'organization.update', { org: world.a.slug, name: 'Nope', currency: 'USD', timezone: 'UTC' })).toBe('FORBIDDEN');
    const ownerB = await callerFor(db.db, world.people.ownerB);
    expect(await callPath(ownerB, 'organization.update', { org: world.a.slug, name: 'Nope', currency: 'USD', timezone: 'UTC' })).toBe('NOT_FOUND');
    expect(await db.snapshot()).toEqual(before);
  });
});
