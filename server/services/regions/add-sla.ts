import { slas } from '@/db/schema';
import { Conflict, Invalid } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { uniqueViolation } from '../master-data/unique-violation';
import { rollupAfterSlaChange } from '../orders/rollup';
import { loadRegion } from './load';
import type { CreateSlaInput } from './schemas';

/** Adds a dated SLA to a region. It applies from its date until a later one takes over; one SLA per region and date. */
export async function addSla({ ctx, input }: { ctx: TenantServiceContext; input: CreateSlaInput }) {
  const region = await loadRegion(ctx, input.regionId);
  if (region.archivedAt) throw new Invalid(`${region.code} is archived. Restore it before changing its SLA.`, [{ field: 'regionId', message: 'This region is archived.' }]);
  const [row] = await ctx.tx
    .insert(slas)
    .values({ ...input, tenantId: ctx.tenant.id })
    .returning()
    .catch((error: unknown) => {
      if (uniqueViolation(error) !== null) {
        throw new Conflict(`${region.code} already has an SLA effective from ${input.effectiveFrom}. Choose another date.`);
      }
      throw error;
    });
  if (!row) throw new Error('insert returned no row');
  // Orders without a promise are on time by the SLA in force on their day: recount the region from here on.
  await rollupAfterSlaChange(ctx, row.regionId, row.effectiveFrom);
  const { tenantId: _tenantId, ...after } = row;
  await recordAudit(ctx, { action: 'create', entity: 'slas', entityId: row.id, after: { ...after, regionCode: region.code } });
  return after;
}
