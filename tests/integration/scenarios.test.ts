/**
 * scenarios.* through tRPC callers on PGlite: save as many as people want, name them, edit open locations and
 * parameters (figures recomputed), compare two side by side (the article's two networks), CSV export, delete;
 * an infeasible scenario says which region and why; validation; roles and tenants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withTenant } from '@/db/client';
import { auditLog, lanes, scenarios } from '@/db/schema';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { downloadCsv, refusal } from './support/master-data';
import { ARTICLE_PARAMETERS, buildArticleNetwork, CENTRAL_CODE, REGIONAL_CODES, type ArticleNetwork } from './network-compare-fixtures';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof twoTenants>>;
let net: ArticleNetwork;
let netB: ArticleNetwork;

beforeAll(async () => {
  db = await openTestDatabase();
  world = await twoTenants(db.db);
  net = await buildArticleNetwork(db.db, world.a.id);
  netB = await buildArticleNetwork(db.db, world.b.id);
});
afterAll(() => db.close());

const planner = () => callerFor(db.db, world.people.plannerA);
const regional = () => REGIONAL_CODES.map((c) => net.locationIds[c]!);

describe('scenarios', () => {
  let centralId = '';
  let distributedId = '';

  it('saves named scenarios with their figures computed', async () => {
    const c = await planner();
    const central = await c.scenarios.create({ org: world.a.slug, name: 'Centralized', openLocationIds: [net.locationIds[CENTRAL_CODE]!], parameters: ARTICLE_PARAMETERS });
    const distributed = await c.scenarios.create({ org: world.a.slug, name: 'Four regional centers', notes: 'The article’s network', openLocationIds: regional(), parameters: ARTICLE_PARAMETERS });
    centralId = central.id;
    distributedId = distributed.id;
    expect(central.results?.status).toBe('solved');
    expect(central.results?.result?.figures.averageDeliveryDays.toFixed(1)).toBe('5.2');
    expect(distributed.results?.result?.figures.averageDeliveryDays.toFixed(1)).toBe('2.1');
    expect(distributed.results?.window).toEqual({ from: '2026-03-17', to: '2026-06-14', days: 90 });
    expect(distributed.parameters).toMatchObject({ reviewPeriodDays: 1, windowDays: 90, slaMode: 'penalty' });

    // The same figures as the optimized column of the comparison it could have been saved from.
    const compare = await c.networkCompare.compare({ org: world.a.slug, ...ARTICLE_PARAMETERS, k: 4 });
    expect(distributed.results?.result?.figures).toEqual(compare.rows.find((r) => r.key === 'optimized')!.result!.figures);
    expect(central.results?.result?.figures).toEqual(compare.rows.find((r) => r.key === 'centralized')!.result!.figures);

    const list = await c.scenarios.list({ org: world.a.slug, sort: 'name', direction: 'asc' });
    expect(list.total).toBe(2);
    expect(list.rows.map((r) => [r.name, r.openLocations.join(' '), r.status])).toEqual([
      ['Centralized', CENTRAL_CODE, 'solved'],
      ['Four regional centers', [...REGIONAL_CODES].sort().join(' '), 'solved'],
    ]);
    const audit = await withTenant(db.db, world.a.id, (tx) => tx.select().from(auditLog).where(eq(auditLog.entity, 'scenarios')));
    expect(audit.map((a) => a.action)).toEqual(['create', 'create']);
  });

  it('compares two side by side: the article table with the change from A to B', async () => {
    const result = await (await callerFor(db.db, world.people.viewerA)).scenarios.compare({ org: world.a.slug, a: centralId, b: distributedId });
    const row = (key: string) => result.rows.find((r) => r.key === key)!;
    expect(row('shippingCostPerUnit').a!.toFixed(2)).toBe('8.50');
    expect(row('shippingCostPerUnit').b!.toFixed(2)).toBe('4.20');
    expect(row('shippingCostPerUnit').better).toBe('b');
    expect(Math.round(row('inventoryValue').change! * 100)).toBe(24);
    expect(row('inventoryValue').better).toBe('a');
    expect(Math.round(row('expectedFillRate').b! * 100)).toBe(97);
    expect(row('openLocationCount')).toMatchObject({ a: 1, b: 4, better: null });
    expect(result.currency).toBe('USD');
    expect(result.sentence).toMatch(/^Distributing to 4 locations cuts delivery days 5\.2 → 2\.1 and shipping cost per unit 51%, for 26% more safety stock/);
  });

  it('edits the name, open locations and parameters; the figures follow', async () => {
    const c = await planner();
    const updated = await c.scenarios.update({ org: world.a.slug, id: distributedId, name: 'Three centers, no Northeast', openLocationIds: regional().filter((id) => id !== net.locationIds['EWR-RC']) });
    expect(updated.name).toBe('Three centers, no Northeast');
    expect(updated.results?.status).toBe('solved');
    // The Northeast now ships from a back-up lane: 5 days, outside its 3-day SLA.
    expect(updated.results?.result?.served.find((s) => s.regionCode === 'US-NE')).toMatchObject({ transitDays: 5, withinSla: false });
    expect(updated.results!.result!.figures.slaMetShare).toBeCloseTo(0.83, 2);
    const weekly = await c.scenarios.update({ org: world.a.slug, id: distributedId, parameters: { ...ARTICLE_PARAMETERS, reviewPeriodDays: 7 } });
    expect(weekly.results!.result!.figures.cycleStockUnits).toBeCloseTo(7 * updated.results!.result!.figures.cycleStockUnits, 6);
    expect(weekly.name).toBe('Three centers, no Northeast');
  });

  it('an infeasible scenario says which region and why', async () => {
    const c = await planner();
    // Nothing but the Los Angeles regional center can reach the West any more; open only Chicago and Atlanta.
    await withTenant(db.db, world.a.id, (tx) => tx.delete(lanes).where(eq(lanes.regionId, net.regionIds['US-W']!)).then(() =>
      tx.insert(lanes).values({ tenantId: world.a.id, locationId: net.locationIds['LAX-RC']!, regionId: net.regionIds['US-W']!, transitDays: 2, costPerUnit: 4 }),
    ));
    const stuck = await c.scenarios.create({ org: world.a.slug, name: 'Chicago and Atlanta', openLocationIds: [net.locationIds['ORD-RC']!, net.locationIds['ATL-RC']!], parameters: ARTICLE_PARAMETERS });
    expect(stuck.results?.status).toBe('infeasible');
    expect(stuck.results?.message).toBe(
      'West (US-W) has 1092.0 units/day of demand but no lane from the open locations (ORD-RC, ATL-RC); only LAX-RC can deliver there: open one of them or add a lane.',
    );
    expect(stuck.results?.result?.unserved.map((u) => u.regionCode)).toEqual(['US-W']);
    const list = await c.scenarios.list({ org: world.a.slug, search: 'chicago' });
    expect(list.rows.map((r) => r.status)).toEqual(['infeasible']);
  });

  it('recomputes on the current data', async () => {
    const c = await planner();
    const again = await c.scenarios.recompute({ org: world.a.slug, id: centralId });
    // The central warehouse lost its West lane above: the West is now unserved in the centralized scenario.
    expect(again.results?.status).toBe('infeasible');
    expect(again.results?.message).toMatch(/^West \(US-W\) has .* only LAX-RC can deliver there/);
  });

  it('refuses bad input with the field, and writes nothing', async () => {
    const c = await planner();
    const before = await db.snapshot();
    expect((await refusal(c.scenarios.create({ org: world.a.slug, name: '  ', openLocationIds: regional() }))).fields.name).toBe('Give the scenario a name.');
    expect((await refusal(c.scenarios.create({ org: world.a.slug, name: 'None open', openLocationIds: [] }))).fields.openLocationIds).toBe('Open at least one location.');
    const dup = await refusal(c.scenarios.create({ org: world.a.slug, name: 'centralized', openLocationIds: regional() }));
    expect(dup.message).toBe('A scenario named “centralized” already exists. Choose another name.');
    expect(dup.fields.name).toBe('This name is taken.');
    // B's location ids are not A's locations.
    const foreign = await refusal(c.scenarios.create({ org: world.a.slug, name: 'Foreign', openLocationIds: [netB.locationIds[CENTRAL_CODE]!] }));
    expect(foreign.code).toBe('BAD_REQUEST');
    expect(foreign.fields.openLocationIds).toBe('Choose active locations only.');
    const window = await refusal(c.scenarios.create({ org: world.a.slug, name: 'Long', openLocationIds: regional(), parameters: { ...ARTICLE_PARAMETERS, windowDays: 1000 } }));
    expect(window.fields['parameters.windowDays']).toBe('The demand window is at most 730 days.');
    expect(await db.snapshot()).toEqual(before);
  });

  it('exports the scenarios and a side-by-side comparison as CSV', async () => {
    const c = await planner();
    const list = await downloadCsv(c, world.a.slug, 'scenarios', 'sort=name&direction=asc');
    expect(list.status).toBe(200);
    expect(list.lines[0]).toBe('name,open_locations,status,average_delivery_days,sla_met_share,shipping_cost_per_unit,safety_stock_units,safety_stock_value,inventory_value,expected_fill_rate,total_cost_per_year,window_from,window_to,solved_at,updated_at');
    expect(list.lines.slice(1).map((l) => l.slice(0, 20))).toEqual(['Centralized,LAX-CDC,', 'Chicago and Atlanta,', '"Three centers, no N']);
    const side = await downloadCsv(c, world.a.slug, 'scenario-comparison', `filter.a=${centralId}&filter.b=${distributedId}`);
    expect(side.status).toBe(200);
    expect(side.lines[0]).toBe('figure,unit,currency,scenario_a,scenario_b,value_a,value_b,difference,change');
    expect(side.lines.find((l) => l.startsWith('Open locations,'))).toBe('Open locations,count,USD,Centralized,"Three centers, no Northeast",1,3,2,2');
  });

  it('deletes a scenario (planner), and another tenant or a viewer cannot touch it', async () => {
    const viewer = await callerFor(db.db, world.people.viewerA);
    expect((await refusal(viewer.scenarios.delete({ org: world.a.slug, id: centralId }))).code).toBe('FORBIDDEN');
    const ownerB = await callerFor(db.db, world.people.ownerB);
    expect((await refusal(ownerB.scenarios.get({ org: world.b.slug, id: centralId }))).code).toBe('NOT_FOUND');
    expect((await refusal(ownerB.scenarios.delete({ org: world.b.slug, id: centralId }))).code).toBe('NOT_FOUND');
    expect((await refusal(ownerB.scenarios.compare({ org: world.b.slug, a: centralId, b: distributedId }))).code).toBe('NOT_FOUND');
    expect((await ownerB.scenarios.list({ org: world.b.slug })).total).toBe(0);

    const c = await planner();
    expect(await c.scenarios.delete({ org: world.a.slug, id: centralId })).toEqual({ id: centralId });
    expect((await refusal(c.scenarios.get({ org: world.a.slug, id: centralId }))).code).toBe('NOT_FOUND');
    const left = await withTenant(db.db, world.a.id, (tx) => tx.select({ name: scenarios.name }).from(scenarios));
    expect(left.map((s) => s.name).sort()).toEqual(['Chicago and Atlanta', 'Three centers, no Northeast']);
  });
});
