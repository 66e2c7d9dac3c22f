import { and, asc, eq } from 'drizzle-orm';
import { locations, stockLevels, suppliers } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { auditedSku, loadSku } from './load';

/** A SKU with its supplier, the lead time that applies, and its stock at each location. */
export async function getSku({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) {
  const sku = await loadSku(ctx, input.id);
  const [supplier] = sku.supplierId
    ? await ctx.tx
        .select({ id: suppliers.id, code: suppliers.code, name: suppliers.name, country: suppliers.country, leadTimeDays: suppliers.leadTimeDays, leadTimeSdDays: suppliers.leadTimeSdDays, archivedAt: suppliers.archivedAt })
        .from(suppliers)
        .where(and(eq(suppliers.tenantId, ctx.tenant.id), eq(suppliers.id, sku.supplierId)))
    : [];
  const stock = await ctx.tx
    .select({
      locationId: locations.id,
      locationCode: locations.code,
      locationName: locations.name,
      onHand: stockLevels.onHand,
      reserved: stockLevels.reserved,
      inbound: stockLevels.inbound,
      onOrder: stockLevels.onOrder,
    })
    .from(stockLevels)
    .innerJoin(locations, and(eq(locations.tenantId, stockLevels.tenantId), eq(locations.id, stockLevels.locationId)))
    .where(and(eq(stockLevels.tenantId, ctx.tenant.id), eq(stockLevels.skuId, sku.id)))
    .orderBy(asc(locations.code));
  return {
    sku: auditedSku(sku),
    supplier: supplier ?? null,
    leadTimeDays: sku.leadTimeDaysOverride ?? supplier?.leadTimeDays ?? null,
    leadTimeSource: sku.leadTimeDaysOverride !== null ? ('sku' as const) : supplier ? ('supplier' as const) : null,
    stock,
  };
}
