/** Transfer lanes (location → location): CRUD, cross-border flag, list, validation, duplicates, archive, roles, tenants, export by code. */
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

async function sites(caller: Caller, org: string) {
  const mem = await caller.locations.create({ org, code: 'MEM', name: 'Memphis', country: 'US' });
  const rno = await caller.locations.create({ org, code: 'RNO', name: 'Reno', country: 'US' });
  const yyz = await caller.locations.create({ org, code: 'YYZ', name: 'Toronto', country: 'CA' });
  return { mem, rno, yyz };
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

describe('transfer lanes', () => {
  it('creates transfer lanes, flags cross-border ones, and counts customs days only across a border', async () => {
    const s = await sites(planner, A.org);
    const domestic = await planner.transferLanes.create({ ...A, fromLocationId: s.mem.id, toLocationId: s.rno.id, transitDays: 3, costPerUnit: 0.8, customsDays: 2 });
    const border = await planner.transferLanes.create({ ...A, fromLocationId: s.mem.id, toLocationId: s.yyz.id, transitDays: 4, customsDays: 2 });
    expect(domestic.crossBorder).toBe(false);
    expect(border.crossBorder).toBe(true);
    expect(await viewer.transferLanes.get({ ...A, id: domestic.id })).toMatchObject({ crossBorder: false, totalDays: 3 });
    expect(await viewer.transferLanes.get({ ...A, id: border.id })).toMatchObject({ crossBorder: true, totalDays: 6, from: { code: 'MEM' }, to: { code: 'YYZ' } });
    const detail = await viewer.locations.get({ ...A, id: s.mem.id });
    expect(detail.transferLanesOut.map((t) => t.otherCode)).toEqual(['RNO', 'YYZ']);
    expect((await viewer.locations.get({ ...A, id: s.yyz.id })).transferLanesIn.map((t) => t.otherCode)).toEqual(['MEM']);
    const updated = await planner.transferLanes.update({ ...A, id: domestic.id, transitDays: 2.5 });
    expect(updated.transitDays).toBe(2.5);
    await planner.transferLanes.archive({ ...A, id: domestic.id });
    expect((await viewer.transferLanes.list(A)).rows.map((r) => [r.toLocationCode, r.crossBorder])).toEqual([['YYZ', true]]);
    await planner.transferLanes.unarchive({ ...A, id: domestic.id });
    expect((await viewer.transferLanes.list(A)).total).toBe(2);
  });

  it('lists with sort, search, filters and paging', async () => {
    const s = await sites(planner, A.org);
    await planner.transferLanes.create({ ...A, fromLocationId: s.mem.id, toLocationId: s.rno.id, transitDays: 3 });
    await planner.transferLanes.create({ ...A, fromLocationId: s.rno.id, toLocationId: s.mem.id, transitDays: 3 });
    await planner.transferLanes.create({ ...A, fromLocationId: s.yyz.id, toLocationId: s.mem.id, transitDays: 5 });
    expect((await viewer.transferLanes.list({ ...A, sort: 'toLocationCode' })).rows.map((r) => `${r.fromLocationCode}>${r.toLocationCode}`)).toEqual(['RNO>MEM', 'YYZ>MEM', 'MEM>RNO']);
    expect((await viewer.transferLanes.list({ ...A, search: 'toronto' })).total).toBe(1);
    expect((await viewer.transferLanes.list({ ...A, filters: { toLocationId: s.mem.id } })).total).toBe(2);
    expect((await viewer.transferLanes.list({ ...A, sort: 'transitDays', direction: 'desc', pageSize: 1 })).rows.map((r) => r.fromLocationCode)).toEqual(['YYZ']);
  });

  it('refuses a lane to itself, negative days, and a second lane in the same direction', async () => {
    const s = await sites(planner, A.org);
    const self = await refusal(planner.transferLanes.create({ ...A, fromLocationId: s.mem.id, toLocationId: s.mem.id, transitDays: 1 }));
    expect(self.fields.toLocationId).toBe('A transfer lane goes between two different locations.');
    const bad = await refusal(planner.transferLanes.create({ ...A, fromLocationId: s.mem.id, toLocationId: s.rno.id, transitDays: -1, customsDays: 'two' }));
    expect(bad.fields).toMatchObject({ transitDays: 'Transit days cannot be negative.', customsDays: 'Customs days must be a number.' });
    await planner.transferLanes.create({ ...A, fromLocationId: s.mem.id, toLocationId: s.rno.id, transitDays: 3 });
    expect(await refusal(planner.transferLanes.create({ ...A, fromLocationId: s.mem.id, toLocationId: s.rno.id, transitDays: 2 }))).toMatchObject({
      code: 'CONFLICT',
      message: 'A transfer lane from MEM to RNO already exists. Edit that lane instead.',
    });
    // The other direction is another lane.
    await planner.transferLanes.create({ ...A, fromLocationId: s.rno.id, toLocationId: s.mem.id, transitDays: 3 });
  });

  it('a foreign tenant’s transfer lane or location id is NOT_FOUND and nothing changes', async () => {
    const mine = await sites(planner, A.org);
    const theirs = await sites(ownerB, B.org);
    const theirLane = await ownerB.transferLanes.create({ ...B, fromLocationId: theirs.mem.id, toLocationId: theirs.rno.id, transitDays: 2 });
    const myLane = await planner.transferLanes.create({ ...A, fromLocationId: mine.mem.id, toLocationId: mine.rno.id, transitDays: 2 });
    const before = await db.snapshot();
    expect((await refusal(planner.transferLanes.get({ ...A, id: theirLane.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.transferLanes.update({ ...A, id: theirLane.id, transitDays: 1 }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.transferLanes.archive({ ...A, id: theirLane.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.transferLanes.create({ ...A, fromLocationId: mine.mem.id, toLocationId: theirs.yyz.id, transitDays: 1 }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.transferLanes.update({ ...A, id: myLane.id, toLocationId: theirs.yyz.id }))).code).toBe('NOT_FOUND');
    expect(await db.snapshot()).toEqual(before);
  });

  it('viewers cannot write', async () => {
    const s = await sites(planner, A.org);
    const before = await db.snapshot();
    expect((await refusal(viewer.transferLanes.create({ ...A, fromLocationId: s.mem.id, toLocationId: s.rno.id, transitDays: 1 }))).code).toBe('FORBIDDEN');
    expect(await db.snapshot()).toEqual(before);
  });

  it('exports transfer lanes naming both ends by code', async () => {
    const s = await sites(planner, A.org);
    await planner.transferLanes.create({ ...A, fromLocationId: s.mem.id, toLocationId: s.yyz.id, transitDays: 4, customsDays: 2, notes: '=2+5' });
    const csv = await downloadCsv(viewer, 'tenant-a', 'transfer-lanes');
    expect(csv.lines).toEqual(['from_location_code,to_location_code,transit_days,cost_per_unit,customs_days,notes', "MEM,YYZ,4,0,2,'=2+5"]);
  });
});
