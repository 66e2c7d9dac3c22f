import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { locations, scenarios } from '@/db/schema';
import { Invalid, NotFound } from '../../errors';
import type { TenantServiceContext } from '../context';
import { networkParameters, type NetworkParameters } from '../network-compare/schemas';
import type { ScenarioResults } from './solve';

export interface Scenario {
  id: string;
  name: string;
  notes: string | null;
  openLocationIds: string[];
  parameters: NetworkParameters;
  results: ScenarioResults | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toScenario(row: typeof scenarios.$inferSelect): Scenario {
  const parsed = networkParameters.safeParse(row.parameters);
  return {
    id: row.id,
    name: row.name,
    notes: row.notes,
    openLocationIds: row.openLocationIds,
    parameters: parsed.success ? parsed.data : networkParameters.parse({}),
    results: (row.results as ScenarioResults | null) ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The tenant's scenario, or NotFound (another tenant's id looks the same as a missing one). */
export async function loadScenario(ctx: TenantServiceContext, id: string, options: { forUpdate?: boolean } = {}): Promise<Scenario> {
  const query = ctx.tx.select().from(scenarios).where(and(eq(scenarios.tenantId, ctx.tenant.id), eq(scenarios.id, id)));
  const [row] = await (options.forUpdate ? query.for('update') : query);
  if (!row) throw new NotFound('That scenario does not exist.');
  return toScenario(row);
}

/** Every open location must be an active location of the tenant. */
export async function assertOpenLocations(ctx: TenantServiceContext, ids: readonly string[]): Promise<void> {
  const rows = await ctx.tx
    .select({ id: locations.id })
    .from(locations)
    .where(and(eq(locations.tenantId, ctx.tenant.id), inArray(locations.id, [...ids]), isNull(locations.archivedAt)));
  const found = new Set(rows.map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    throw new Invalid(`${missing.length === 1 ? 'One of the chosen locations is' : `${missing.length} of the chosen locations are`} not an active location of this organization.`, [
      { field: 'openLocationIds', message: 'Choose active locations only.' },
    ]);
  }
}

/** A second scenario of the same name is refused (names are how people find them). */
export async function assertNameFree(ctx: TenantServiceContext, name: string, exceptId?: string): Promise<void> {
  // Serialises name checks of one tenant, so two people saving the same name at once cannot both pass.
  await ctx.tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${ctx.tenant.id}:scenario-names`}))`);
  const rows = await ctx.tx
    .select({ id: scenarios.id })
    .from(scenarios)
    .where(and(eq(scenarios.tenantId, ctx.tenant.id), sql`lower(${scenarios.name}) = lower(${name.trim()})`));
  const clash = rows.find((r) => r.id !== exceptId);
  if (clash) throw new Invalid(`A scenario named “${name}” already exists. Choose another name.`, [{ field: 'name', message: 'This name is taken.' }]);
}
