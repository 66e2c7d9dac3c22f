/**
 * network.map: the tenant's locations, active regions with the SLA in force and their SLA attainment
 * over the window (from kpi_daily), and active lanes — never another tenant's rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@/db/client';
import { kpiDaily, lanes, locations, regions, slas } from '@/db/schema';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { callPath } from './support/procedures';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;
let ids: { mem: string; rno: string; old: string; west: string; east: string; gone: string };

beforeAll(async () => {
  db = await openTestDatabase();
  world = await twoTenants(db.db);
  const tenantId = world.a.id;
  ids = await withTenant(db.db, tenantId, async (tx) => {
    const [mem, rno, old] = await tx
      .insert(locations)
      .values([
        { tenantId, code: 'MEM', name: 'Memphis', kind: 'warehouse', country: 'US', lat: 35.04, lng: -89.98, isCentral: true },
        { tenantId, code: 'RNO', name: 'Reno', kind: 'dc', country: 'US', lat: 39.65, lng: -119.88 },
        { tenantId, code: 'OLD', name: 'Closed site', kind: '3pl', country: 'US', archivedAt: new Date('2026-01-01T00:00:00Z') },
      ])
      .returning();
    const [west, east, gone] = await tx
      .insert(regions)
      .values([
        { tenantId, code: 'W', name: 'West', country: 'US', centroidLat: 38.2, centroidLng: -118.9 },
        { tenantId, code: 'E', name: 'East', country: 'US', centroidLat: 41.3, centroidLng: -74.3 },
        { tenantId, code: 'X', name: 'Archived', country: 'US', archivedAt: new Date('2026-01-01T00:00:00Z') },
      ])
      .returning();
    await tx.insert(slas).values([
      { tenantId, regionId: west!.id, effectiveFrom: '2026-01-01', targetDeliveryDays: 3 },
      { tenantId, regionId: west!.id, effectiveFrom: '2026-10-15', targetDeliveryDays: 2 },
    ]);
    await tx.insert(lanes).values([
      { tenantId, locationId: rno!.id, regionId: west!.id, transitDays: 1.5, costPerUnit: 4.2 },
      { tenantId, locationId: mem!.id, regionId: west!.id, transitDays: 4.5, costPerUnit: 9, mode: 'ltl' },
      { tenantId, locationId: mem!.id, regionId: east!.id, transitDays: 2, costPerUnit: 5, archivedAt: new Date('2026-02-01T00:00:00Z') },
      { tenantId, locationId: old!.id, regionId: east!.id, transitDays: 2, costPerUnit: 5 },
    ]);
    const kpi = (day: string, regionId: string, locationId: string, delivered: number, onTime: number) => ({ tenantId, day, regionId, locationId, ordersCount: delivered, deliveredOrders: delivered, onTimeOrders: onTime });
    // Window Oct 2 - Oct 31 (30 days to Oct 31): West 45 on time of 50 over two locations; Oct 1 is outside.
    await tx.insert(kpiDaily).values([
      kpi('2026-10-02', west!.id, rno!.id, 30, 29),
      kpi('2026-10-31', west!.id, mem!.id, 20, 16),
      kpi('2026-10-01', west!.id, rno!.id, 100, 0),
      kpi('2026-11-01', east!.id, mem!.id, 10, 10),
    ]);
    return { mem: mem!.id, rno: rno!.id, old: old!.id, west: west!.id, east: east!.id, gone: gone!.id };
  });
  // Tenant B has its own network, which A must never see.
  await withTenant(db.db, world.b.id, (tx) => tx.insert(locations).values({ tenantId: world.b.id, code: 'B-ONLY', name: 'B site', country: 'DE', lat: 52.5, lng: 13.4 }));
});
afterAll(() => db.close());

describe('network.map', () => {
  it('returns the tenant’s locations, active regions with SLA and attainment, and active lanes', async () => {
    const viewer = await callerFor(db.db, world.people.viewerA);
    const map = await viewer.network.map({ org: world.a.slug, asOf: '2026-10-31' });
    expect(map.window).toEqual({ from: '2026-10-02', to: '2026-10-31', days: 30 });
    expect(map.currency).toBe('USD');
    expect(map.locations.map((l) => [l.code, l.kind, l.isCentral, l.active, l.lat, l.lng])).toEqual([
      ['MEM', 'warehouse', true, true, 35.04, -89.98],
      ['OLD', '3pl', false, false, null, null],
      ['RNO', 'dc', false, true, 39.65, -119.88],
    ]);
    expect(map.regions).toEqual([
      { id: ids.east, code: 'E', name: 'East', country: 'US', centroidLat: 41.3, centroidLng: -74.3, slaTargetDays: null, deliveredOrders: 0, onTimeOrders: 0, slaAttainment: null },
      { id: ids.west, code: 'W', name: 'West', country: 'US', centroidLat: 38.2, centroidLng: -118.9, slaTargetDays: 2, deliveredOrders: 50, onTimeOrders: 45, slaAttainment: 0.9 },
    ]);
    expect(map.lanes.map((l) => [l.locationId, l.regionId, l.mode, l.transitDays, l.costPerUnit])).toEqual([
      [ids.mem, ids.west, 'ltl', 4.5, 9],
      [ids.rno, ids.west, 'parcel', 1.5, 4.2],
    ]);
    expect(map.latestDeliveredDay).toBe('2026-11-01');
  });

  it('moves the window and the SLA in force with asOf and windowDays', async () => {
    const viewer = await callerFor(db.db, world.people.viewerA);
    const map = await viewer.network.map({ org: world.a.slug, asOf: '2026-10-10', windowDays: 10 });
    expect(map.window).toEqual({ from: '2026-10-01', to: '2026-10-10', days: 10 });
    expect(map.regions.find((r) => r.code === 'W')).toMatchObject({ slaTargetDays: 3, deliveredOrders: 130, onTimeOrders: 29 });
    const today = await viewer.network.map({ org: world.a.slug });
    expect(today.window.days).toBe(30);
    expect(await callPath(viewer, 'network.map', { org: world.a.slug, windowDays: 0 })).toBe('BAD_REQUEST');
    expect(await callPath(viewer, 'network.map', { org: world.a.slug, asOf: '31/10/2026' })).toBe('BAD_REQUEST');
  });

  it('shows each tenant only its own network', async () => {
    const ownerB = await callerFor(db.db, world.people.ownerB);
    const map = await ownerB.network.map({ org: world.b.slug, asOf: '2026-10-31' });
    expect(map.locations.map((l) => l.code)).toEqual(['B-ONLY']);
    expect(map.regions).toEqual([]);
    expect(map.lanes).toEqual([]);
    expect(map.latestDeliveredDay).toBeNull();
    expect(await callPath(ownerB, 'network.map', { org: world.a.slug })).toBe('NOT_FOUND');
  });
});
