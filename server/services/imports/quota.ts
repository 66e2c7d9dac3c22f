/**
 * Limits on what a tenant keeps waiting between preview and commit: previews never committed are
 * deleted (row and file) after a day, and at most IMPORT_PENDING_MAX_FILES previews totalling
 * IMPORT_PENDING_MAX_BYTES may wait at once. Committed imports stay in the history and do not count.
 */
import { and, eq, lt, ne, sql } from 'drizzle-orm';
import { imports } from '@/db/schema';
import { Conflict } from '../../errors';
import { deleteStoredFile, formatMegabytes } from '../../imports/storage';
import type { TenantServiceContext } from '../context';

export const PREVIEW_TTL_MS = 24 * 3600 * 1000;

export function pendingQuota(env: Record<string, string | undefined> = process.env) {
  const num = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return { files: num(env.IMPORT_PENDING_MAX_FILES, 100), bytes: num(env.IMPORT_PENDING_MAX_BYTES, 2 * 1024 * 1024 * 1024) };
}

/** Deletes the tenant's previews (and failed imports) older than a day, and files nothing refers to any more. */
export async function expireStalePreviews(ctx: TenantServiceContext, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - PREVIEW_TTL_MS);
  const gone = await ctx.tx
    .delete(imports)
    .where(and(eq(imports.tenantId, ctx.tenant.id), ne(imports.status, 'committed'), lt(imports.updatedAt, cutoff)))
    .returning({ fileHash: imports.fileHash });
  for (const fileHash of new Set(gone.map((g) => g.fileHash))) {
    const [still] = await ctx.tx.select({ id: imports.id }).from(imports).where(and(eq(imports.tenantId, ctx.tenant.id), eq(imports.fileHash, fileHash))).limit(1);
    if (!still) await deleteStoredFile(ctx.tenant.id, fileHash);
  }
  return gone.length;
}

/** Refuses a new preview that would take the tenant past its pending quota (the same file again is free). */
export async function assertPendingQuota(ctx: TenantServiceContext, incoming: { fileHash: string; sizeBytes: number }): Promise<void> {
  const quota = pendingQuota();
  const [row] = await ctx.tx
    .select({ files: sql<number>`count(distinct ${imports.fileHash})::int`, bytes: sql<string>`coalesce(sum(${imports.sizeBytes}), 0)::text` })
    .from(imports)
    .where(and(eq(imports.tenantId, ctx.tenant.id), ne(imports.status, 'committed'), ne(imports.fileHash, incoming.fileHash)));
  const files = Number(row?.files ?? 0);
  const bytes = Number(row?.bytes ?? 0);
  if (files + 1 > quota.files || bytes + incoming.sizeBytes > quota.bytes) {
    throw new Conflict(
      `${ctx.tenant.name} already has ${files} previewed import${files === 1 ? '' : 's'} waiting (${formatMegabytes(bytes)}); ` +
        `the limit is ${quota.files} files and ${formatMegabytes(quota.bytes)}. Commit or discard some on the Imports page; previews not committed are deleted after a day.`,
    );
  }
}
