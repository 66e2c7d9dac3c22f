/**
 * Attempt throttling (sign-in by password, magic-link requests), stored in Postgres (`login_throttle`)
 * so that every app instance sees the same counters. See docs/decisions/0003-login-throttle-table.md.
 *
 * Each attempt is counted by ONE `INSERT … ON CONFLICT DO UPDATE … RETURNING` before the password is
 * checked: concurrent attempts on a key queue on its row, so a hundred parallel guesses get a hundred
 * distinct counts and only the allowed ones are evaluated. The first `limit` attempts are free; after
 * that a key may try once per delay, and the delay doubles with every evaluated attempt (up to
 * `maxDelaySeconds`). Nothing is ever locked for good: a stranger hammering an account only slows it
 * down, and its owner can always sign in with an emailed link. A key that stays quiet for
 * `quietSeconds` starts afresh.
 */
import { eq, sql } from 'drizzle-orm';
import { resultRows, type Queryable } from '@/db/client';
import { loginThrottle } from '@/db/schema';
import { RateLimited } from '../errors';

export interface ThrottleRule {
  /** Attempts evaluated without delay. */
  limit: number;
  /** Wait after the limit-th attempt; doubles after each later evaluated attempt. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** A key with no attempt for this long starts again from zero. */
  quietSeconds: number;
}

export const THROTTLE = {
  /** Password sign-ins per account (any IP). */
  perAccount: { limit: 5, baseDelaySeconds: 30, maxDelaySeconds: 15 * 60, quietSeconds: 15 * 60 },
  /** Password sign-ins per client IP (any account). */
  perIp: { limit: 50, baseDelaySeconds: 30, maxDelaySeconds: 15 * 60, quietSeconds: 15 * 60 },
  /** Magic-link emails per address. */
  magicPerAddress: { limit: 3, baseDelaySeconds: 60, maxDelaySeconds: 60 * 60, quietSeconds: 60 * 60 },
  /** Magic-link emails per client IP. */
  magicPerIp: { limit: 20, baseDelaySeconds: 60, maxDelaySeconds: 60 * 60, quietSeconds: 60 * 60 },
} satisfies Record<string, ThrottleRule>;

export interface ThrottleDecision {
  allowed: boolean;
  /** Seconds until the key may try again (0 when allowed). */
  retryAfterSeconds: number;
}

const normalEmail = (email: string) => email.trim().toLowerCase();
export const loginAccountKey = (email: string) => `login:email:${normalEmail(email)}`;
export const loginIpKey = (ip: string) => `login:ip:${ip}`;
export const magicAddressKey = (email: string) => `magic:email:${normalEmail(email)}`;
export const magicIpKey = (ip: string) => `magic:ip:${ip}`;

// Raw SQL parameters are passed as ISO text: postgres.js does not serialise Date inside sql``.
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/** Counts one attempt against `key` and says whether it may be evaluated: atomic, one statement. */
export async function countAttempt(db: Queryable, key: string, rule: ThrottleRule, now = new Date()): Promise<ThrottleDecision> {
  const nowSql = at(now);
  const quietSince = at(new Date(now.getTime() - rule.quietSeconds * 1000));
  const limit = sql`${rule.limit}::int`;
  // The wait after evaluated attempt number n (n >= limit): base × 2^(n − limit), capped.
  const delayAfter = (n: ReturnType<typeof sql>) =>
    sql`(${nowSql} + least(${rule.maxDelaySeconds}::float8, ${rule.baseDelaySeconds}::float8 * power(2, least(greatest(${n} - ${limit}, 0), 30))) * interval '1 second')`;
  const fresh = sql`case when 1 >= ${limit} then ${delayAfter(sql`1`)} else null end`;
  const open = sql`(t.not_before is null or t.not_before <= ${nowSql})`;
  const quiet = sql`t.last_attempt_at < ${quietSince}`;
  const result = await db.execute(sql`
    insert into login_throttle as t (key, attempts, last_attempt_at, not_before, allowed)
    values (${key}, 1, ${nowSql}, ${fresh}, true)
    on conflict (key) do update set
      attempts = case when ${quiet} then 1 when ${open} then t.attempts + 1 else t.attempts end,
      not_before = case
        when ${quiet} then ${fresh}
        when ${open} and t.attempts + 1 >= ${limit} then ${delayAfter(sql`(t.attempts + 1)`)}
        else t.not_before end,
      allowed = ${quiet} or ${open},
      last_attempt_at = ${nowSql}
    returning allowed, not_before`);
  const [row] = resultRows<{ allowed: boolean; not_before: string | Date | null }>(result);
  if (!row) throw new Error('login_throttle upsert returned nothing');
  if (row.allowed) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: secondsUntil(row.not_before, now) };
}

function secondsUntil(value: string | Date | null, now: Date): number {
  if (!value) return 1;
  const when = value instanceof Date ? value : new Date(value);
  return Math.max(1, Math.ceil((when.getTime() - now.getTime()) / 1000));
}

/**
 * Counts a password sign-in attempt, per client IP first (a throttled IP does not spend the account's
 * attempts), then per account. Throws RateLimited when either refuses.
 */
export async function countLoginAttempt(db: Queryable, email: string, ip: string | null, now = new Date()): Promise<void> {
  if (ip) {
    const byIp = await countAttempt(db, loginIpKey(ip), THROTTLE.perIp, now);
    if (!byIp.allowed) throw new RateLimited(byIp.retryAfterSeconds);
  }
  const byAccount = await countAttempt(db, loginAccountKey(email), THROTTLE.perAccount, now);
  if (!byAccount.allowed) throw new RateLimited(byAccount.retryAfterSeconds);
}

/** Counts a magic-link request per client IP, then per address. Throws RateLimited when either refuses. */
export async function countMagicLinkRequest(db: Queryable, email: string, ip: string | null, now = new Date()): Promise<void> {
  if (ip) {
    const byIp = await countAttempt(db, magicIpKey(ip), THROTTLE.magicPerIp, now);
    if (!byIp.allowed) throw new RateLimited(byIp.retryAfterSeconds);
  }
  const byAddress = await countAttempt(db, magicAddressKey(email), THROTTLE.magicPerAddress, now);
  if (!byAddress.allowed) throw new RateLimited(byAddress.retryAfterSeconds);
}

/**
 * A read-only look, for an early HTTP 429 before Auth.js runs: throws RateLimited when the account or
 * IP is waiting out a delay now. Counting (and the real decision) happens in countLoginAttempt.
 */
export async function assertNotThrottled(db: Queryable, email: string, ip: string | null, now = new Date()): Promise<void> {
  const keys = [loginAccountKey(email), ...(ip ? [loginIpKey(ip)] : [])];
  for (const key of keys) {
    const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).limit(1);
    const rule = key.startsWith('login:ip:') ? THROTTLE.perIp : THROTTLE.perAccount;
    const stillCounting = row && row.lastAttemptAt.getTime() >= now.getTime() - rule.quietSeconds * 1000;
    if (stillCounting && row.notBefore && row.notBefore > now) throw new RateLimited(secondsUntil(row.notBefore, now));
  }
}

/**
 * A successful sign-in clears the account's counter and gives the IP its attempt back (a right
 * password is no guess): an office behind one address is not slowed by its own sign-ins.
 */
export async function recordSuccess(db: Queryable, email: string, ip: string | null): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, loginAccountKey(email)));
  if (ip) {
    await db.execute(sql`
      update login_throttle set attempts = greatest(attempts - 1, 0),
        not_before = case when attempts - 1 < ${THROTTLE.perIp.limit}::int then null else not_before end
      where key = ${loginIpKey(ip)}`);
  }
}
