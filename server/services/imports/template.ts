import { and, asc, eq, isNull } from 'drizzle-orm';
import { locations, regions, skus, suppliers } from '@/db/schema';
import { columnDocs, templateCsv, type ColumnSpec, type ReferencedEntity } from '../../imports/columns';
import { importerFor, importTemplate } from '../../imports/registry';
import type { TenantServiceContext } from '../context';
import type { ImportTemplateInput } from './schemas';

/**
 * The template of an entity: CSV (header + two example rows), documented columns and rules. Columns
 * that name another record (a location, region, SKU or supplier code) use the organization's own codes
 * when it has some, so the template imports as it is into an organization that already has data (the
 * demo among them); a new organization gets examples that chain from one template to the next.
 */
export async function getImportTemplate({ ctx, input }: { ctx: TenantServiceContext; input: ImportTemplateInput }) {
  const template = importTemplate(input.entity);
  const columns = importerFor(input.entity).columns;
  const wanted = [...new Set(columns.flatMap((c) => (c.references ? [c.references] : [])))];
  const codes = new Map<ReferencedEntity, string[]>();
  for (const entity of wanted) codes.set(entity, await firstCodes(ctx, entity));
  const withCodes = columns.map((c) => withTenantExamples(c, codes.get(c.references as ReferencedEntity) ?? []));
  const hasTimes = template.columns.some((c) => c.type === 'timestamp');
  const notes = hasTimes ? [...template.notes, `Your organization’s time zone is ${ctx.tenant.timezone}.`] : [...template.notes];
  return { ...template, csv: templateCsv(withCodes), columns: columnDocs(withCodes), notes, currency: ctx.tenant.currency };
}

function withTenantExamples(column: ColumnSpec, codes: string[]): ColumnSpec {
  if (!column.references || codes.length === 0) return column;
  // A pair that must differ (a transfer lane) needs two codes; with one, the static examples stay.
  if (column.referenceOrder === 'reversed' && codes.length < 2) return column;
  const [first, second = first] = codes as [string, string?];
  const examples: [string, string] = column.referenceOrder === 'reversed' ? [second ?? first, first] : column.referenceOrder === 'same' ? [first, first] : [first, second ?? first];
  return { ...column, examples };
}

/** The first two active codes of an entity, in code order. */
async function firstCodes(ctx: TenantServiceContext, entity: ReferencedEntity): Promise<string[]> {
  const table = { locations, regions, skus, suppliers }[entity];
  const rows = await ctx.tx
    .select({ code: table.code })
    .from(table)
    .where(and(eq(table.tenantId, ctx.tenant.id), isNull(table.archivedAt)))
    .orderBy(asc(table.code))
    .limit(2);
  return rows.map((r) => r.code);
}
