import { and, eq } from 'drizzle-orm';
import { scenarios } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { assertNameFree, assertOpenLocations, loadScenario, toScenario, type Scenario } from './load';
import type { UpdateScenarioInput } from './schemas';
import { computeScenario } from './solve';

/** Renames a scenario, changes its open locations or parameters, and recomputes its figures. */
export async function updateScenario({ ctx, input, now }: { ctx: TenantServiceContext; input: UpdateScenarioInput; now?: Date }): Promise<Scenario> {
  const before = await loadScenario(ctx, input.id, { forUpdate: true });
  if (input.openLocationIds) await assertOpenLocations(ctx, input.openLocationIds);
  if (input.name !== undefined) await assertNameFree(ctx, input.name, before.id);
  const next = {
    name: input.name ?? before.name,
    notes: input.notes === undefined ? before.notes : input.notes,
    openLocationIds: input.openLocationIds ?? before.openLocationIds,
    parameters: input.parameters ?? before.parameters,
  };
  const results = await computeScenario(ctx, next, now);
  const [row] = await ctx.tx
    .update(scenarios)
    .set({ ...next, results: results as unknown as Record<string, unknown> })
    .where(and(eq(scenarios.tenantId, ctx.tenant.id), eq(scenarios.id, before.id)))
    .returning();
  if (!row) throw new Error('update returned no row');
  await recordAudit(ctx, {
    action: 'update',
    entity: 'scenarios',
    entityId: row.id,
    before: { name: before.name, openLocationIds: before.openLocationIds, parameters: before.parameters },
    after: { name: row.name, openLocationIds: row.openLocationIds, parameters: row.parameters },
  });
  return toScenario(row);
}

/** Recomputes a scenario's figures on the current data (new orders, changed lanes or costs). */
export async function recomputeScenario({ ctx, input, now }: { ctx: TenantServiceContext; input: { id: string }; now?: Date }): Promise<Scenario> {
  const before = await loadScenario(ctx, input.id, { forUpdate: true });
  const results = await computeScenario(ctx, before, now);
  const [row] = await ctx.tx
    .update(scenarios)
    .set({ results: results as unknown as Record<string, unknown> })
    .where(and(eq(scenarios.tenantId, ctx.tenant.id), eq(scenarios.id, before.id)))
    .returning();
  if (!row) throw new Error('update returned no row');
  return toScenario(row);
}
