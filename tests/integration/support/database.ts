/**
 * A real database per test file: in-memory PGlite by default; a fresh database on a real Postgres
 * server when TEST_DATABASE_URL is set (npm run test:pg). `reset()` empties every table between tests.
 */
import { randomBytes } from 'node:crypto';
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
    handle = await openDatabase({ dataDir: 'memory' });
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
