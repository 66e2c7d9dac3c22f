import { and, count, eq } from 'drizzle-orm';
import { memberships } from '@/db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors';
import type { MemberRole } from '../../auth/roles';
import type { TenantServiceContext } from '../context';

export async function loadMembership(ctx: TenantServiceContext, membershipId: string) {
  const [row] = await ctx.tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.organizationId, ctx.tenant.id)))
    .limit(1);
  if (!row) throw new NotFound('Member not found.');
  return row;
}

export async function ownerCount(ctx: TenantServiceContext): Promise<number> {
  const [row] = await ctx.tx
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.organizationId, ctx.tenant.id), eq(memberships.role, 'owner')));
  return row?.n ?? 0;
}

/** Roles that exist in this kind of organization. */
export function assertRoleFitsOrganization(ctx: TenantServiceContext, role: MemberRole): void {
  const allowed: MemberRole[] = ctx.tenant.kind === 'provider' ? ['owner', 'account_manager'] : ['owner', 'admin', 'planner', 'viewer'];
  if (!allowed.includes(role)) {
    throw new Invalid(`A ${ctx.tenant.kind} organization has no ${role} role.`, [{ field: 'role', message: `Choose one of: ${allowed.join(', ')}.` }]);
  }
}

/** Only owners touch owners; the last owner can be neither demoted nor removed. */
export async function assertMayChange(ctx: TenantServiceContext, target: { role: MemberRole }, newRole: MemberRole | null): Promise<void> {
  const touchesOwner = target.role === 'owner' || newRole === 'owner';
  if (touchesOwner && ctx.tenant.role !== 'owner') throw new Forbidden('Only an owner can add, change or remove an owner.');
  if (target.role === 'owner' && newRole !== 'owner' && (await ownerCount(ctx)) <= 1) {
    throw new Conflict('The organization needs at least one owner. Make someone else owner first.');
  }
}
