/** Code → id maps of the tenant's referenced master data (archived rows included: history may name them). */
import { eq } from 'drizzle-orm';
import { locations, regions, skus, suppliers } from '@/db/schema';
import type { TenantServiceContext } from '../services/context';

type Ctx = Pick<TenantServiceContext, 'tx' | 'tenant'>;

export async function locationIdsByCode(ctx: Ctx): Promise<Map<string, string>> {
  const rows = await ctx.tx.select({ id: locations.id, code: locations.code }).from(locations).where(eq(locations.tenantId, ctx.tenant.id));
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function regionIdsByCode(ctx: Ctx): Promise<Map<string, string>> {
  const rows = await ctx.tx.select({ id: regions.id, code: regions.code }).from(regions).where(eq(regions.tenantId, ctx.tenant.id));
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function supplierIdsByCode(ctx: Ctx): Promise<Map<string, string>> {
  const rows = await ctx.tx.select({ id: suppliers.id, code: suppliers.code }).from(suppliers).where(eq(suppliers.tenantId, ctx.tenant.id));
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function skuIdsByCode(ctx: Ctx): Promise<Map<string, string>> {
  const rows = await ctx.tx.select({ id: skus.id, code: skus.code }).from(skus).where(eq(skus.tenantId, ctx.tenant.id));
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** The inverse of a code map. */
export function codesById(byCode: Map<string, string>): Map<string, string> {
  return new Map([...byCode].map(([code, id]) => [id, code]));
}
