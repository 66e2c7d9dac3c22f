/** Lanes (location → region): CRUD, list with both ends, validation, duplicates per mode, archive, roles, tenants, export by code. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { downloadCsv, refusal } from './support/master-data';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;
type Caller = Awaited<ReturnType<typeof callerFor>>;
let planner: Caller;
let viewer: Caller;
let ownerB: Caller;
const A = { org: 'tenant-a' };
const B = { org: 'tenant-b' };

async function network(caller: Caller, org: string) {
  const mem = await caller.locations.create({ org, code: 'MEM', name: 'Memphis', country: 'US' });
  const rno = await caller.locations.create({ org, code: 'RNO', name: 'Reno', country: 'US' });
  const west = await caller.regions.create({ org, code: 'US-W', name: 'West', country: 'US' });
  const east = await caller.regions.create({ org, code: 'US-E', name: 'East', country: 'US' });
  return { mem, rno, west, east };
}

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.reset();
  world = await twoTenants(db.db);
  planner = await callerFor(db.db, world.people.plannerA);
  viewer = await callerFor(db.db, world.people.viewerA);
  ownerB = await callerFor(db.db, world.people.ownerB);
});

describe('lanes', () => {
  it('creates, reads, updates, archives and restores a lane; the location and region show it', async () => {
    const n = await network(planner, A.org);
    const lane = await planner.lanes.create({ ...A, locationId: n.rno.id, regionId: n.west.id, mode: 'Parcel', transitDays: '1.5', transitDaysSd: 0.4, costPerUnit: 6.1, costPerKg: 0.9 });
    expect(lane).toMatchObject({ mode: 'parcel', transitDays: 1.5, transitDaysSd: 0.4, costPerUnit: 6.1 });
    expect(await viewer.lanes.get({ ...A, id: lane.id })).toMatchObject({ location: { code: 'RNO' }, region: { code: 'US-W' } });
    expect((await viewer.locations.get({ ...A, id: n.rno.id })).lanes).toMatchObject([{ regionCode: 'US-W', transitDays: 1.5 }]);
    expect((await viewer.regions.get({ ...A, id: n.west.id })).lanes).toMatchObject([{ locationCode: 'RNO', meetsSla: null }]);
    await planner.lanes.update({ ...A, id: lane.id, transitDays: 2 });
    await planner.lanes.archive({ ...A, id: lane.id });
    expect((await viewer.lanes.list(A)).total).toBe(0);
    expect((await viewer.locations.get({ ...A, id: n.rno.id })).lanes).toEqual([]);
    await planner.lanes.unarchive({ ...A, id: lane.id });
    expect((await viewer.lanes.list(A)).rows).toMatchObject([{ transitDays: 2, locationCode: 'RNO', regionCode: 'US-W' }]);
  });

  it('lists with sort by either end or cost, search by codes and names, filters and paging', async () => {
    const n = await network(planner, A.org);
    await planner.lanes.create({ ...A, locationId: n.mem.id, regionId: n.west.id, transitDays: 4, costPerUnit: 5 });
    await planner.lanes.create({ ...A, locationId: n.mem.id, regionId: n.east.id, transitDays: 2, costPerUnit: 4 });
    await planner.lanes.create({ ...A, locationId: n.rno.id, regionId: n.west.id, transitDays: 1, costPerUnit: 7 });
    await planner.lanes.create({ ...A, locationId: n.rno.id, regionId: n.west.id, mode: 'air', transitDays: 0.5, costPerUnit: 20 });
    const byRegion = await viewer.lanes.list({ ...A, sort: 'regionCode', direction: 'desc' });
    expect(byRegion.rows.map((r) => r.regionCode)).toEqual(['US-W', 'US-W', 'US-W', 'US-E']);
    expect((await viewer.lanes.list({ ...A, sort: 'costPerUnit' })).rows.map((r) => r.costPerUnit)).toEqual([4, 5, 7, 20]);
    expect((await viewer.lanes.list({ ...A, search: 'reno west' })).total).toBe(2);
    expect((await viewer.lanes.list({ ...A, search: 'air' })).rows.map((r) => r.mode)).toEqual(['air']);
    expect((await viewer.lanes.list({ ...A, filters: { locationId: n.mem.id } })).total).toBe(2);
    expect((await viewer.lanes.list({ ...A, filters: { regionId: n.west.id, mode: 'parcel' } })).total).toBe(2);
    expect((await viewer.lanes.list({ ...A, sort: 'transitDays', pageSize: 3, page: 2 })).rows.map((r) => r.transitDays)).toEqual([4]);
  });

  it('refuses invalid lanes, and a second lane of the same mode between the same ends', async () => {
    const n = await network(planner, A.org);
    const bad = await refusal(planner.lanes.create({ ...A, locationId: '', regionId: n.west.id, mode: 'boat', transitDays: -1, costPerKg: -0.1 }));
    expect(bad.fields).toMatchObject({
      locationId: 'Choose a location.',
      mode: 'Mode must be one of: parcel, ltl, ftl, courier, ocean, air, rail.',
      transitDays: 'Transit days cannot be negative.',
      costPerKg: 'Cost per kg cannot be negative.',
    });
    await planner.lanes.create({ ...A, locationId: n.mem.id, regionId: n.west.id, transitDays: 3 });
    const dup = await refusal(planner.lanes.create({ ...A, locationId: n.mem.id, regionId: n.west.id, transitDays: 2 }));
    expect(dup).toMatchObject({ code: 'CONFLICT', message: 'A parcel lane from MEM to US-W already exists. Edit that lane instead.' });
    await planner.locations.archive({ ...A, id: n.rno.id });
    expect(await refusal(planner.lanes.create({ ...A, locationId: n.rno.id, regionId: n.west.id, transitDays: 1 }))).toMatchObject({ code: 'BAD_REQUEST', fields: { locationId: 'This location is archived.' } });
  });

  it('a foreign tenant’s lane, location or region id is NOT_FOUND and nothing changes', async () => {
    const mine = await network(planner, A.org);
    const theirs = await network(ownerB, B.org);
    const theirLane = await ownerB.lanes.create({ ...B, locationId: theirs.mem.id, regionId: theirs.west.id, transitDays: 2 });
    const myLane = await planner.lanes.create({ ...A, locationId: mine.mem.id, regionId: mine.west.id, transitDays: 2 });
    const before = await db.snapshot();
    expect((await refusal(planner.lanes.get({ ...A, id: theirLane.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.lanes.update({ ...A, id: theirLane.id, transitDays: 1 }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.lanes.archive({ ...A, id: theirLane.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.lanes.create({ ...A, locationId: theirs.mem.id, regionId: mine.west.id, transitDays: 1 }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.lanes.update({ ...A, id: myLane.id, regionId: theirs.east.id }))).code).toBe('NOT_FOUND');
    expect(await db.snapshot()).toEqual(before);
  });

  it('viewers cannot write', async () => {
    const n = await network(planner, A.org);
    const before = await db.snapshot();
    expect((await refusal(viewer.lanes.create({ ...A, locationId: n.mem.id, regionId: n.west.id, transitDays: 1 }))).code).toBe('FORBIDDEN');
    expect(await db.snapshot()).toEqual(before);
  });

  it('exports lanes naming both ends by code', async () => {
    const n = await network(planner, A.org);
    await planner.lanes.create({ ...A, locationId: n.mem.id, regionId: n.west.id, transitDays: 3.5, costPerUnit: 5.25, notes: '@carrier FedEx' });
    const csv = await downloadCsv(viewer, 'tenant-a', 'lanes');
    expect(csv.lines).toEqual(['location_code,region_code,mode,transit_days,transit_days_sd,cost_per_unit,cost_per_kg,notes', "MEM,US-W,parcel,3.5,0,5.25,0,'@carrier FedEx"]);
  });
});
