import { and, eq, inArray } from 'drizzle-orm';
import { locations, regions, skus } from '@/db/schema';
import { Invalid, NotFound } from '../../errors';
import type { TenantServiceContext } from '../context';
import type { CreateOrderInput } from './schemas';

async function assertRegion(ctx: TenantServiceContext, id: string): Promise<void> {
  const [row] = await ctx.tx
    .select({ archivedAt: regions.archivedAt })
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id)))
    .limit(1);
  if (!row) throw new NotFound('Region not found.');
  if (row.archivedAt) throw new Invalid('This region is archived.', [{ field: 'regionId', message: 'Choose an active region, or restore this one first.' }]);
}

async function assertLocation(ctx: TenantServiceContext, id: string): Promise<void> {
  const [row] = await ctx.tx
    .select({ archivedAt: locations.archivedAt })
    .from(locations)
    .where(and(eq(locations.tenantId, ctx.tenant.id), eq(locations.id, id)))
    .limit(1);
  if (!row) throw new NotFound('Location not found.');
  if (row.archivedAt) throw new Invalid('This location is archived.', [{ field: 'shipFromLocationId', message: 'Choose an active location.' }]);
}

async function assertSkus(ctx: TenantServiceContext, ids: string[]): Promise<void> {
  const found = await ctx.tx
    .select({ id: skus.id })
    .from(skus)
    .where(and(eq(skus.tenantId, ctx.tenant.id), inArray(skus.id, ids)));
  if (found.length !== new Set(ids).size) throw new NotFound('SKU not found.');
}

/** The region, ship-from location and SKUs an order names exist in this tenant (and are active). */
export async function assertOrderReferences(ctx: TenantServiceContext, input: CreateOrderInput): Promise<void> {
  if (input.regionId) await assertRegion(ctx, input.regionId);
  if (input.shipFromLocationId) await assertLocation(ctx, input.shipFromLocationId);
  await assertSkus(ctx, input.lines.map((l) => l.skuId));
}
