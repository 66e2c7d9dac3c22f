/**
 * The orders CSV download streamed from the database (issue 12 §3), on PGlite (a cursor) and, under
 * `npm run test:pg`, on a Postgres server (COPY … TO STDOUT): the file imports back as a no-op, formula
 * cells stay neutralised, filters apply, another tenant's orders never appear (the query runs as the app
 * role inside the tenant's transaction), and the progress of the download is reported.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportCsvResponse } from '@/server/csv/export-response';
import { readProgress } from '@/server/imports/progress';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { csv, GOOD_FILES, importFile, importPrerequisites, preview, useTempImportsDir, type Caller } from './imports-support';

let db: TestDatabase;
let cleanup: () => void;
let world: Awaited<ReturnType<typeof twoTenants>>;
let planner: Caller;

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
  planner = await callerFor(db.db, world.people.plannerA);
  await importPrerequisites(planner, world.a.slug, 'orders');
  expect((await importFile(planner, world.a.slug, 'orders', GOOD_FILES.orders)).commit.import.status).toBe('committed');
});

async function download(who: keyof typeof world.people | null, org: string, query = '') {
  const person = who ? world.people[who] : null;
  const caller = await callerFor(db.db, person);
  const scope = person ? { db: db.db, userId: person.id } : null;
  const response = await exportCsvResponse({ caller, org, entity: 'orders', searchParams: new URLSearchParams(query), scope });
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '');
  return { response, status: response.status, text, lines };
}

describe('the orders download', () => {
  it('streams every line with a BOM and the import header, and imports back as a no-op', async () => {
    const file = await download('viewerA', world.a.slug);
    expect(file.status).toBe(200);
    expect(file.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.response.headers.get('x-total-rows')).toBe('4');
    expect(file.text.startsWith('\uFEFFexternal_ref,ordered_at,region_code,')).toBe(true);
    expect(file.lines).toHaveLength(5);
    expect(file.lines).toContain('SO-1,2025-03-03T15:14:00.000Z,US-S,,,web,DAL-RDC,2025-03-06T00:00:00.000Z,2025-03-03T22:40:00.000Z,2025-03-05T17:02:00.000Z,8.9,delivered,SKU-1001,2,2,2,0,29.99');

    const again = await preview(planner, world.a.slug, 'orders', file.text);
    expect(again.import.errors).toEqual([]);
    expect(again.import.counts).toMatchObject({ rows: 4, new: 0, updated: 0, unchanged: 3 });
  });

  it('keeps cells that start with = + - @ neutralised, numbers as numbers', async () => {
    const evil = csv(
      'external_ref,ordered_at,region_code,ship_from_location_code,channel,ship_to_postal_code,sku_code,qty_ordered,unit_price',
      '=HYPERLINK("http://x.test"),2025-03-06 10:00,US-S,DAL-RDC,+cmd,@SUM(A1),SKU-1001,1,0',
      '-2+3,2025-03-06 11:00,US-S,DAL-RDC,web,75201,SKU-1002,1,149',
    );
    expect((await importFile(planner, world.a.slug, 'orders', evil)).commit.import.status).toBe('committed');
    const file = await download('viewerA', world.a.slug, 'search=2025');
    const all = (await download('viewerA', world.a.slug)).lines;
    expect(all.find((l) => l.includes('HYPERLINK'))).toMatch(/^"'=HYPERLINK\(""http:\/\/x\.test""\)",2025-03-06T16:00:00\.000Z,US-S,'@SUM\(A1\),,'\+cmd,DAL-RDC,/);
    expect(all.find((l) => l.startsWith("'-2+3,"))).toMatch(/,SKU-1002,1,0,0,0,149$/);
    expect(file.status).toBe(200);
  });

  it('applies the filters of the list, and another tenant’s orders never appear', async () => {
    const ownerB = await callerFor(db.db, world.people.ownerB);
    await importPrerequisites(ownerB, world.b.slug, 'orders');
    const bFile = GOOD_FILES.orders.replace(/SO-/g, 'B-SO-');
    expect((await importFile(ownerB, world.b.slug, 'orders', bFile)).commit.import.status).toBe('committed');

    const mine = await download('viewerA', world.a.slug);
    expect(mine.lines.some((l) => l.startsWith('B-SO-'))).toBe(false);
    const theirs = await download('ownerB', world.b.slug);
    expect(theirs.lines.slice(1).every((l) => l.startsWith('B-SO-'))).toBe(true);

    const open = await download('viewerA', world.a.slug, 'filter.status=open');
    expect(open.lines.slice(1).map((l) => l.split(',')[0])).toEqual(['SO-3']);
    const searched = await download('viewerA', world.a.slug, 'search=SO-2');
    expect(searched.lines.slice(1).map((l) => l.split(',')[0])).toEqual(['SO-2']);
  });

  it('refuses before a byte for a foreign organization, a signed-out caller or a bad filter', async () => {
    expect((await download('viewerA', world.b.slug)).status).toBe(404);
    expect((await download(null, world.a.slug)).status).toBe(401);
    const bad = await download('viewerA', world.a.slug, 'filter.status=lost');
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/Status must be one of/);
  });

  it('reports its progress under the key the page chose, up to done', async () => {
    const key = 'export-progress-key-1';
    const file = await download('viewerA', world.a.slug, `progressKey=${key}`);
    expect(file.status).toBe(200);
    expect(readProgress(world.people.viewerA.id, key)).toMatchObject({ stage: 'done', rows: 4, totalRows: 4 });
    expect(readProgress(world.people.ownerA.id, key)).toBeNull();
  });
});
