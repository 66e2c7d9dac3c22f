/**
 * The app's one database handle per process, opened on first use. Kept on globalThis so hot reloads
 * reuse it (two handles on one PGlite folder lose writes); a failed open is not cached.
 */
import { openDatabase, type DatabaseHandle } from './client';

const holder = globalThis as unknown as { __footprintDb?: Promise<DatabaseHandle> };

export function getDatabase(): Promise<DatabaseHandle> {
  if (!holder.__footprintDb) {
    // On a Postgres server the app does not migrate (`npm run db:migrate` does, as the owner): it
    // connects as the login role footprint_login and refuses to start if that role could bypass RLS.
    const url = process.env.DATABASE_URL || undefined;
    const opening = openDatabase({ url, dataDir: process.env.PGLITE_DIR || undefined, migrate: url ? false : undefined });
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
