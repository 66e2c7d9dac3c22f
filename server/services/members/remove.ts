import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { memberships } from '@/db/schema';
import { recordAudit } from '../audit/record';
import { endSessionsOf } from '../account/end-sessions';
import type { TenantServiceContext } from '../context';
import { assertMayChange, loadMembership } from './guards';
import type { removeMemberInput } from './schemas';

/** Removes a member; their sessions end, so their very next request is refused (access is also resolved per request). */
export async function removeMember({ ctx, input }: { ctx: TenantServiceContext; input: z.infer<typeof removeMemberInput> }) {
  const target = await loadMembership(ctx, input.membershipId);
  await assertMayChange(ctx, target, null);
  await ctx.tx.delete(memberships).where(eq(memberships.id, target.id));
  await endSessionsOf(ctx.tx, [target.userId]);
  await recordAudit(ctx, { action: 'member.removed', entity: 'membership', entityId: target.id, before: { userId: target.userId, role: target.role } });
  return { removed: true as const };
}
