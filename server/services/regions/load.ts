import { and, eq } from 'drizzle-orm';
import { regions } from '@/db/schema';
import { Conflict, Invalid, NotFound } from '../../errors';
import { uniqueViolation } from '../master-data/unique-violation';
import type { TenantServiceContext } from '../context';
import { centroidIssue } from './schemas';

export type RegionRecord = typeof regions.$inferSelect;

/** One region of this tenant; a wrong or foreign id is NotFound. */
export async function loadRegion(ctx: TenantServiceContext, id: string, options: { forUpdate?: boolean } = {}): Promise<RegionRecord> {
  const query = ctx.tx
    .select()
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFound('Region not found.');
  return row;
}

export function auditedRegion(row: RegionRecord) {
  const { tenantId: _tenantId, ...rest } = row;
  return rest;
}

export function assertCentroid(value: { centroidLat?: number | null; centroidLng?: number | null }): void {
  const issue = centroidIssue(value);
  if (issue) throw new Invalid(issue.message, [issue]);
}

export function rethrowDuplicateCode(error: unknown, code: string | undefined): never {
  if (uniqueViolation(error) !== null) {
    throw new Conflict(`A region with code ${code ?? '(this code)'} already exists. Choose another code, or edit the existing region.`);
  }
  throw error;
}
