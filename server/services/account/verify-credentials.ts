import { sql } from 'drizzle-orm';
import { withGlobal, type Database } from '@/db/client';
import { users } from '@/db/schema';
import { Unauthenticated } from '../../errors';
import { decoyPasswordHash, verifyPassword } from '../../auth/passwords';
import { countLoginAttempt, recordSuccess } from '../../auth/throttle';
import { signInInput } from './schemas';

export const WRONG_CREDENTIALS = 'Wrong email or password.';

/**
 * Checks an email and password. Unknown email, wrong password and disabled account give the same
 * answer (and the same work: a decoy hash is verified for unknown emails). Every attempt is counted,
 * per IP and per account, before the password is looked at (server/auth/throttle.ts): once the free
 * attempts are spent, RateLimited is thrown without evaluating the password at all.
 */
export async function verifyCredentials({ db, email, password, ip }: { db: Database; email: string; password: string; ip: string | null }) {
  const parsed = signInInput.safeParse({ email, password });
  if (!parsed.success) throw new Unauthenticated(WRONG_CREDENTIALS);
  const data = parsed.data;
  await withGlobal(db, (tx) => countLoginAttempt(tx, data.email, ip));
  const [user] = await withGlobal(db, (tx) =>
    tx.select().from(users).where(sql`lower(${users.email}) = ${data.email}`).limit(1),
  );
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), data.password);
  if (!user || !ok || user.disabledAt) throw new Unauthenticated(WRONG_CREDENTIALS);
  await withGlobal(db, (tx) => recordSuccess(tx, data.email, ip));
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
