import { and, asc, eq, isNull } from 'drizzle-orm';
import { suppliers } from '@/db/schema';
import type { TenantServiceContext } from '../context';

/** Active suppliers for pickers: id, code, name, country, lead time. */
export async function supplierOptions({ ctx }: { ctx: TenantServiceContext }) {
  return ctx.tx
    .select({ id: suppliers.id, code: suppliers.code, name: suppliers.name, country: suppliers.country, leadTimeDays: suppliers.leadTimeDays })
    .from(suppliers)
    .where(and(eq(suppliers.tenantId, ctx.tenant.id), isNull(suppliers.archivedAt)))
    .orderBy(asc(suppliers.code));
}
