import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { invitations } from '@/db/schema';
import { NotFound } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import type { revokeInvitationInput } from './schemas';

export async function revokeInvitation({ ctx, input }: { ctx: TenantServiceContext; input: z.infer<typeof revokeInvitationInput> }) {
  const [row] = await ctx.tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.id, input.invitationId), eq(invitations.organizationId, ctx.tenant.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning();
  if (!row) throw new NotFound('Invitation not found or no longer open.');
  await recordAudit(ctx, { action: 'invitation.revoked', entity: 'invitation', entityId: row.id, before: { email: row.email } });
  return { revoked: true as const };
}
