import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { memberships } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { assertMayChange, assertRoleFitsOrganization, loadMembership } from './guards';
import type { changeRoleInput } from './schemas';

export async function changeMemberRole({ ctx, input }: { ctx: TenantServiceContext; input: z.infer<typeof changeRoleInput> }) {
  const target = await loadMembership(ctx, input.membershipId);
  assertRoleFitsOrganization(ctx, input.role);
  await assertMayChange(ctx, target, input.role);
  const [updated] = await ctx.tx.update(memberships).set({ role: input.role }).where(eq(memberships.id, target.id)).returning();
  await recordAudit(ctx, { action: 'member.role_changed', entity: 'membership', entityId: target.id, before: { role: target.role }, after: { role: input.role } });
  return updated;
}
