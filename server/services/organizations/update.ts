import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { rollupKpiDaily } from '../orders/rollup';
import { syncTenantSchedules } from '../../jobs/planning-nightly';
import type { UpdateOrganizationInput } from './schemas';

/**
 * Renames an organization or changes its currency or time zone (admins), audited. Money is not
 * converted: a currency change relabels the amounts. A time-zone change re-keys the daily KPI rollups,
 * which are keyed by the local order day, and moves the nightly planning schedule, in the same
 * transaction, so the dashboards' days and the 02:00 run follow.
 */
export async function updateOrganization({ ctx, input }: { ctx: TenantServiceContext; input: UpdateOrganizationInput }) {
  const before = { name: ctx.tenant.name, currency: ctx.tenant.currency, timezone: ctx.tenant.timezone };
  const [after] = await ctx.tx
    .update(organizations)
    .set({ name: input.name, currency: input.currency, timezone: input.timezone })
    .where(eq(organizations.id, ctx.tenant.id))
    .returning({ name: organizations.name, currency: organizations.currency, timezone: organizations.timezone });
  if (!after) throw new Error('organization update returned no row');
  let rekeyed = 0;
  if (after.timezone !== before.timezone && ctx.tenant.kind === 'importer') {
    const result = await rollupKpiDaily({ tx: ctx.tx, tenant: { id: ctx.tenant.id, timezone: after.timezone } }, { days: { from: '1900-01-01', to: '2999-12-31' } });
    rekeyed = result.keys;
    // The nightly planning run is at 02:00 in the organization's time zone: move it with the zone.
    await syncTenantSchedules(ctx.tx, { tenantId: ctx.tenant.id });
  }
  await recordAudit(ctx, { action: 'update', entity: 'organization', entityId: ctx.tenant.id, before, after });
  return { ...after, slug: ctx.tenant.slug, rekeyedKpiRows: rekeyed };
}
