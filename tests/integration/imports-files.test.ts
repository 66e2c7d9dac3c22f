/**
 * What a user can upload: files over the limit (refused before parsing), malformed CSV (unclosed quote,
 * another delimiter, no header, BOM, CRLF and CR line ends, chunks split anywhere, not UTF-8, cells
 * that do not line up) — each with a clear message and nothing written. And the procedures around a
 * file: the templates (a new organization filled from the template files alone), list, get, discard,
 * progress, a commit that finds the database changed since the preview, and another tenant's import.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readProgress } from '@/server/imports/progress';
import { IMPORT_ORDER } from '@/server/imports/registry';
import { FileTooLarge, storeUpload } from '@/server/imports/storage';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import { callPath } from './support/procedures';
import { csv, GOOD_FILES, importFile, importPrerequisites, preview, upload, useTempImportsDir, type Caller } from './imports-support';

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
});

const uploadsDir = () => path.join(process.env.IMPORTS_DIR ?? '', 'uploads');
const stagedUploads = () => (existsSync(uploadsDir()) ? readdirSync(uploadsDir()) : []);

/** ~`megabytes` MB of valid location rows, produced lazily (never held in memory whole). */
async function* bigLocationsFile(megabytes: number): AsyncGenerator<Uint8Array> {
  yield Buffer.from('code,name,country\n');
  const block = Buffer.from(Array.from({ length: 1000 }, (_, i) => `LOC-${i},Location ${i} with a reasonably long name,US`).join('\n') + '\n');
  for (let sent = 0; sent < megabytes * 1024 * 1024; sent += block.length) yield block;
}

describe('the size limit', () => {
  it('refuses a file over 50 MB while it streams in, before any parsing, and keeps nothing', async () => {
    const before = await db.snapshot();
    const error = await storeUpload(bigLocationsFile(51)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileTooLarge);
    expect((error as Error).message).toMatch(/limit is 50 MB/);
    expect((error as Error).message).toMatch(/Split it into smaller files/);
    expect(stagedUploads()).toEqual([]);
    expect(await db.snapshot()).toEqual(before);
  });

  it('refuses a declared size over the limit without reading a byte', async () => {
    let pulled = false;
    async function* untouched(): AsyncGenerator<Uint8Array> {
      pulled = true;
      yield Buffer.from('code,name,country\n');
    }
    await expect(storeUpload(untouched(), { declaredBytes: 60 * 1024 * 1024 })).rejects.toThrow(/the limit is 50 MB/);
    expect(pulled).toBe(false);
  });

  it('follows IMPORT_MAX_BYTES', async () => {
    const saved = process.env.IMPORT_MAX_BYTES;
    process.env.IMPORT_MAX_BYTES = '100';
    try {
      await expect(upload(GOOD_FILES.locations)).rejects.toThrow(/limit is 0\.0 MB|limit is 0 MB/);
    } finally {
      if (saved === undefined) delete process.env.IMPORT_MAX_BYTES;
      else process.env.IMPORT_MAX_BYTES = saved;
    }
  });
});

async function problems(content: string | (string | Uint8Array)[]) {
  const p = await preview(caller, world.a.slug, 'locations', content);
  return { p, errors: p.import.errors };
}

