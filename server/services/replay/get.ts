import { and, eq } from 'drizzle-orm';
import { replays, users } from '@/db/schema';
import type { ReplaySummary } from '@/server/planning/replay';
import { NotFound } from '../../errors';
import type { TenantServiceContext } from '../context';

/** A running replay whose row has not moved for this long was interrupted (the server restarted). */
export const STALE_AFTER_MS = 10 * 60_000;

export interface ReplayResults extends ReplaySummary {
  headline: { policy: string; lineFillRate: number; averageInventoryValue: number; totalCost: number }[];
  notes: string[];
  currency: string;
}

export function effectiveStatus(row: { status: string; updatedAt: Date }, now: Date) {
  const stale = (row.status === 'running' || row.status === 'queued') && now.getTime() - row.updatedAt.getTime() > STALE_AFTER_MS;
  return stale ? { status: 'failed' as const, error: 'The replay was interrupted (the server restarted). Start it again.' } : null;
}

/** One saved replay with its parameters, progress and (once finished) its figures. */
export async function getReplay({ ctx, input, now = new Date() }: { ctx: TenantServiceContext; input: { id: string }; now?: Date }) {
  const [row] = await ctx.tx
    .select({
      id: replays.id,
      name: replays.name,
      status: replays.status,
      parameters: replays.parameters,
      progress: replays.progress,
      phase: replays.phase,
      results: replays.results,
      error: replays.error,
      startedAt: replays.startedAt,
      finishedAt: replays.finishedAt,
      createdAt: replays.createdAt,
      updatedAt: replays.updatedAt,
      createdByName: users.name,
      createdByEmail: users.email,
    })
    .from(replays)
    .leftJoin(users, eq(users.id, replays.createdBy))
    .where(and(eq(replays.tenantId, ctx.tenant.id), eq(replays.id, input.id)));
  if (!row) throw new NotFound('This replay does not exist (it may have been deleted).');
  const stale = effectiveStatus(row, now);
  return {
    ...row,
    ...(stale ?? {}),
    createdBy: row.createdByName ?? row.createdByEmail ?? null,
    results: (row.results as ReplayResults | null) ?? null,
  };
}
