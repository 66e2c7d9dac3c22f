import { and, eq } from 'drizzle-orm';
import { locations } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { assertCoordinates, assertOperator, rethrowDuplicateCode } from './guards';
import { auditedLocation, loadLocation } from './load';
import type { UpdateLocationInput } from './schemas';

export async function updateLocation({ ctx, input }: { ctx: TenantServiceContext; input: UpdateLocationInput }) {
  const { id, ...changes } = input;
  const before = await loadLocation(ctx, id, { forUpdate: true });
  assertCoordinates({ lat: changes.lat === undefined ? before.lat : changes.lat, lng: changes.lng === undefined ? before.lng : changes.lng });
  if (changes.operatedBy !== undefined && changes.operatedBy !== before.operatedBy) await assertOperator(ctx, changes.operatedBy);
  const [row] = await ctx.tx
    .update(locations)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(locations.tenantId, ctx.tenant.id), eq(locations.id, id)))
    .returning()
    .catch((error: unknown) => rethrowDuplicateCode(error, changes.code));
  if (!row) throw new Error('update returned no row');
  await recordAudit(ctx, { action: 'update', entity: 'locations', entityId: id, before: auditedLocation(before), after: auditedLocation(row) });
  return auditedLocation(row);
}
