/**
 * Sign-in throttling, per account and per IP, stored in Postgres (`login_throttle`) so that every app
 * instance sees the same counters. A key that fails LIMIT times within WINDOW is blocked for BLOCK.
 */
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '@/db/client';
import { loginThrottle } from '@/db/schema';
import { RateLimited } from '../errors';

export const THROTTLE = {
  perAccount: { limit: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  perIp: { limit: 50, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
};

export function throttleKeys(email: string, ip: string | null): { key: string; rule: typeof THROTTLE.perAccount }[] {
  const keys = [{ key: `email:${email.trim().toLowerCase()}`, rule: THROTTLE.perAccount }];
  if (ip) keys.push({ key: `ip:${ip}`, rule: THROTTLE.perIp });
  return keys;
}

/** Throws RateLimited when any key is blocked now. */
export async function assertNotThrottled(db: Queryable, email: string, ip: string | null, now = new Date()): Promise<void> {
  for (const { key } of throttleKeys(email, ip)) {
    const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).limit(1);
    if (row?.blockedUntil && row.blockedUntil > now) {
      throw new RateLimited(Math.max(1, Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000)));
    }
  }
}

/** Counts one failed attempt against each key; blocks a key that reaches its limit. */
export async function recordFailure(db: Queryable, email: string, ip: string | null, now = new Date()): Promise<void> {
  for (const { key, rule } of throttleKeys(email, ip)) {
    // Raw SQL parameters are passed as ISO text: postgres.js does not serialise Date inside sql``.
    const windowStart = sql`${new Date(now.getTime() - rule.windowSeconds * 1000).toISOString()}::timestamptz`;
    const nowSql = sql`${now.toISOString()}::timestamptz`;
    const blockUntil = new Date(now.getTime() + rule.blockSeconds * 1000);
    await db
      .insert(loginThrottle)
      .values({ key, failures: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: sql`case when ${loginThrottle.windowStartedAt} < ${windowStart} then 1 else ${loginThrottle.failures} + 1 end`,
          windowStartedAt: sql`case when ${loginThrottle.windowStartedAt} < ${windowStart} then ${nowSql} else ${loginThrottle.windowStartedAt} end`,
        },
      });
    await db
      .update(loginThrottle)
      .set({ blockedUntil: blockUntil, failures: 0, windowStartedAt: now })
      .where(sql`${loginThrottle.key} = ${key} and ${loginThrottle.failures} >= ${rule.limit}`);
  }
}

/** A successful sign-in clears the account's counter (not the IP's). */
export async function recordSuccess(db: Queryable, email: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, `email:${email.trim().toLowerCase()}`));
}
