import { desc, eq, sql } from 'drizzle-orm';
import { replays } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { effectiveStatus, type ReplayResults } from './get';

/** Saved replays, newest first, without their figures (only the headline per policy). */
export async function listReplays({ ctx, now = new Date() }: { ctx: TenantServiceContext; now?: Date }) {
  const rows = await ctx.tx
    .select({
      id: replays.id,
      name: replays.name,
      status: replays.status,
      progress: replays.progress,
      parameters: replays.parameters,
      error: replays.error,
      createdAt: replays.createdAt,
      updatedAt: replays.updatedAt,
      finishedAt: replays.finishedAt,
      headline: sql<ReplayResults['headline'] | null>`${replays.results} -> 'headline'`,
      skuCount: sql<number | null>`(${replays.results} ->> 'skuCount')::int`,
    })
    .from(replays)
    .where(eq(replays.tenantId, ctx.tenant.id))
    .orderBy(desc(replays.createdAt))
    .limit(200);
  return rows.map((r) => ({ ...r, ...(effectiveStatus(r, now) ?? {}) }));
}
