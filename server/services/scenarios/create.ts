import { scenarios } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { assertNameFree, assertOpenLocations, toScenario, type Scenario } from './load';
import type { CreateScenarioInput } from './schemas';
import { computeScenario } from './solve';

/** Saves a scenario and computes its figures, in one transaction. */
export async function createScenario({ ctx, input, now }: { ctx: TenantServiceContext; input: CreateScenarioInput; now?: Date }): Promise<Scenario> {
  await assertOpenLocations(ctx, input.openLocationIds);
  await assertNameFree(ctx, input.name);
  const results = await computeScenario(ctx, input, now);
  const [row] = await ctx.tx
    .insert(scenarios)
    .values({
      tenantId: ctx.tenant.id,
      name: input.name,
      notes: input.notes ?? null,
      openLocationIds: input.openLocationIds,
      parameters: input.parameters,
      results: results as unknown as Record<string, unknown>,
      createdBy: ctx.user.id,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit(ctx, { action: 'create', entity: 'scenarios', entityId: row.id, after: { name: row.name, openLocationIds: row.openLocationIds, parameters: row.parameters } });
  return toScenario(row);
}
