import { and, eq } from 'drizzle-orm';
import { scenarios } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { loadScenario } from './load';

export async function deleteScenario({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }): Promise<{ id: string }> {
  const before = await loadScenario(ctx, input.id, { forUpdate: true });
  await ctx.tx.delete(scenarios).where(and(eq(scenarios.tenantId, ctx.tenant.id), eq(scenarios.id, before.id)));
  await recordAudit(ctx, { action: 'delete', entity: 'scenarios', entityId: before.id, before: { name: before.name, openLocationIds: before.openLocationIds, parameters: before.parameters } });
  return { id: before.id };
}
