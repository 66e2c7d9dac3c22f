import { asc, eq } from 'drizzle-orm';
import { memberships, users } from '@/db/schema';
import type { TenantServiceContext } from '../context';

export async function listMembers({ ctx }: { ctx: TenantServiceContext }) {
  return ctx.tx
    .select({ membershipId: memberships.id, userId: users.id, email: users.email, name: users.name, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, ctx.tenant.id))
    .orderBy(asc(users.email));
}
