import { and, eq } from 'drizzle-orm';
import { imports, users } from '@/db/schema';
import { NotFound } from '../../errors';
import { importerFor } from '../../imports/registry';
import { readSample } from '../../imports/sample';
import { openStoredFile, storedFileExists } from '../../imports/storage';
import type { TenantServiceContext } from '../context';
import type { ImportIdInput } from './schemas';
import { toSummary } from './summary';

const SAMPLE_ROWS = 20;

/** One import with its problems and the first rows of its file (when the file is still stored). */
export async function getImport({ ctx, input }: { ctx: TenantServiceContext; input: ImportIdInput }) {
  const [found] = await ctx.tx
    .select({ row: imports, createdBy: users.name, createdByEmail: users.email })
    .from(imports)
    .leftJoin(users, eq(users.id, imports.createdBy))
    .where(and(eq(imports.tenantId, ctx.tenant.id), eq(imports.id, input.importId)))
    .limit(1);
  if (!found) throw new NotFound('Import not found.');
  const summary = toSummary(found.row, found.createdBy ?? found.createdByEmail);
  const fileAvailable = await storedFileExists(ctx.tenant.id, summary.fileHash);
  let sample: Awaited<ReturnType<typeof readSample>> = { columns: [], rows: [] };
  if (fileAvailable) {
    const source = await openStoredFile(ctx.tenant.id, summary.fileHash);
    try {
      sample = await readSample(source, importerFor(summary.entity), SAMPLE_ROWS);
    } finally {
      source.destroy();
    }
  }
  return { ...summary, fileAvailable, sample };
}
