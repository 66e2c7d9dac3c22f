import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { invitations, memberships, users } from '@/db/schema';
import { Conflict } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { assertMayChange, assertRoleFitsOrganization } from '../members/guards';
import { INVITATION_TTL_DAYS, type createInvitationInput } from './schemas';
import { newInvitationToken } from './token';

/**
 * Creates an invitation and returns the mail to send (the caller sends it after commit) and the link.
 * An earlier open invitation to the same email is replaced.
 */
export async function createInvitation({ ctx, input }: { ctx: TenantServiceContext; input: z.infer<typeof createInvitationInput> }) {
  assertRoleFitsOrganization(ctx, input.role);
  await assertMayChange(ctx, { role: 'viewer' }, input.role);
  const [already] = await ctx.tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, ctx.tenant.id), sql`lower(${users.email}) = ${input.email}`))
    .limit(1);
  if (already) throw new Conflict(`${input.email} is already a member of ${ctx.tenant.name}.`);

  await ctx.tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.organizationId, ctx.tenant.id), eq(invitations.email, input.email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())));

  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000);
  const [invitation] = await ctx.tx
    .insert(invitations)
    .values({ organizationId: ctx.tenant.id, email: input.email, role: input.role, invitedBy: ctx.user.id, tokenHash, expiresAt })
    .returning();
  if (!invitation) throw new Error('invitation insert returned nothing');
  await recordAudit(ctx, { action: 'invitation.created', entity: 'invitation', entityId: invitation.id, after: { email: input.email, role: input.role } });

  const link = `${ctx.origin}/invite/${token}`;
  const inviter = ctx.user.name ?? ctx.user.email;
  const mail = {
    to: input.email,
    subject: `${inviter} invited you to ${ctx.tenant.name} on Footprint`,
    text: `${inviter} invited you to join ${ctx.tenant.name} on Footprint as ${input.role}.\n\nAccept the invitation: ${link}\n\nThe link expires in ${INVITATION_TTL_DAYS} days.`,
  };
  return { invitation: { id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt }, link, mail };
}
