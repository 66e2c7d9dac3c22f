import { eq, sql } from 'drizzle-orm';
import { withGlobal, type Database } from '@/db/client';
import { users } from '@/db/schema';
import { Invalid } from '../../errors';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { countLoginAttempt } from '../../auth/throttle';
import { changePasswordInput, type ChangePasswordInput } from './schemas';

/**
 * Sets a new password after checking the current one (counted like a sign-in attempt), and ends every
 * session of the user, this one included: each cookie carries the old session version.
 */
export async function changePassword({ db, userId, ip, input }: { db: Database; userId: string; ip: string | null; input: ChangePasswordInput }) {
  const data = changePasswordInput.parse(input);
  const [user] = await withGlobal(db, (tx) => tx.select().from(users).where(eq(users.id, userId)).limit(1));
  if (!user) throw new Invalid('Your account was not found.');
  await withGlobal(db, (tx) => countLoginAttempt(tx, user.email, ip));
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new Invalid('The current password is not right.', [{ field: 'currentPassword', message: 'This is not your current password.' }]);
  }
  const passwordHash = await hashPassword(data.newPassword);
  await withGlobal(db, (tx) => tx.update(users).set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId)));
  return { changed: true as const };
}