describe('malformed files', () => {
  it('an unclosed quote names the row where it starts', async () => {
    const { errors } = await problems(csv('code,name,country', 'AAA,"Unclosed name,US', 'BBB,Fine,US'));
    expect(errors).toEqual([expect.objectContaining({ row: 2, message: expect.stringMatching(/never closed/) })]);
  });

  it('another delimiter is named and the fix is said', async () => {
    const { errors } = await problems(csv('code;name;country', 'AAA;Alpha;US'));
    expect(errors).toEqual([{ row: 1, message: expect.stringMatching(/separated by semicolons.*comma delimited/) }]);
    const tabs = await problems(csv('code\tname\tcountry', 'AAA\tAlpha\tUS'));
    expect(tabs.errors[0]?.message).toMatch(/separated by tabs/);
  });

  it('a file without its header row, or without a required column, says which columns it needs', async () => {
    const noHeader = await problems(csv('MEM-CDC,Memphis,US'));
    expect(noHeader.errors).toEqual([{ row: 1, message: expect.stringMatching(/first row must be the header.*code, name, country/) }]);
    const missing = await problems(csv('code,name', 'AAA,Alpha'));
    expect(missing.errors).toEqual([{ row: 1, column: 'country', message: expect.stringMatching(/required column country is missing/) }]);
    const twice = await problems(csv('code,name,country,Name', 'AAA,Alpha,US,Beta'));
    expect(twice.errors).toEqual([{ row: 1, column: 'name', message: expect.stringMatching(/appears twice/) }]);
  });

  it('an empty file is explained', async () => {
    const { errors } = await problems('');
    expect(errors).toEqual([{ row: 1, message: expect.stringMatching(/file is empty/) }]);
  });

  it('a BOM and CRLF line ends (Excel) are read as plain CSV', async () => {
    const { p } = await problems('\uFEFFcode,name,country\r\nAAA,"Alpha, Inc.",US\r\nBBB,Beta,US\r\n');
    expect(p.import.counts).toMatchObject({ rows: 2, new: 2, errors: 0 });
    expect(p.columns).toEqual(['code', 'name', 'country']);
    expect(p.sample[0]?.cells).toEqual({ code: 'AAA', name: 'Alpha, Inc.', country: 'US' });
    await caller.imports.commit({ org: world.a.slug, importId: p.import.id });
    const rows = await db.ownerQuery<{ code: string; name: string }>(`select code, name from locations order by code`);
    expect(rows).toEqual([
      { code: 'AAA', name: 'Alpha, Inc.' },
      { code: 'BBB', name: 'Beta' },
    ]);
  });

  it('old Mac CR line ends and a quoted line break in a cell are read', async () => {
    const cr = await problems('code,name,country\rAAA,Alpha,US\rBBB,Beta,US\r');
    expect(cr.p.import.counts).toMatchObject({ rows: 2, new: 2, errors: 0 });
    const multiline = await problems(csv('code,name,country', 'AAA,"Alpha\nsecond line",US', 'BBB,Beta,US'));
    expect(multiline.p.import.counts).toMatchObject({ rows: 2, errors: 0 });
  });

  it('chunks split anywhere (inside the BOM, a multi-byte letter, a quoted cell) read the same', async () => {
    const bytes = Buffer.from('\uFEFFcode,name,country\r\nAAA,"Zoë ""the"" Café",US\r\nBBB,Überseehafen,DE\r\n', 'utf8');
    for (const step of [1, 2, 3, 5, 7]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += step) chunks.push(bytes.subarray(i, i + step));
      const { p } = await problems(chunks);
      expect(p.import.counts, `chunks of ${step} bytes`).toMatchObject({ rows: 2, errors: 0 });
      expect(p.sample.map((s) => s.cells.name)).toEqual(['Zoë "the" Café', 'Überseehafen']);
    }
  });

  it('a file that is not UTF-8 text (Latin-1, an Excel workbook) is refused with what to do', async () => {
    const latin1 = await problems([Buffer.from('code,name,country\nAAA,Caf', 'utf8'), Buffer.from([0xe9]), Buffer.from(',FR\n', 'utf8')]);
    expect(latin1.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/not UTF-8.*CSV UTF-8/) })]);
    const xlsx = await problems([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00])]);
    expect(xlsx.errors[0]?.message).toMatch(/Excel workbook/);
  });

  it('rows whose cells do not line up with the header, and stray quotes, are reported on their row', async () => {
    const { errors, p } = await problems(csv('code,name,country', 'AAA,Dallas, TX,US', 'BBB,"Al"pha",US', 'CCC,Gamma,US,,', ''));
    expect(errors).toEqual([
      { row: 2, message: expect.stringMatching(/4 cells but the header has 3.*double quotes/) },
      { row: 3, message: expect.stringMatching(/double quote inside a cell/) },
    ]);
    // Trailing empty cells and blank lines are fine.
    expect(p.import.counts).toMatchObject({ rows: 3, errors: 2, errorRows: 2 });
  });

  it('unknown columns are ignored and listed; headers match case and spacing loosely', async () => {
    const { p } = await problems(csv('Code,Name,COUNTRY,warehouse manager,isCentral', 'AAA,Alpha,us,Ann,yes'));
    expect(p.import.errors).toEqual([]);
    expect(p.ignoredColumns).toEqual(['warehouse manager']);
    expect(p.columns).toEqual(['code', 'name', 'country', 'is_central']);
  });

  it('nothing is written by any malformed file', async () => {
    const before = await db.snapshot();
    for (const content of [csv('code;name;country', 'A;B;US'), csv('code,name,country', 'AAA,"open,US', 'BBB,b,US'), '']) {
      const p = await preview(caller, world.a.slug, 'locations', content);
      const { import: committed } = await caller.imports.commit({ org: world.a.slug, importId: p.import.id });
      expect(committed.status).toBe('failed');
    }
    const after = await db.snapshot();
    expect(after.locations).toBe(before.locations);
    expect(after.imports).toBe((before.imports ?? 0) + 3);
  });
});

