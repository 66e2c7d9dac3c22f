import { eq, sql } from 'drizzle-orm';
import { withGlobal, type Database } from '@/db/client';
import { users } from '@/db/schema';

/** Ends every session of the user: each JWT carries the old version and is refused on its next request. */
export async function signOutEverywhere({ db, userId }: { db: Database; userId: string }) {
  await withGlobal(db, (tx) => tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId)));
  return { signedOut: true as const };
}
