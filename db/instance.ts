/**
 * The app's one database handle per process, opened on first use. Kept on globalThis so hot reloads
 * reuse it (two handles on one PGlite folder lose writes); a failed open is not cached.
 */
import { openDatabase, type DatabaseHandle } from './client';

const holder = globalThis as unknown as { __footprintDb?: Promise<DatabaseHandle> };

export function getDatabase(): Promise<DatabaseHandle> {
  if (!holder.__footprintDb) {
    const opening = openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.PGLITE_DIR || undefined });
    holder.__footprintDb = opening;
    opening.catch(() => {
      if (holder.__footprintDb === opening) holder.__footprintDb = undefined;
    });
  }
  return holder.__footprintDb;
}

export async function getDb() {
  return (await getDatabase()).db;
}
