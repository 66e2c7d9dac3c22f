import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { skus, users } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { loadPlanningSettings } from './load';
import { classPolicySchema, type PlanningSettingsView } from './schemas';

export async function getPlanningSettings({ ctx }: { ctx: TenantServiceContext }): Promise<PlanningSettingsView> {
  const { settings, updatedAt, updatedBy } = await loadPlanningSettings(ctx.tx, ctx.tenant.id);
  const [user] = updatedBy ? await ctx.tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, updatedBy)) : [];
  const overrides = await ctx.tx
    .select({ skuId: skus.id, skuCode: skus.code, skuName: skus.name, policy: skus.stockingPolicy })
    .from(skus)
    .where(and(eq(skus.tenantId, ctx.tenant.id), isNotNull(skus.stockingPolicy)))
    .orderBy(asc(skus.code))
    .limit(1000);
  return {
    ...settings,
    updatedAt,
    updatedBy: user ?? null,
    skuOverrides: overrides.flatMap((o) => {
      const policy = classPolicySchema.safeParse(o.policy);
      return policy.success ? [{ skuId: o.skuId, skuCode: o.skuCode, skuName: o.skuName, policy: policy.data }] : [];
    }),
  };
}
