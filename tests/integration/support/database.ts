/**
 * A real database per test file: in-memory PGlite by default; a fresh database on a real Postgres
 * server when TEST_DATABASE_URL is set (npm run test:pg). `reset()` empties every table between tests.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type DatabaseHandle } from '@/db/client';

export interface TestDatabase extends DatabaseHandle {
  /** The server database's name (Postgres), or 'memory' (PGlite). */
  databaseName: string;
  reset: () => Promise<void>;
  tables: () => Promise<string[]>;
  /** Row counts of every table, read as the owner (RLS does not hide anything from it). */
  snapshot: () => Promise<Record<string, number>>;
}

export const onRealPostgres = Boolean(process.env.TEST_DATABASE_URL);

async function createServerDatabase(adminUrl: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const { default: postgres } = await import('postgres');
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const name = `fp_test_${randomBytes(6).toString('hex')}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/**
 * Migrating an in-memory PGlite takes about 4 s and every test file opens one: the first file migrates
 * and leaves a dump in the temp folder, named by a hash of the migrations, the code that applies them and
 * the PGlite version; the others load it (about 1 s). Written under a temp name and renamed, so two workers
 * never read half a file.
 */
function snapshotPath(): string {
  const hash = createHash('sha256');
  for (const f of ['db/migrations', 'db/sql'].flatMap((dir) => readdirSync(path.resolve(dir), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort()) {
    hash.update(f).update(readFileSync(f));
  }
  for (const f of ['db/migrate.ts', 'db/job-queue.ts', 'db/app-login.ts', 'node_modules/pg-boss/package.json', 'node_modules/@electric-sql/pglite/package.json']) if (existsSync(f)) hash.update(readFileSync(f));
  return path.join(tmpdir(), `footprint-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
}

async function openPgliteFromSnapshot(): Promise<DatabaseHandle> {
  const file = snapshotPath();
  if (existsSync(file)) return openDatabase({ pgliteSnapshot: new Blob([readFileSync(file)]) });
  const handle = await openDatabase({ dataDir: 'memory' });
  const dump = await handle.dumpPglite!();
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, Buffer.from(await dump.arrayBuffer()));
  renameSync(temp, file);
  return handle;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  let handle: DatabaseHandle;
  let dropServerDb: (() => Promise<void>) | undefined;
  let databaseName = 'memory';
  if (process.env.TEST_DATABASE_URL) {
    const created = await createServerDatabase(process.env.TEST_DATABASE_URL);
    dropServerDb = created.drop;
    databaseName = created.name;
    handle = await openDatabase({ url: created.url });
  } else {
    handle = await openPgliteFromSnapshot();
  }
  const tables = async () =>
    (await handle.ownerQuery<{ tablename: string }>(`select tablename from pg_tables where schemaname = 'public' order by tablename`)).map((r) => r.tablename);
  return {
    ...handle,
    databaseName,
    tables,
    reset: async () => {
      const names = (await tables()).filter((t) => !t.startsWith('__drizzle'));
      if (names.length) await handle.ownerQuery(`truncate ${names.map((n) => `"${n}"`).join(', ')} cascade`);
    },
    snapshot: async () => {
      const out: Record<string, number> = {};
      for (const t of await tables()) {
        const [row] = await handle.ownerQuery<{ n: string | number }>(`select count(*) as n from "${t}"`);
        out[t] = Number(row?.n ?? 0);
      }
      return out;
    },
    close: async () => {
      await handle.close();
      await dropServerDb?.();
    },
  };
}
