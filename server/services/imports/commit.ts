import { and, eq, sql } from 'drizzle-orm';
import { imports } from '@/db/schema';
import { runPipeline, type PipelineResult } from '../../imports/pipeline';
import { reportProgress } from '../../imports/progress';
import { importerFor } from '../../imports/registry';
import { RowErrorLog, sortIssues } from '../../imports/row-errors';
import { openStoredFile } from '../../imports/storage';
import { NotFound } from '../../errors';
import { postgresErrorCode } from '../stock/postgres-error';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import type { CommitImportInput } from './schemas';
import { asEntity, toRowErrors, toSummary, type ImportSummary } from './summary';
import { readOptionsOf, rememberLayout } from './layouts';

export interface ImportCommit {
  import: ImportSummary;
  /** The file was committed before: nothing was written now. */
  alreadyImported: boolean;
}

/** Thrown inside the savepoint to undo every write of a file that turned out to have problems. */
class RejectedFile extends Error {
  constructor(readonly result: PipelineResult) {
    super('import rejected');
  }
}

/** Integrity (23…) and data (22…) errors are the file's fault: reported, not crashed on. */
function databaseRefusal(error: unknown): string | null {
  const code = postgresErrorCode(error);
  if (!code || !(code.startsWith('23') || code.startsWith('22'))) return null;
  let cause: unknown = error;
  while (cause && typeof cause === 'object' && 'cause' in cause && (cause as { cause?: unknown }).cause) cause = (cause as { cause: unknown }).cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  return `The database refused the file, so nothing was imported: ${message}`;
}

/**
 * Commits a previewed import in ONE transaction or not at all. The stored file is read again and every
 * row checked again against the database as it is now (it may have changed since the preview); rows are
 * written in batches while no problem is found. All the writes run inside a savepoint: a file with a
 * problem found at commit (or refused by a database constraint) rolls back to it, and only the import's
 * status (failed) and its problems are kept. Committing a committed import changes nothing.
 */
export async function commitImport({ ctx, input }: { ctx: TenantServiceContext; input: CommitImportInput }): Promise<ImportCommit> {
  const [row] = await ctx.tx
    .select()
    .from(imports)
    .where(and(eq(imports.tenantId, ctx.tenant.id), eq(imports.id, input.importId)))
    .for('update')
    .limit(1);
  if (!row) throw new NotFound('Import not found.');
  if (row.status === 'committed') return { import: toSummary(row), alreadyImported: true };

  // One import of an entity at a time per tenant: two files of orders never interleave their batches.
  await ctx.tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${ctx.tenant.id}:import:${row.entity}`}))`);
  const importer = importerFor(asEntity(row.entity));
  const totalRows = Number(row.counts.rows ?? 0) || null;
  const progress = (rows: number, bytes: number, phase?: 'writing') =>
    reportProgress(ctx.user.id, input.progressKey, { stage: 'commit', rows, totalRows, bytes, totalBytes: row.sizeBytes, ...(phase ? { phase } : {}) });
  progress(0, 0);

  const source = await openStoredFile(ctx.tenant.id, row.fileHash);
  let result: PipelineResult;
  try {
    result = await ctx.tx.transaction(async (savepoint) => {
      const outcome = await runPipeline({
        ctx: { ...ctx, tx: savepoint },
        importer,
        mode: 'commit',
        importId: row.id,
        fileName: row.fileName,
        source,
        readOptions: readOptionsOf(row.readOptions),
        onProgress: (p) => progress(p.rows, p.bytes, p.phase),
      });
      if (outcome.errors.count > 0) throw new RejectedFile(outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof RejectedFile) result = error.result;
    else {
      const refusal = databaseRefusal(error);
      if (!refusal) throw error;
      const errors = new RowErrorLog();
      errors.add(1, undefined, refusal);
      result = { counts: { ...row.counts, rows: Number(row.counts.rows ?? 0), new: 0, updated: 0, unchanged: 0, errors: 1, errorRows: 1 }, layout: null, errors, ignoredColumns: [], columns: [], sample: [] };
    }
  } finally {
    source.destroy();
  }

  const committed = result.errors.count === 0;
  if (committed && result.layout && Object.keys(row.readOptions).length > 0) await rememberLayout(ctx, asEntity(row.entity), result.layout, readOptionsOf(row.readOptions));
  const [updated] = await ctx.tx
    .update(imports)
    .set({
      status: committed ? 'committed' : 'failed',
      counts: result.counts,
      rowErrors: toRowErrors(sortIssues(result.errors.issues)),
      committedAt: committed ? new Date() : null,
      updatedAt: new Date(),
    })
    .where(and(eq(imports.tenantId, ctx.tenant.id), eq(imports.id, row.id)))
    .returning();
  if (!updated) throw new Error('import row vanished');
  await recordAudit(ctx, {
    action: committed ? 'commit' : 'commit_failed',
    entity: 'imports',
    entityId: row.id,
    before: { status: row.status },
    after: { status: updated.status, entity: row.entity, fileName: row.fileName, counts: result.counts },
  });
  reportProgress(ctx.user.id, input.progressKey, { stage: 'done', rows: result.counts.rows, totalRows: result.counts.rows, bytes: row.sizeBytes, totalBytes: row.sizeBytes });
  return { import: toSummary(updated), alreadyImported: false };
}
