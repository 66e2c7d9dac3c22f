/**
 * File layouts the organization has mapped before (import_layouts): a file whose header row is the same
 * as one mapped earlier (same cells, same order: the same export of the same system) is read with that
 * mapping and date format without asking again.
 */
import { and, eq, sql } from 'drizzle-orm';
import { importLayouts, type ImportReadOptions } from '@/db/schema';
import { isDateFormat } from '../../imports/cells/date-formats';
import { readCsvRecords } from '../../imports/csv/read-records';
import type { ImportEntity } from '../../imports/importer';
import { headerHash, type FileLayout, type ReadOptions } from '../../imports/pipeline';
import type { TenantServiceContext } from '../context';

/** The stored read options as the pipeline takes them (unknown values dropped). */
export function readOptionsOf(stored: ImportReadOptions | null | undefined): ReadOptions {
  const out: ReadOptions = {};
  if (stored?.mapping && typeof stored.mapping === 'object') {
    const mapping: Record<string, string> = {};
    for (const [k, v] of Object.entries(stored.mapping)) if (typeof v === 'string') mapping[k] = v;
    out.mapping = mapping;
  }
  if (isDateFormat(stored?.dateFormat)) out.dateFormat = stored.dateFormat;
  return out;
}

/** The header row's cells of a stored file (null when it has none that can be read). */
export async function readHeaderRow(source: AsyncIterable<Uint8Array | string>): Promise<string[] | null> {
  try {
    for await (const records of readCsvRecords(source)) {
      const first = records[0];
      if (first) return first.formatError ? null : first.cells;
    }
  } catch {
    return null;
  }
  return null;
}

export async function findLayout(ctx: TenantServiceContext, entity: ImportEntity, headerCells: readonly string[]): Promise<ReadOptions | null> {
  const [found] = await ctx.tx
    .select({ readOptions: importLayouts.readOptions })
    .from(importLayouts)
    .where(and(eq(importLayouts.tenantId, ctx.tenant.id), eq(importLayouts.entity, entity), eq(importLayouts.headerHash, headerHash(headerCells))))
    .limit(1);
  return found ? readOptionsOf(found.readOptions) : null;
}

/** Remembers how a file layout is read (the latest choice wins). */
export async function rememberLayout(ctx: TenantServiceContext, entity: ImportEntity, layout: FileLayout, options: ReadOptions): Promise<void> {
  const readOptions: ImportReadOptions = {};
  if (options.mapping && Object.keys(options.mapping).length > 0) readOptions.mapping = options.mapping;
  if (options.dateFormat) readOptions.dateFormat = options.dateFormat;
  await ctx.tx
    .insert(importLayouts)
    .values({ tenantId: ctx.tenant.id, entity, headerHash: layout.headerHash, headers: layout.headers, readOptions, createdBy: ctx.user.id })
    .onConflictDoUpdate({
      target: [importLayouts.tenantId, importLayouts.entity, importLayouts.headerHash],
      set: { readOptions, headers: layout.headers, updatedAt: sql`now()` },
    });
}