describe('templates and the procedures around a file', () => {
  it('a new organization is filled from the template files alone, each committed without a problem', async () => {
    for (const entity of IMPORT_ORDER) {
      const template = await caller.imports.template({ org: world.a.slug, entity });
      expect(template.csv.split('\r\n')[0]).toBe(template.columns.map((c) => c.name).join(','));
      expect(template.columns.every((c) => c.description.length > 5)).toBe(true);
      const { preview: p, commit } = await importFile(caller, world.a.slug, entity, template.csv, template.fileName);
      expect(p.import.errors, entity).toEqual([]);
      expect(commit.import.status, entity).toBe('committed');
      expect(p.import.counts.new, entity).toBeGreaterThan(0);
    }
    const orders = await caller.imports.template({ org: world.a.slug, entity: 'orders' });
    expect(orders.notes.join(' ')).toMatch(/America\/Chicago/);
  });

  it('list shows the history newest first; get has the problems and the first rows; discard drops a preview', async () => {
    await importFile(caller, world.a.slug, 'locations', GOOD_FILES.locations);
    const bad = await preview(caller, world.a.slug, 'regions', csv('code,name,country', 'US-S,South,XX'));
    const history = await caller.imports.list({ org: world.a.slug });
    expect(history.map((h) => [h.entity, h.status])).toEqual([
      ['regions', 'previewed'],
      ['locations', 'committed'],
    ]);
    expect(history[1]?.createdBy).toBe('planner');
    const detail = await caller.imports.get({ org: world.a.slug, importId: bad.import.id });
    expect(detail.errors).toEqual([{ row: 2, column: 'country', message: expect.any(String) }]);
    expect(detail.fileAvailable).toBe(true);
    expect(detail.sample.rows).toEqual([{ row: 2, cells: { code: 'US-S', name: 'South', country: 'XX' } }]);

    await caller.imports.discard({ org: world.a.slug, importId: bad.import.id });
    expect((await caller.imports.list({ org: world.a.slug })).map((h) => h.entity)).toEqual(['locations']);
    expect(await callPath(caller, 'imports.get', { org: world.a.slug, importId: bad.import.id })).toBe('NOT_FOUND');
    expect(await callPath(caller, 'imports.discard', { org: world.a.slug, importId: history[1]?.id })).toBe('CONFLICT');
  });

  it('a viewer reads the history but cannot preview or commit', async () => {
    const viewer = await callerFor(db.db, world.people.viewerA);
    const { uploadId } = await upload(GOOD_FILES.locations);
    expect(await callPath(viewer, 'imports.preview', { org: world.a.slug, entity: 'locations', uploadId, fileName: 'x.csv' })).toBe('FORBIDDEN');
    expect(await callPath(viewer, 'imports.list', { org: world.a.slug })).toBe('OK');
    expect(await callPath(viewer, 'imports.template', { org: world.a.slug, entity: 'skus' })).toBe('OK');
  });

  it('progress of a preview is kept for the user who started it', async () => {
    const { uploadId } = await upload(GOOD_FILES.locations);
    await caller.imports.preview({ org: world.a.slug, entity: 'locations', uploadId, fileName: 'x.csv', progressKey: 'key-12345678' });
    expect(readProgress(world.people.plannerA.id, 'key-12345678')).toMatchObject({ stage: 'done', rows: 3, totalRows: 3 });
    expect(readProgress(world.people.viewerA.id, 'key-12345678')).toBeNull();
  });

  it('a commit checks the rows again: a supplier archived since the preview fails it, and nothing is written', async () => {
    await importPrerequisites(caller, world.a.slug, 'purchase_orders');
    const p = await preview(caller, world.a.slug, 'purchase_orders', GOOD_FILES.purchase_orders);
    expect(p.import.errors).toEqual([]);
    await db.ownerQuery(`update suppliers set archived_at = now() where code = 'TW-COMP'`);
    const before = await db.snapshot();
    const { import: committed } = await caller.imports.commit({ org: world.a.slug, importId: p.import.id });
    expect(committed.status).toBe('failed');
    expect(committed.errors).toEqual([expect.objectContaining({ row: 4, column: 'supplier_code', message: expect.stringMatching(/archived/) })]);
    const after = await db.snapshot();
    expect(after.purchase_orders).toBe(before.purchase_orders);
    expect(after.stock_levels).toBe(before.stock_levels);
  });

  it("another tenant's import cannot be read, committed or discarded from one's own organization", async () => {
    const callerB = await callerFor(db.db, world.people.ownerB);
    const theirs = await preview(callerB, world.b.slug, 'locations', GOOD_FILES.locations);
    const before = await db.snapshot();
    for (const procedure of ['imports.get', 'imports.commit', 'imports.discard']) {
      expect(await callPath(caller, procedure, { org: world.a.slug, importId: theirs.import.id }), procedure).toBe('NOT_FOUND');
    }
    expect(await db.snapshot()).toEqual(before);
    expect((await callerB.imports.get({ org: world.b.slug, importId: theirs.import.id })).status).toBe('previewed');
  });

  it('a double click on Commit commits once', async () => {
    const p = await preview(caller, world.a.slug, 'locations', GOOD_FILES.locations);
    const [one, two] = await Promise.all([
      caller.imports.commit({ org: world.a.slug, importId: p.import.id }),
      caller.imports.commit({ org: world.a.slug, importId: p.import.id }),
    ]);
    expect([one.alreadyImported, two.alreadyImported].sort()).toEqual([false, true]);
    const [count] = await db.ownerQuery<{ n: string }>(`select count(*)::text as n from locations`);
    expect(Number(count?.n)).toBe(3);
  });
});
