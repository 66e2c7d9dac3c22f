import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
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
  const known = new Map<ReferencedEntity, Set<string>>();
  for (const entity of wanted) {
    codes.set(entity, await firstCodes(ctx, entity));
    const examples = columns.flatMap((c) => (c.references === entity ? [...c.examples] : []));
    known.set(entity, await existingCodes(ctx, entity, examples));
  }
  // Where the organization has the template's own example codes (a new organization that imported the
  // earlier templates), the examples stay as they are, so the files keep chaining into each other.
  const withCodes = columns.map((c) => {
    const entity = c.references as ReferencedEntity | undefined;
    if (!entity || c.examples.every((code) => known.get(entity)?.has(code))) return c;
    return withTenantExamples(c, codes.get(entity) ?? []);
  });
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

/** Which of `candidates` are active codes of the entity in this organization. */
async function existingCodes(ctx: TenantServiceContext, entity: ReferencedEntity, candidates: string[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const table = { locations, regions, skus, suppliers }[entity];
  const rows = await ctx.tx
    .select({ code: table.code })
    .from(table)
    .where(and(eq(table.tenantId, ctx.tenant.id), isNull(table.archivedAt), inArray(table.code, [...new Set(candidates)])));
  return new Set(rows.map((r) => r.code));
}
