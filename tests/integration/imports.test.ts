/**
 * CSV imports of every entity, through the upload path and the tRPC procedures: a good file lands; a
 * file with problems reports each (row, column) and writes nothing (row counts AND row contents of
 * every table unchanged, though it mixes valid changes with the wrong rows); the same file again is
 * reported as already imported and changes nothing; a changed file counts new, updated and unchanged
 * records and writes only those.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_ENTITIES, type ImportEntity } from '@/server/imports/importer';
import { openTestDatabase, type TestDatabase } from './support/database';
import { callerFor, twoTenants } from './support/actors';
import {
  BAD_FILES,
  CHANGED_FILES,
  contentDigest,
  ENTITY_TABLE,
  GOOD_FILES,
  importFile,
  importPrerequisites,
  preview,
  useTempImportsDir,
  type Caller,
} from './imports-support';

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

const RECORDS_IN_GOOD_FILE: Record<ImportEntity, number> = {
  locations: 3,
  regions: 3,
  slas: 3,
  lanes: 4,
  transfer_lanes: 2,
  suppliers: 2,
  skus: 3,
  stock_levels: 3,
  purchase_orders: 2,
  orders: 3,
};

const entities = IMPORT_ENTITIES.map((e) => [e] as const);
const digest = () => contentDigest(db.ownerQuery);

describe.each(entities)('%s import', (entity) => {
  it('a good file lands: previewed as new, committed in one go', async () => {
    await importPrerequisites(caller, world.a.slug, entity);
    const before = await db.snapshot();
    const { preview: p, commit } = await importFile(caller, world.a.slug, entity, GOOD_FILES[entity]);
    expect(p.alreadyImported).toBe(false);
    expect(p.import).toMatchObject({ status: 'previewed', entity, errors: [] });
    expect(p.import.counts).toMatchObject({ new: RECORDS_IN_GOOD_FILE[entity], updated: 0, unchanged: 0, errors: 0 });
    expect(p.sample.length).toBeGreaterThan(0);
    expect(p.sample.every((s) => s.status === 'new')).toBe(true);
    expect(commit.import.status).toBe('committed');
    expect(commit.import.committedAt).toBeInstanceOf(Date);
    const after = await db.snapshot();
    expect(after[ENTITY_TABLE[entity]]).toBe((before[ENTITY_TABLE[entity]] ?? 0) + RECORDS_IN_GOOD_FILE[entity]);
    // Only tenant A got rows.
    const [foreign] = await db.ownerQuery<{ n: string }>(`select count(*)::text as n from "${ENTITY_TABLE[entity]}" where tenant_id = $1`, [world.b.id]);
    expect(Number(foreign?.n)).toBe(0);
  });

  it('a file with problems reports each row and column, and writes nothing', async () => {
    await importPrerequisites(caller, world.a.slug, entity);
    await importFile(caller, world.a.slug, entity, GOOD_FILES[entity]);
    const before = await db.snapshot();
    const contentBefore = await digest();
    const p = await preview(caller, world.a.slug, entity, BAD_FILES[entity].file);
    const reported = p.import.errors.map((e) => [e.row, e.column] as [number, string | undefined]);
    expect(reported).toEqual(expect.arrayContaining(BAD_FILES[entity].errors));
    // The valid rows of the file (row 2 is always a valid change) are not reported.
    expect(reported.some(([row]) => row === 2)).toBe(false);
    expect(p.import.counts.errors).toBe(p.import.errors.length);
    expect(p.import.errors.every((e) => e.message.length > 10)).toBe(true);

    const { import: committed } = await caller.imports.commit({ org: world.a.slug, importId: p.import.id });
    expect(committed.status).toBe('failed');
    expect(committed.errors.map((e) => [e.row, e.column])).toEqual(expect.arrayContaining(BAD_FILES[entity].errors));
    expect(await digest()).toEqual(contentBefore);
    // Only the import's own row and its two audit entries (preview, failed commit) were added.
    expect(await db.snapshot()).toEqual({ ...before, imports: (before.imports ?? 0) + 1, audit_log: (before.audit_log ?? 0) + 2 });
  });

  it('the same file again is reported as already imported and changes nothing', async () => {
    await importPrerequisites(caller, world.a.slug, entity);
    const first = await importFile(caller, world.a.slug, entity, GOOD_FILES[entity]);
    const before = await db.snapshot();
    const contentBefore = await digest();
    const again = await preview(caller, world.a.slug, entity, GOOD_FILES[entity], 'renamed-copy.csv');
    expect(again.alreadyImported).toBe(true);
    expect(again.import.id).toBe(first.preview.import.id);
    expect(again.import.status).toBe('committed');
    const recommit = await caller.imports.commit({ org: world.a.slug, importId: first.preview.import.id });
    expect(recommit.alreadyImported).toBe(true);
    expect(await db.snapshot()).toEqual(before);
    expect(await digest()).toEqual(contentBefore);
  });

  it('a changed file counts new, updated and unchanged records and writes only those', async () => {
    await importPrerequisites(caller, world.a.slug, entity);
    await importFile(caller, world.a.slug, entity, GOOD_FILES[entity]);
    const { preview: p, commit } = await importFile(caller, world.a.slug, entity, CHANGED_FILES[entity].file);
    expect(p.alreadyImported).toBe(false);
    expect(p.import.counts).toMatchObject({ ...CHANGED_FILES[entity].counts, errors: 0 });
    expect(commit.import.status).toBe('committed');
    expect(commit.import.counts).toMatchObject(CHANGED_FILES[entity].counts);
    // Importing it once more finds everything unchanged (a new file of the same content would be "already imported").
    const rows = CHANGED_FILES[entity].counts;
    const third = await preview(caller, world.a.slug, entity, CHANGED_FILES[entity].file.replace(/\n$/, '\n\n'));
    expect(third.import.counts).toMatchObject({ new: 0, updated: 0, unchanged: rows.new + rows.updated + rows.unchanged });
  });
});
