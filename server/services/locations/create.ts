import { locations } from '@/db/schema';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { assertCoordinates, assertOperator, rethrowDuplicateCode } from './guards';
import { auditedLocation } from './load';
import type { CreateLocationInput } from './schemas';

export async function createLocation({ ctx, input }: { ctx: TenantServiceContext; input: CreateLocationInput }) {
  assertCoordinates(input);
  await assertOperator(ctx, input.operatedBy);
  const [row] = await ctx.tx
    .insert(locations)
    .values({ ...input, tenantId: ctx.tenant.id })
    .returning()
    .catch((error: unknown) => rethrowDuplicateCode(error, input.code));
  if (!row) throw new Error('insert returned no row');
  await recordAudit(ctx, { action: 'create', entity: 'locations', entityId: row.id, after: auditedLocation(row) });
  return auditedLocation(row);
}
