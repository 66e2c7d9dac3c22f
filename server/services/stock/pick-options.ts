import { and, asc, eq, isNull } from 'drizzle-orm';
import { locations, skus, suppliers } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { searchCondition } from '../listing/query';
import type { StockPickerInput } from './schemas';

export interface PickOption {
  id: string;
  code: string;
  name: string;
  /** Country of a location or supplier; null for SKUs. */
  country: string | null;
}

/**
 * Options for the SKU, location and supplier pickers of the stock, transfer and purchase-order forms:
 * active records matching the search by code or name, by code, at most `limit`.
 */
export async function pickStockOptions({ ctx, input }: { ctx: TenantServiceContext; input: StockPickerInput }): Promise<PickOption[]> {
  if (input.kind === 'sku') {
    return ctx.tx
      .select({ id: skus.id, code: skus.code, name: skus.name })
      .from(skus)
      .where(and(eq(skus.tenantId, ctx.tenant.id), isNull(skus.archivedAt), searchCondition([skus.code, skus.name], input.search)))
      .orderBy(asc(skus.code))
      .limit(input.limit)
      .then((rows) => rows.map((r) => ({ ...r, country: null })));
  }
  const table = input.kind === 'location' ? locations : suppliers;
  return ctx.tx
    .select({ id: table.id, code: table.code, name: table.name, country: table.country })
    .from(table)
    .where(and(eq(table.tenantId, ctx.tenant.id), isNull(table.archivedAt), searchCondition([table.code, table.name], input.search)))
    .orderBy(asc(table.code))
    .limit(input.limit);
}
