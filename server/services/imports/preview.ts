import { and, eq } from 'drizzle-orm';
import { imports, type ImportReadOptions } from '@/db/schema';
import { runPipeline, type FileLayout, type ReadOptions, type SampleRow } from '../../imports/pipeline';
import { reportProgress } from '../../imports/progress';
import { importerFor } from '../../imports/registry';
import { claimUpload, openStoredFile, uploadInfo } from '../../imports/storage';
import { assertPendingQuota, expireStalePreviews } from './quota';
import { sortIssues } from '../../imports/row-errors';
import type { ImportEntity } from '../../imports/importer';
import { Conflict, NotFound } from '../../errors';
import { recordAudit } from '../audit/record';
import type { TenantServiceContext } from '../context';
import { findLayout, readHeaderRow, readOptionsOf, rememberLayout } from './layouts';
import type { PreviewImportInput, RereadImportInput } from './schemas';
import { asEntity, toRowErrors, toSummary, type ImportSummary } from './summary';

export interface ImportPreview {
  import: ImportSummary;
  /** The same file (same bytes, same entity) was committed before: nothing to do. */
  alreadyImported: boolean;
  /** The first rows of the file with what the import does to each. */
  sample: SampleRow[];
  /** The known columns found, in file order, and the headers ignored. */
  columns: string[];
  ignoredColumns: string[];
  /** The file's headers and how they were matched, its date format, its placeholder cells. */
  layout: FileLayout | null;
  /** How the file was read: the mapping and date format in force. */
  readOptions: ReadOptions;
  /** The mapping came from an earlier file with the same header row. */
  rememberedLayout: boolean;
}

/**
 * Checks an uploaded file without writing anything but its `imports` row: every row validated, counted
 * new / updated / unchanged, every problem kept (up to 1,000, all counted). The same file previewed
 * again reuses its row; a file already committed is reported as such and not read again. A file whose
 * header row was mapped before (same layout) is read with that mapping and date format.
 */
export async function previewImport({ ctx, input }: { ctx: TenantServiceContext; input: PreviewImportInput }): Promise<ImportPreview> {
  await expireStalePreviews(ctx);
  await assertPendingQuota(ctx, await uploadInfo(input.uploadId));
  const { fileHash, sizeBytes } = await claimUpload(ctx.tenant.id, input.uploadId);
  const [existing] = await ctx.tx
    .select()
    .from(imports)
    .where(and(eq(imports.tenantId, ctx.tenant.id), eq(imports.entity, input.entity), eq(imports.fileHash, fileHash)))
    .limit(1);
  if (existing?.status === 'committed') {
    return { import: toSummary(existing), alreadyImported: true, sample: [], columns: [], ignoredColumns: [], layout: null, readOptions: readOptionsOf(existing.readOptions), rememberedLayout: false };
  }
  let readOptions: ReadOptions = {};
  let remembered = false;
  const head = await openStoredFile(ctx.tenant.id, fileHash);
  try {
    const cells = await readHeaderRow(head);
    const found = cells ? await findLayout(ctx, input.entity, cells) : null;
    if (found) {
      readOptions = found;
      remembered = true;
    }
  } finally {
    head.destroy();
  }
  return checkStoredFile(ctx, { entity: input.entity, fileHash, sizeBytes, fileName: input.fileName, readOptions, progressKey: input.progressKey, remembered });
}

/**
 * Checks a previewed file again with the columns mapped and the date format chosen by the user, and
 * remembers that mapping for files of the same layout.
 */
export async function rereadImport({ ctx, input }: { ctx: TenantServiceContext; input: RereadImportInput }): Promise<ImportPreview> {
  const [row] = await ctx.tx
    .select()
    .from(imports)
    .where(and(eq(imports.tenantId, ctx.tenant.id), eq(imports.id, input.importId)))
    .for('update')
    .limit(1);
  if (!row) throw new NotFound('Import not found.');
  if (row.status === 'committed') throw new Conflict('This file is imported already: upload the next file.');
  const readOptions: ReadOptions = {};
  if (input.mapping) readOptions.mapping = input.mapping;
  if (input.dateFormat) readOptions.dateFormat = input.dateFormat;
  const preview = await checkStoredFile(ctx, { entity: asEntity(row.entity), fileHash: row.fileHash, sizeBytes: row.sizeBytes, fileName: row.fileName, readOptions, progressKey: input.progressKey, remembered: false });
  if (preview.layout?.complete) await rememberLayout(ctx, asEntity(row.entity), preview.layout, readOptions);
  return preview;
}

async function checkStoredFile(
  ctx: TenantServiceContext,
  args: { entity: ImportEntity; fileHash: string; sizeBytes: number; fileName: string; readOptions: ReadOptions; progressKey?: string; remembered: boolean },
): Promise<ImportPreview> {
  const importer = importerFor(args.entity);
  const progress = (rows: number, bytes: number) =>
    reportProgress(ctx.user.id, args.progressKey, { stage: 'preview', rows, totalRows: null, bytes, totalBytes: args.sizeBytes });
  progress(0, 0);
  const source = await openStoredFile(ctx.tenant.id, args.fileHash);
  let result;
  try {
    result = await runPipeline({ ctx, importer, mode: 'preview', importId: null, fileName: args.fileName, source, readOptions: args.readOptions, onProgress: (p) => progress(p.rows, p.bytes) });
  } finally {
    source.destroy();
  }
  const errors = sortIssues(result.errors.issues);
  const stored: ImportReadOptions = {};
  if (args.readOptions.mapping) stored.mapping = args.readOptions.mapping;
  if (args.readOptions.dateFormat) stored.dateFormat = args.readOptions.dateFormat;
  // Commit reads the file as this preview did: with the date format found here, even if it was not chosen.
  if (!stored.dateFormat && result.layout?.dates && result.layout.dates.used !== 'iso') stored.dateFormat = result.layout.dates.used;
  const values = {
    fileName: args.fileName,
    sizeBytes: args.sizeBytes,
    status: 'previewed' as const,
    counts: result.counts,
    rowErrors: toRowErrors(errors),
    readOptions: stored,
    createdBy: ctx.user.id,
  };
  const [row] = await ctx.tx
    .insert(imports)
    .values({ tenantId: ctx.tenant.id, entity: args.entity, fileHash: args.fileHash, ...values })
    .onConflictDoUpdate({ target: [imports.tenantId, imports.entity, imports.fileHash], set: { ...values, updatedAt: new Date() } })
    .returning();
  if (!row) throw new Error('import row not written');
  await recordAudit(ctx, {
    action: 'preview',
    entity: 'imports',
    entityId: row.id,
    after: { entity: args.entity, fileName: args.fileName, fileHash: args.fileHash, sizeBytes: args.sizeBytes, counts: result.counts, readOptions: stored },
  });
  reportProgress(ctx.user.id, args.progressKey, { stage: 'done', rows: result.counts.rows, totalRows: result.counts.rows, bytes: args.sizeBytes, totalBytes: args.sizeBytes });
  return {
    import: toSummary(row, ctx.user.name ?? ctx.user.email),
    alreadyImported: false,
    sample: result.sample,
    columns: result.columns,
    ignoredColumns: result.ignoredColumns,
    layout: result.layout,
    readOptions: readOptionsOf(stored),
    rememberedLayout: args.remembered,
  };
}
