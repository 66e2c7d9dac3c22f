import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { invitations } from '@/db/schema';
import type { TenantServiceContext } from '../context';

/** Open invitations: not accepted, not revoked, not expired. */
export async function listInvitations({ ctx }: { ctx: TenantServiceContext }) {
  return ctx.tx
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
    .from(invitations)
    .where(and(eq(invitations.organizationId, ctx.tenant.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())))
    .orderBy(desc(invitations.createdAt));
}
