/**
 * Server-side list queries: from an entity's whitelist of sortable, filterable and searchable columns and
 * a parsed list input, the WHERE (tenant, archived, filters, search) and ORDER BY (chosen key, then id as
 * a stable tie-breaker) of one page. Services run their own select with their own joins and hand the
 * parts in; nothing here reads a column name from the request.
 */
import { and, asc, eq, ilike, isNull, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { ListPage, ParsedListInput } from './input';

export interface ListSpec<Sort extends string, Filter extends string> {
  /** The tenant column of the listed table (every list filters on it, RLS or not). */
  tenantId: AnyColumn;
  /** The tie-breaker: ids are unique, so equal sort values keep one order from page to page. */
  id: AnyColumn;
  /** Rows with a value here are archived and hidden unless includeArchived. */
  archivedAt?: AnyColumn;
  /** Sort key → column or expression. */
  sortable: Record<Sort, AnyColumn | SQL>;
  /** Filter key → column compared with `=` (null means IS NULL). */
  filterable: Record<Filter, AnyColumn | SQL>;
  /** Text columns (or ::text expressions) searched with ILIKE. */
  search: (AnyColumn | SQL)[];
}

export interface ListQueryParts {
  where: SQL | undefined;
  orderBy: SQL[];
  limit: number;
  offset: number;
}

/** Escapes LIKE wildcards (% _) and the escape character itself, so a search for "50%" finds "50%". */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Every whitespace-separated term (up to 8) must appear in at least one searched column. */
export function searchCondition(columns: (AnyColumn | SQL)[], search: string | undefined): SQL | undefined {
  const terms = (search ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
  if (terms.length === 0 || columns.length === 0) return undefined;
  return and(...terms.map((term) => or(...columns.map((column) => ilike(column, `%${escapeLike(term)}%`)))));
}

export function listQueryParts<Sort extends string, Filter extends string>(
  spec: ListSpec<Sort, Filter>,
  input: ParsedListInput & { sort: Sort },
  tenantId: string,
): ListQueryParts {
  const conditions: (SQL | undefined)[] = [eq(spec.tenantId, tenantId)];
  if (spec.archivedAt && !input.includeArchived) conditions.push(isNull(spec.archivedAt));
  for (const [key, value] of Object.entries(input.filters)) {
    if (value === undefined) continue;
    const column = (spec.filterable as Record<string, AnyColumn | SQL>)[key];
    if (!column) throw new Error(`Filter ${key} is not in the list's whitelist.`);
    conditions.push(value === null ? isNull(column) : eq(column as AnyColumn, value));
  }
  conditions.push(searchCondition(spec.search, input.search));

  const sortExpression = spec.sortable[input.sort];
  if (!sortExpression) throw new Error(`Sort ${input.sort} is not in the list's whitelist.`);
  const direction = input.direction === 'desc' ? sql`desc` : sql`asc`;
  return {
    where: and(...conditions),
    orderBy: [sql`${sortExpression} ${direction} nulls last`, asc(spec.id)],
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  };
}

/** Assembles the page answer. */
export function pageOf<Row>(rows: Row[], total: number | string | undefined, input: ParsedListInput): ListPage<Row> {
  return { rows, total: Number(total ?? 0), page: input.page, pageSize: input.pageSize };
}
