/**
 * Files exported by other systems import as they are (issue 12 §4): headers mapped to the template's
 * columns and remembered per header row and per organization; the common date formats found (and an
 * ambiguous day/month asked for); countries written as names or alpha-3 codes; placeholder text in
 * optional date and money cells read as blank and counted.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { csv, importPrerequisites, preview, useTempImportsDir, type Caller } from './imports-support';

let db: TestDatabase;
let cleanup: () => void;
let world: Awaited<ReturnType<typeof twoTenants>>;
let caller: Caller;

beforeAll(async () => {
  cleanup = useTempImportsDir();
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
  cleanup();
});
beforeEach(async () => {
  await db.reset();
  world = await twoTenants(db.db);
  caller = await callerFor(db.db, world.people.plannerA);
  await importPrerequisites(caller, world.a.slug, 'orders');
});

const FOREIGN_HEADER = 'Shipment ID,Order Date,Dest Region,Origin Site,Item Code,Units,Freight (USD),Delivered On,Notes';
const MAPPING = {
  'Shipment ID': 'external_ref',
  'Order Date': 'ordered_at',
  'Dest Region': 'region_code',
  'Origin Site': 'ship_from_location_code',
  'Item Code': 'sku_code',
  Units: 'qty_ordered',
  'Freight (USD)': 'shipping_cost',
  'Delivered On': 'delivered_at',
  Notes: '',
};

async function storedOrders(tenantId: string) {
  const rows = await db.ownerQuery<{ external_ref: string; ordered_at: Date | string; delivered_at: Date | string | null; shipping_cost: string; ship_to_country: string | null; status: string }>(
    `select external_ref, ordered_at, delivered_at, shipping_cost::text, ship_to_country, status::text from orders where tenant_id = $1 order by external_ref`,
    [tenantId],
  );
  // The drivers differ (Date or text): times as Dates.
  return rows.map((r) => ({ ...r, ordered_at: new Date(r.ordered_at), delivered_at: r.delivered_at === null ? null : new Date(r.delivered_at) }));
}

describe('a file with foreign headers', () => {
  it('is mapped once, imports, and the next file of the same layout is read with that mapping; another organization is asked again', async () => {
    const first = await preview(caller, world.a.slug, 'orders', csv(FOREIGN_HEADER, 'SHP-1,2006-06-02,US-S,DAL-RDC,SKU-1001,2,8.90,2006-06-05,fragile', 'SHP-2,2006-06-03,US-S,DAL-RDC,SKU-1002,1,4.00,,'));
    expect(first.rememberedLayout).toBe(false);
    expect(first.layout?.complete).toBe(false);
    expect(first.layout?.headers).toEqual(FOREIGN_HEADER.split(','));
    expect(first.import.errors).toEqual([{ row: 1, message: expect.stringMatching(/header with the column names \(external_ref, ordered_at, sku_code, qty_ordered, …\)\. Map your file's columns/) }]);
    expect(first.layout?.matches.every((m) => m.column === null)).toBe(true);
    expect(await storedOrders(world.a.id)).toEqual([]);

    const mapped = await caller.imports.reread({ org: world.a.slug, importId: first.import.id, mapping: MAPPING });
    expect(mapped.import.errors).toEqual([]);
    expect(mapped.layout?.complete).toBe(true);
    expect(mapped.layout?.matches.find((m) => m.header === 'Freight (USD)')?.column).toBe('shipping_cost');
    expect(mapped.ignoredColumns).toEqual(['Notes']);
    expect(mapped.import.counts).toMatchObject({ rows: 2, new: 2, errors: 0 });
    const committed = await caller.imports.commit({ org: world.a.slug, importId: mapped.import.id });
    expect(committed.import.status).toBe('committed');
    expect((await storedOrders(world.a.id)).map((o) => [o.external_ref, o.shipping_cost])).toEqual([
      ['SHP-1', '8.9000'],
      ['SHP-2', '4.0000'],
    ]);

    const next = await preview(caller, world.a.slug, 'orders', csv(FOREIGN_HEADER, 'SHP-3,2006-06-04,US-S,DAL-RDC,SKU-1003,5,2.50,,'));
    expect(next.rememberedLayout).toBe(true);
    expect(next.readOptions.mapping).toEqual(MAPPING);
    expect(next.import.errors).toEqual([]);
    expect(next.import.counts).toMatchObject({ rows: 1, new: 1 });

    const otherCaller = await callerFor(db.db, world.people.ownerB);
    await importPrerequisites(otherCaller, world.b.slug, 'orders');
    const elsewhere = await preview(otherCaller, world.b.slug, 'orders', csv(FOREIGN_HEADER, 'SHP-3,2006-06-04,US-S,DAL-RDC,SKU-1003,5,2.50,,'));
    expect(elsewhere.rememberedLayout).toBe(false);
    expect(elsewhere.import.counts.errors).toBeGreaterThan(0);
  });

  it('a mapping to a column the file does not have is refused with the columns it may use', async () => {
    const first = await preview(caller, world.a.slug, 'orders', csv(FOREIGN_HEADER, 'SHP-1,2006-06-02,US-S,DAL-RDC,SKU-1001,2,8.90,,'));
    const wrong = await caller.imports.reread({ org: world.a.slug, importId: first.import.id, mapping: { ...MAPPING, Units: 'quantity' } });
    expect(wrong.import.errors).toEqual(expect.arrayContaining([{ row: 1, message: expect.stringMatching(/"Units" is mapped to quantity, which is not a column.*qty_ordered/) }]));
    expect(wrong.layout?.complete).toBe(false);
    // Not remembered: the next file of this layout is asked again.
    const again = await preview(caller, world.a.slug, 'orders', csv(FOREIGN_HEADER, 'SHP-9,2006-06-02,US-S,DAL-RDC,SKU-1001,2,8.90,,'));
    expect(again.rememberedLayout).toBe(false);
  });
});

describe('dates as other systems write them', () => {
  const file = (...rows: string[]) => csv('external_ref,ordered_at,region_code,ship_from_location_code,delivered_at,sku_code,qty_ordered', ...rows);

  it.each([
    ['2-Jun-06', '5-Jun-06', 'd-mon-y'],
    ['"Jun 2, 2006"', '"Jun 5, 2006"', 'mon-d-y'],
    ['6/2/06', '11/13/06', 'm/d/y'],
    ['2/6/2006', '13/11/2006', 'd/m/y'],
    ['2006/06/02', '2006/06/05', 'y/m/d'],
  ])('%s and %s are read as %s', async (ordered, delivered, format) => {
    const p = await preview(caller, world.a.slug, 'orders', file(`D-1,${ordered},US-S,DAL-RDC,,SKU-1001,1`, `D-2,${ordered},US-S,DAL-RDC,${delivered},SKU-1002,1`));
    expect(p.import.errors).toEqual([]);
    expect(p.layout?.dates).toMatchObject({ found: format, used: format, chosen: false, ambiguous: false });
    const c = await caller.imports.commit({ org: world.a.slug, importId: p.import.id });
    expect(c.import.status).toBe('committed');
    const [one] = await storedOrders(world.a.id);
    // A date alone is local midnight in the organization's zone (America/Chicago: CDT, UTC-5, in June).
    expect(one?.ordered_at.toISOString()).toBe('2006-06-02T05:00:00.000Z');
  });

  it('a time after the date is kept (2:05 PM)', async () => {
    const p = await preview(caller, world.a.slug, 'orders', file('T-1,11/13/06 2:05 PM,US-S,DAL-RDC,,SKU-1001,1'));
    expect(p.import.errors).toEqual([]);
    await caller.imports.commit({ org: world.a.slug, importId: p.import.id });
    const [one] = await storedOrders(world.a.id);
    expect(one?.ordered_at.toISOString()).toBe('2006-11-13T20:05:00.000Z');
  });

  it('day/month that could be either is asked, nothing is read until chosen, then the chosen format is used at commit', async () => {
    const content = file('A-1,03/04/2006,US-S,DAL-RDC,,SKU-1001,1', 'A-2,05/04/2006,US-S,DAL-RDC,,SKU-1002,1');
    const p = await preview(caller, world.a.slug, 'orders', content);
    expect(p.layout?.dates).toMatchObject({ found: null, ambiguous: true, candidates: expect.arrayContaining(['m/d/y', 'd/m/y']) });
    expect(p.import.errors).toEqual([{ row: 1, column: 'ordered_at', message: expect.stringMatching(/month first or day first: choose the date format/) }]);
    expect(p.import.counts.rows).toBe(0);

    const chosen = await caller.imports.reread({ org: world.a.slug, importId: p.import.id, dateFormat: 'd/m/y' });
    expect(chosen.import.errors).toEqual([]);
    expect(chosen.layout?.dates).toMatchObject({ used: 'd/m/y', chosen: true });
    await caller.imports.commit({ org: world.a.slug, importId: chosen.import.id });
    // 3 and 5 April 2006, local midnight (daylight time began on 2 April that year).
    expect((await storedOrders(world.a.id)).map((o) => o.ordered_at.toISOString())).toEqual(['2006-04-03T05:00:00.000Z', '2006-04-05T05:00:00.000Z']);
  });

  it('a cell that is not a date in the file’s format is reported with its row and column, and nothing is written', async () => {
    const p = await preview(caller, world.a.slug, 'orders', file('B-1,2-Jun-06,US-S,DAL-RDC,,SKU-1001,1', 'B-2,2-Jun-06,US-S,DAL-RDC,31-Jun-06,SKU-1002,1'));
    expect(p.import.errors).toEqual([{ row: 3, column: 'delivered_at', message: expect.stringMatching(/"31-Jun-06" is not a date in the file's date format \(Day, month name, year: 2-Jun-06\)/) }]);
    const c = await caller.imports.commit({ org: world.a.slug, importId: p.import.id });
    expect(c.import.status).toBe('failed');
    expect(await storedOrders(world.a.id)).toEqual([]);
  });
});

describe('countries and placeholders', () => {
  it("Côte d'Ivoire, Vietnam, United States, USA and VNM are stored as CI, VN, US, US, VN", async () => {
    const p = await preview(
      caller,
      world.a.slug,
      'orders',
      csv(
        'external_ref,ordered_at,region_code,ship_from_location_code,ship_to_country,sku_code,qty_ordered',
        "C-1,2025-03-03 09:00,US-S,DAL-RDC,Côte d'Ivoire,SKU-1001,1",
        'C-2,2025-03-03 09:00,US-S,DAL-RDC,Vietnam,SKU-1001,1',
        'C-3,2025-03-03 09:00,US-S,DAL-RDC,United States,SKU-1001,1',
        'C-4,2025-03-03 09:00,US-S,DAL-RDC,USA,SKU-1001,1',
        'C-5,2025-03-03 09:00,US-S,DAL-RDC,vnm,SKU-1001,1',
      ),
    );
    expect(p.import.errors).toEqual([]);
    await caller.imports.commit({ org: world.a.slug, importId: p.import.id });
    expect((await storedOrders(world.a.id)).map((o) => o.ship_to_country)).toEqual(['CI', 'VN', 'US', 'US', 'VN']);
  });

  it('an unknown country name is still a row error', async () => {
    const p = await preview(caller, world.a.slug, 'orders', csv('external_ref,ordered_at,region_code,ship_from_location_code,ship_to_country,sku_code,qty_ordered', 'C-1,2025-03-03 09:00,US-S,DAL-RDC,Atlantis,SKU-1001,1'));
    expect(p.import.errors).toEqual([{ row: 2, column: 'ship_to_country', message: expect.stringMatching(/two-letter ISO 3166 code/) }]);
  });

  it('N/A, not captured, - and none in optional date and money cells are blank and counted; in a required date they are errors', async () => {
    const header = 'external_ref,ordered_at,region_code,ship_from_location_code,shipped_at,delivered_at,shipping_cost,sku_code,qty_ordered,unit_price';
    const p = await preview(
      caller,
      world.a.slug,
      'orders',
      csv(header, 'P-1,2025-03-03 09:00,US-S,DAL-RDC,N/A,not captured,-,SKU-1001,1,none', 'P-2,2025-03-03 09:00,US-S,DAL-RDC,2025-03-04 10:00,,4.50,SKU-1001,1,29.99'),
    );
    expect(p.import.errors).toEqual([]);
    expect(p.import.counts.placeholders).toBe(4);
    expect(p.layout?.placeholders.texts).toEqual(['N/A', 'not captured', '-', 'none']);
    await caller.imports.commit({ org: world.a.slug, importId: p.import.id });
    const [one] = await storedOrders(world.a.id);
    expect(one).toMatchObject({ external_ref: 'P-1', delivered_at: null, shipping_cost: '0.0000', status: 'open' });

    const bad = await preview(caller, world.a.slug, 'orders', csv(header, 'P-3,N/A,US-S,DAL-RDC,,,,SKU-1001,1,'));
    expect(bad.import.errors).toEqual([{ row: 2, column: 'ordered_at', message: expect.stringMatching(/is not a date/) }]);
    expect(bad.import.counts.placeholders).toBe(0);
  });
});
