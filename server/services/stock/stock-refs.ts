import { and, eq, inArray } from 'drizzle-orm';
import { locations, skus } from '@/db/schema';
import { NotFound } from '../../errors';
import type { TenantServiceContext } from '../context';

export interface SkuRef {
  id: string;
  code: string;
  name: string;
  archived: boolean;
}

export interface LocationRef {
  id: string;
  code: string;
  name: string;
  country: string;
  archived: boolean;
}

export interface StockRefs {
  skus: Map<string, SkuRef>;
  locations: Map<string, LocationRef>;
}

/**
 * The SKUs and locations a stock operation names, read in the tenant. A missing id — unknown, or another
 * tenant's — is NotFound, the same answer either way.
 */
export async function loadStockRefs(ctx: Pick<TenantServiceContext, 'tx' | 'tenant'>, skuIds: string[], locationIds: string[]): Promise<StockRefs> {
  const wantedSkus = [...new Set(skuIds)];
  const wantedLocations = [...new Set(locationIds)];
  const skuRows = wantedSkus.length
    ? await ctx.tx
        .select({ id: skus.id, code: skus.code, name: skus.name, archivedAt: skus.archivedAt })
        .from(skus)
        .where(and(eq(skus.tenantId, ctx.tenant.id), inArray(skus.id, wantedSkus)))
    : [];
  const locationRows = wantedLocations.length
    ? await ctx.tx
        .select({ id: locations.id, code: locations.code, name: locations.name, country: locations.country, archivedAt: locations.archivedAt })
        .from(locations)
        .where(and(eq(locations.tenantId, ctx.tenant.id), inArray(locations.id, wantedLocations)))
    : [];
  const refs: StockRefs = {
    skus: new Map(skuRows.map((s) => [s.id, { id: s.id, code: s.code, name: s.name, archived: s.archivedAt !== null }])),
    locations: new Map(locationRows.map((l) => [l.id, { id: l.id, code: l.code, name: l.name, country: l.country, archived: l.archivedAt !== null }])),
  };
  if (refs.skus.size !== wantedSkus.length) throw new NotFound('SKU not found.');
  if (refs.locations.size !== wantedLocations.length) throw new NotFound('Location not found.');
  return refs;
}
