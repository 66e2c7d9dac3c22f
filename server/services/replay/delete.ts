import { and, eq } from 'drizzle-orm';
import { replays } from '@/db/schema';
import { NotFound } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';

/** Deletes a saved replay; one still running stops at its next progress write. */
export async function deleteReplay({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }) {
  const [row] = await ctx.tx
    .delete(replays)
    .where(and(eq(replays.tenantId, ctx.tenant.id), eq(replays.id, input.id)))
    .returning({ id: replays.id, name: replays.name, status: replays.status });
  if (!row) throw new NotFound('This replay does not exist (it may have been deleted already).');
  await recordAudit(ctx, { action: 'delete', entity: 'replays', entityId: row.id, before: { name: row.name, status: row.status } });
  return { id: row.id };
}
