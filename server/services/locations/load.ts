import { and, eq } from 'drizzle-orm';
import { locations } from '@/db/schema';
import { NotFound } from '../../errors';
import type { TenantServiceContext } from '../context';

export type LocationRecord = typeof locations.$inferSelect;

/** One location of this tenant (locked for update when asked); a wrong or foreign id is NotFound. */
export async function loadLocation(ctx: TenantServiceContext, id: string, options: { forUpdate?: boolean } = {}): Promise<LocationRecord> {
  const query = ctx.tx
    .select()
    .from(locations)
    .where(and(eq(locations.tenantId, ctx.tenant.id), eq(locations.id, id)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFound('Location not found.');
  return row;
}

/** What the audit log keeps of a location (no tenant id). */
export function auditedLocation(row: LocationRecord) {
  const { tenantId: _tenantId, ...rest } = row;
  return rest;
}
