/** What a drill-down view is about: the region, location or SKU of the filter (NotFound when not the tenant's). */
import { sql } from 'drizzle-orm';
import { resultRows } from '@/db/client';
import { NotFound } from '../../errors';
import type { ReadContext } from './order-queries';
import type { DashboardFilter } from './schemas';

export interface DashboardSubject {
  kind: 'network' | 'region' | 'location' | 'sku';
  id: string | null;
  code: string | null;
  name: string;
}

export async function describeSubject({ ctx, filter }: { ctx: ReadContext; filter: DashboardFilter }): Promise<DashboardSubject> {
  const t = ctx.tenant.id;
  const one = async (kind: DashboardSubject['kind'], table: string, id: string, what: string) => {
    const [row] = resultRows<{ code: string; name: string }>(await ctx.tx.execute(sql`select code, name from ${sql.identifier(table)} where tenant_id = ${t} and id = ${id}`));
    if (!row) throw new NotFound(`${what} not found.`);
    return { kind, id, code: row.code, name: row.name };
  };
  if (filter.regionId) return one('region', 'regions', filter.regionId, 'Region');
  if (filter.locationId) return one('location', 'locations', filter.locationId, 'Location');
  if (filter.skuId) return one('sku', 'skus', filter.skuId, 'SKU');
  return { kind: 'network', id: null, code: null, name: ctx.tenant.name };
}
