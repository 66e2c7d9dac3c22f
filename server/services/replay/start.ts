import { and, count, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { replays } from '@/db/schema';
import { Conflict, Invalid } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { executeReplay } from './execute';
import { checkPeriod, orderHistoryRange } from './load-input';
import type { StartReplayInput } from './schemas';

/** Replays one tenant may have queued or running at once (they share the server's cores). */
export const MAX_ACTIVE_REPLAYS = 2;

export type ReplayRunner = (replay: { db: Database; tenantId: string; replayId: string }) => void;

/** Default runner: a background promise in this process, started once the request's transaction has committed. */
export const runInBackground: ReplayRunner = ({ db, tenantId, replayId }) => {
  setTimeout(() => {
    executeReplay({ db, tenantId, replayId }).catch((error: unknown) => console.error(`replay ${replayId} failed to run`, error));
  }, 0);
};

/**
 * Saves a replay (queued) and hands it to the runner: in-process by default; a pg-boss job can run the same
 * `executeReplay` instead. Cheap checks run here so that the form shows them: order history, period length,
 * weeks of history before the period, how many are already running.
 */
export async function startReplay({
  ctx,
  input,
  runner = runInBackground,
}: {
  ctx: TenantServiceContext & { db: Database };
  input: StartReplayInput;
  runner?: ReplayRunner;
}) {
  const range = await orderHistoryRange(ctx);
  if (!range) throw new Invalid('There is no order history to replay yet. Import your orders first.', [{ field: 'from', message: 'No orders.' }]);
  checkPeriod(range, input);
  const [active] = await ctx.tx
    .select({ n: count() })
    .from(replays)
    .where(and(eq(replays.tenantId, ctx.tenant.id), inArray(replays.status, ['queued', 'running'])));
  if (Number(active?.n ?? 0) >= MAX_ACTIVE_REPLAYS) {
    throw new Conflict(`${MAX_ACTIVE_REPLAYS} replays are already running for this organization. Wait for one to finish.`);
  }
  const name = input.name?.trim() || `Replay ${input.from} to ${input.to}`;
  const [row] = await ctx.tx
    .insert(replays)
    .values({ tenantId: ctx.tenant.id, name, parameters: { ...input, name } as Record<string, unknown>, createdBy: ctx.user.id || null })
    .returning({ id: replays.id, name: replays.name, status: replays.status });
  if (!row) throw new Error('insert returned no row');
  await recordAudit(ctx, { action: 'create', entity: 'replays', entityId: row.id, after: { name, from: input.from, to: input.to, policies: input.policies } });
  runner({ db: ctx.db, tenantId: ctx.tenant.id, replayId: row.id });
  return row;
}
