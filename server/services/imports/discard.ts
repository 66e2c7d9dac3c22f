import { and, eq, ne } from 'drizzle-orm';
import { imports } from '@/db/schema';
import { Conflict, NotFound } from '../../errors';
import { deleteStoredFile } from '../../imports/storage';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import type { ImportIdInput } from './schemas';

/** Drops a previewed (or failed) import and its stored file; a committed import stays in the history. */
export async function discardImport({ ctx, input }: { ctx: TenantServiceContext; input: ImportIdInput }) {
  const [row] = await ctx.tx
    .select()
    .from(imports)
    .where(and(eq(imports.tenantId, ctx.tenant.id), eq(imports.id, input.importId)))
    .for('update')
    .limit(1);
  if (!row) throw new NotFound('Import not found.');
  if (row.status === 'committed') throw new Conflict('A committed import stays in the history; it cannot be discarded.');
  await ctx.tx.delete(imports).where(and(eq(imports.tenantId, ctx.tenant.id), eq(imports.id, row.id)));
  await recordAudit(ctx, { action: 'discard', entity: 'imports', entityId: row.id, before: { entity: row.entity, fileName: row.fileName, status: row.status, counts: row.counts } });
  const others = await ctx.tx
    .select({ id: imports.id })
    .from(imports)
    .where(and(eq(imports.tenantId, ctx.tenant.id), eq(imports.fileHash, row.fileHash), ne(imports.id, row.id)))
    .limit(1);
  if (others.length === 0) await deleteStoredFile(ctx.tenant.id, row.fileHash);
  return { id: row.id };
}
