/** Saves the tenant's planning settings (admin), audited with before and after. */
import { and, eq } from 'drizzle-orm';
import { planningSettings, skus } from '@/db/schema';
import { newId } from '@/db/schema/ids';
import type { TenantServiceContext } from '../context';
import { NotFound } from '../../errors';
import { recordAudit } from '../audit/record';
import { syncTenantSchedules } from '../../jobs/planning-nightly';
import { loadPlanningSettings } from './load';
import { getPlanningSettings } from './get';
import type { PlanningSettings, PlanningSettingsView, SetSkuStockingPolicyInput } from './schemas';

export async function updatePlanningSettings({ ctx, input }: { ctx: TenantServiceContext; input: PlanningSettings }): Promise<PlanningSettingsView> {
  const before = await loadPlanningSettings(ctx.tx, ctx.tenant.id);
  const now = new Date();
  await ctx.tx
    .insert(planningSettings)
    .values({ tenantId: ctx.tenant.id, id: newId(), settings: input, updatedBy: ctx.user.id, updatedAt: now })
    .onConflictDoUpdate({ target: planningSettings.tenantId, set: { settings: input, updatedBy: ctx.user.id, updatedAt: now } });
  await recordAudit(ctx, { action: 'planning_settings.updated', entity: 'planning_settings', entityId: null, before: before.settings, after: input });
  // The nightly run's hour or off switch takes effect now, in this transaction (not at the next hourly reconcile).
  await syncTenantSchedules(ctx.tx, { tenantId: ctx.tenant.id, now });
  return getPlanningSettings({ ctx });
}

/** A SKU's own stocking policy (null = follow its ABC class). */
export async function setSkuStockingPolicy({ ctx, input }: { ctx: TenantServiceContext; input: SetSkuStockingPolicyInput }): Promise<{ skuId: string; policy: SetSkuStockingPolicyInput['policy'] }> {
  const [sku] = await ctx.tx
    .select({ id: skus.id, policy: skus.stockingPolicy })
    .from(skus)
    .where(and(eq(skus.tenantId, ctx.tenant.id), eq(skus.id, input.skuId)))
    .for('update');
  if (!sku) throw new NotFound('SKU not found.');
  await ctx.tx.update(skus).set({ stockingPolicy: input.policy }).where(and(eq(skus.tenantId, ctx.tenant.id), eq(skus.id, input.skuId)));
  await recordAudit(ctx, { action: 'sku.stocking_policy_set', entity: 'sku', entityId: input.skuId, before: { stockingPolicy: sku.policy }, after: { stockingPolicy: input.policy } });
  return { skuId: input.skuId, policy: input.policy };
}
