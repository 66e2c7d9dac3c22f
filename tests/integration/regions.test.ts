/** Regions and their dated SLAs: CRUD, the SLA in force, list, validation, duplicates, archive, roles, tenants, export. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { todayIn } from '@/server/services/master-data/today';
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
const west = { code: 'us-w', name: 'West', country: 'US', centroidLat: 38.2, centroidLng: -118.9, postalPrefixes: '59 80, 9' };

function shiftDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
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

describe('regions', () => {
  it('creates and updates a region, postal prefixes parsed from text', async () => {
    const region = await planner.regions.create({ ...A, ...west });
    expect(region).toMatchObject({ code: 'US-W', postalPrefixes: ['59', '80', '9'], centroidLat: 38.2 });
    const updated = await planner.regions.update({ ...A, id: region.id, postalPrefixes: ['59', '8'], name: 'West coast' });
    expect(updated).toMatchObject({ postalPrefixes: ['59', '8'], name: 'West coast', code: 'US-W' });
    expect((await viewer.regions.get({ ...A, id: region.id })).region.name).toBe('West coast');
  });

  it('keeps a dated SLA history; the latest effective on or before today applies, a future one is scheduled', async () => {
    const region = await planner.regions.create({ ...A, ...west });
    const today = todayIn('UTC');
    await planner.regions.addSla({ ...A, regionId: region.id, effectiveFrom: shiftDays(today, -400), targetDeliveryDays: 3, targetFillRate: 0.95, targetCycleServiceLevel: 0.9 });
    await planner.regions.addSla({ ...A, regionId: region.id, effectiveFrom: shiftDays(today, -30), targetDeliveryDays: '2', targetFillRate: '0.97' });
    const future = await planner.regions.addSla({ ...A, regionId: region.id, effectiveFrom: shiftDays(today, 30), targetDeliveryDays: 1 });
    const detail = await viewer.regions.get({ ...A, id: region.id });
    expect(detail.currentSla).toMatchObject({ targetDeliveryDays: 2, targetFillRate: 0.97, targetCycleServiceLevel: 0.95 });
    expect(detail.slas.map((s) => s.status)).toEqual(['scheduled', 'current', 'past']);
    const listed = await viewer.regions.list(A);
    expect(listed.rows[0]).toMatchObject({ code: 'US-W', targetDeliveryDays: 2, targetFillRate: 0.97 });

    const twice = await refusal(planner.regions.addSla({ ...A, regionId: region.id, effectiveFrom: shiftDays(today, -30), targetDeliveryDays: 4 }));
    expect(twice).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(`US-W already has an SLA effective from ${shiftDays(today, -30)}`) });
    const past = detail.slas.find((s) => s.status === 'current')!;
    expect((await refusal(planner.regions.removeSla({ ...A, id: past.id }))).code).toBe('CONFLICT');
    await planner.regions.removeSla({ ...A, id: future.id });
    expect((await viewer.regions.get({ ...A, id: region.id })).slas).toHaveLength(2);
  });

  it('validates SLA targets: delivery days > 0, fill rate and CSL strictly between 0 and 1, a real date', async () => {
    const region = await planner.regions.create({ ...A, ...west });
    const bad = await refusal(planner.regions.addSla({ ...A, regionId: region.id, effectiveFrom: '2025-02-30', targetDeliveryDays: 0, targetFillRate: 1, targetCycleServiceLevel: 0 }));
    expect(bad.fields).toEqual({
      effectiveFrom: 'Effective from must be a date like 2025-01-31.',
      targetDeliveryDays: 'Target delivery days must be greater than 0.',
      targetFillRate: 'Target fill rate must be less than 1.',
      targetCycleServiceLevel: 'Target cycle service level must be greater than 0.',
    });
  });

  it('lists with sort by SLA days, search in postal prefixes, country filter and paging', async () => {
    // A fixed past day: "today" in UTC is tomorrow in the tenant's zone for a few hours every night.
    const inForce = '2024-01-01';
    const rows = [['R-1', 'North', 'US', 3], ['R-2', 'South', 'US', 1], ['R-3', 'Ontario', 'CA', 2]] as const;
    for (const [code, name, country, days] of rows) {
      const r = await planner.regions.create({ ...A, code, name, country, postalPrefixes: code === 'R-3' ? 'K1 M5' : '1' });
      await planner.regions.addSla({ ...A, regionId: r.id, effectiveFrom: inForce, targetDeliveryDays: days });
    }
    await planner.regions.create({ ...A, code: 'R-4', name: 'No SLA yet', country: 'US' });
    expect((await viewer.regions.list({ ...A, sort: 'targetDeliveryDays' })).rows.map((r) => r.code)).toEqual(['R-2', 'R-3', 'R-1', 'R-4']);
    expect((await viewer.regions.list({ ...A, search: 'm5' })).rows.map((r) => r.code)).toEqual(['R-3']);
    expect((await viewer.regions.list({ ...A, filters: { country: 'US' }, pageSize: 2, page: 2 })).rows.map((r) => r.code)).toEqual(['R-4']);
  });

  it('refuses invalid regions and duplicate codes', async () => {
    const bad = await refusal(planner.regions.create({ ...A, code: 'X', name: 'X', country: 'US', centroidLat: 40, postalPrefixes: 'ok no-dash' }));
    expect(bad.fields['postalPrefixes.1']).toContain('postal prefix');
    const half = await refusal(planner.regions.create({ ...A, code: 'X', name: 'X', country: 'US', centroidLat: 40 }));
    expect(half.fields.centroidLng).toContain('longitude');
    await planner.regions.create({ ...A, ...west });
    expect(await refusal(planner.regions.create({ ...A, ...west }))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('US-W') });
  });

  it('archives and restores; archived regions take no new SLA', async () => {
    const region = await planner.regions.create({ ...A, ...west });
    await planner.regions.archive({ ...A, id: region.id });
    expect((await viewer.regions.list(A)).total).toBe(0);
    expect((await refusal(planner.regions.addSla({ ...A, regionId: region.id, effectiveFrom: '2024-01-01', targetDeliveryDays: 2 }))).code).toBe('BAD_REQUEST');
    await planner.regions.unarchive({ ...A, id: region.id });
    expect(await viewer.regions.options(A)).toMatchObject([{ code: 'US-W' }]);
  });

  it('a foreign tenant’s region or SLA id is NOT_FOUND and nothing changes', async () => {
    const theirs = await ownerB.regions.create({ ...B, ...west });
    const theirSla = await ownerB.regions.addSla({ ...B, regionId: theirs.id, effectiveFrom: '2999-01-01', targetDeliveryDays: 2 });
    const before = await db.snapshot();
    expect((await refusal(planner.regions.get({ ...A, id: theirs.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.regions.update({ ...A, id: theirs.id, name: 'x' }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.regions.archive({ ...A, id: theirs.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.regions.addSla({ ...A, regionId: theirs.id, effectiveFrom: '2024-01-01', targetDeliveryDays: 2 }))).code).toBe('NOT_FOUND');
    expect((await refusal(planner.regions.removeSla({ ...A, id: theirSla.id }))).code).toBe('NOT_FOUND');
    expect(await db.snapshot()).toEqual(before);
  });

  it('viewers cannot write', async () => {
    const region = await planner.regions.create({ ...A, ...west });
    const before = await db.snapshot();
    expect((await refusal(viewer.regions.addSla({ ...A, regionId: region.id, effectiveFrom: '2024-01-01', targetDeliveryDays: 2 }))).code).toBe('FORBIDDEN');
    expect((await refusal(viewer.regions.archive({ ...A, id: region.id }))).code).toBe('FORBIDDEN');
    expect(await db.snapshot()).toEqual(before);
  });

  it('exports regions and SLAs as CSV, neutralised and re-importable', async () => {
    const region = await planner.regions.create({ ...A, ...west, name: '=cmd|calc' });
    await planner.regions.addSla({ ...A, regionId: region.id, effectiveFrom: '2024-01-01', targetDeliveryDays: 2, targetFillRate: 0.97 });
    const regions = await downloadCsv(viewer, 'tenant-a', 'regions');
    expect(regions.lines).toEqual(['code,name,country,centroid_lat,centroid_lng,postal_prefixes,notes', "US-W,'=cmd|calc,US,38.2,-118.9,59 80 9,"]);
    const slas = await downloadCsv(viewer, 'tenant-a', 'slas');
    expect(slas.lines).toEqual(['region_code,effective_from,target_delivery_days,target_fill_rate,target_cycle_service_level,notes', 'US-W,2024-01-01,2,0.97,0.95,']);
  });
});
