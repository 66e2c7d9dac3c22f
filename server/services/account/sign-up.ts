import { sql } from 'drizzle-orm';
import { withGlobal, type Database } from '@/db/client';
import { users } from '@/db/schema';
import { Conflict } from '../../errors';
import { hashPassword } from '../../auth/passwords';
import { createOrganization } from '../organizations/create';
import { signUpInput, type SignUpInput } from './schemas';

/** Creates the user, their importer organization (when named) and the owner membership: all or none. */
export async function signUp({ db, input }: { db: Database; input: SignUpInput }) {
  const data = signUpInput.parse(input);
  const passwordHash = await hashPassword(data.password);
  return withGlobal(db, async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${data.email}`).limit(1);
    if (existing) throw new Conflict('An account with this email already exists. Sign in instead.');
    const [user] = await tx.insert(users).values({ email: data.email, name: data.name, passwordHash }).returning();
    if (!user) throw new Error('user insert returned nothing');
    const org = data.organizationName ? await createOrganization({ db: tx, userId: user.id, input: { name: data.organizationName } }) : null;
    return { user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion }, organization: org };
  });
}
