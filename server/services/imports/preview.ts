import { and, eq } from 'drizzle-orm';
import { imports } from '@/db/schema';
import { runPipeline, type SampleRow } from '../../imports/pipeline';
import { reportProgress } from '../../imports/progress';
import { importerFor } from '../../imports/registry';
import { claimUpload, openStoredFile, uploadInfo } from '../../imports/storage';
import { assertPendingQuota, expireStalePreviews } from './quota';
import { sortIssues } from '../../imports/row-errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import type { PreviewImportInput } from './schemas';
import { toRowErrors, toSummary, type ImportSummary } from './summary';

export interface ImportPreview {
  import: ImportSummary;
  /** The same file (same bytes, same entity) was committed before: nothing to do. */
  alreadyImported: boolean;
  /** The first rows of the file with what the import does to each. */
  sample: SampleRow[];
  /** The known columns found, in file order, and the headers ignored. */
  columns: string[];
  ignoredColumns: string[];
}

/**
 * Checks an uploaded file without writing anything but its `imports` row: every row validated, counted
 * new / updated / unchanged, every problem kept (up to 1,000, all counted). The same file previewed
 * again reuses its row; a file already committed is reported as such and not read again.
 */
export async function previewImport({ ctx, input }: { ctx: TenantServiceContext; input: PreviewImportInput }): Promise<ImportPreview> {
  const importer = importerFor(input.entity);
  await expireStalePreviews(ctx);
  await assertPendingQuota(ctx, await uploadInfo(input.uploadId));
  const { fileHash, sizeBytes } = await claimUpload(ctx.tenant.id, input.uploadId);
  const [existing] = await ctx.tx
    .select()
    .from(imports)
    .where(and(eq(imports.tenantId, ctx.tenant.id), eq(imports.entity, input.entity), eq(imports.fileHash, fileHash)))
    .limit(1);
  if (existing?.status === 'committed') {
    return { import: toSummary(existing), alreadyImported: true, sample: [], columns: [], ignoredColumns: [] };
  }

  const progress = (rows: number, bytes: number) =>
    reportProgress(ctx.user.id, input.progressKey, { stage: 'preview', rows, totalRows: null, bytes, totalBytes: sizeBytes });
  progress(0, 0);
  const source = await openStoredFile(ctx.tenant.id, fileHash);
  let result;
  try {
    result = await runPipeline({ ctx, importer, mode: 'preview', importId: null, fileName: input.fileName, source, onProgress: (p) => progress(p.rows, p.bytes) });
  } finally {
    source.destroy();
  }
  const errors = sortIssues(result.errors.issues);
  const values = {
    fileName: input.fileName,
    sizeBytes,
    status: 'previewed' as const,
    counts: result.counts,
    rowErrors: toRowErrors(errors),
    createdBy: ctx.user.id,
  };
  const [row] = await ctx.tx
    .insert(imports)
    .values({ tenantId: ctx.tenant.id, entity: input.entity, fileHash, ...values })
    .onConflictDoUpdate({ target: [imports.tenantId, imports.entity, imports.fileHash], set: { ...values, updatedAt: new Date() } })
    .returning();
  if (!row) throw new Error('import row not written');
  await recordAudit(ctx, {
    action: 'preview',
    entity: 'imports',
    entityId: row.id,
    after: { entity: input.entity, fileName: input.fileName, fileHash, sizeBytes, counts: result.counts },
  });
  reportProgress(ctx.user.id, input.progressKey, { stage: 'done', rows: result.counts.rows, totalRows: result.counts.rows, bytes: sizeBytes, totalBytes: sizeBytes });
  return {
    import: toSummary(row, ctx.user.name ?? ctx.user.email),
    alreadyImported: false,
    sample: result.sample,
    columns: result.columns,
    ignoredColumns: result.ignoredColumns,
  };
}
