import { and, asc, eq, isNull } from 'drizzle-orm';
import { regions } from '@/db/schema';
import type { TenantServiceContext } from '../context';

/** Active regions for pickers: id, code, name, country. */
export async function regionOptions({ ctx }: { ctx: TenantServiceContext }) {
  return ctx.tx
    .select({ id: regions.id, code: regions.code, name: regions.name, country: regions.country })
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), isNull(regions.archivedAt)))
    .orderBy(asc(regions.code));
}
