import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '@/db/client';
import { memberships, users } from '@/db/schema';

/**
 * Ends every session of these users on their next request (their cookies carry the old version).
 * Used when access is taken away: removal from an organization, a revoked provider grant.
 */
export async function endSessionsOf(db: Queryable, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(inArray(users.id, userIds));
}

/** The members of a provider organization who act in its clients through grants. */
export async function grantHolders(db: Queryable, providerId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, providerId), inArray(memberships.role, ['owner', 'account_manager'])));
  return rows.map((r) => r.userId);
}
