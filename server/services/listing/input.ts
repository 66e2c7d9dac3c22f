/**
 * The input of every server-side list: page, page size, sort key and direction, search text, equality
 * filters and whether archived rows are included. Each entity declares its sortable keys and its filters
 * (with their own field schemas, so a bad filter value is a 400, never a failed query).
 * Pure zod: safe to import from client components.
 */
import { z } from 'zod';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 25;

export const sortDirection = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof sortDirection>;

export interface ListInputOptions<S extends readonly [string, ...string[]], F extends z.ZodRawShape> {
  sort: S;
  defaultSort: S[number];
  defaultDirection?: SortDirection;
  filters: F;
}

/** The list input of one entity: only its whitelisted sort keys and filters are accepted. */
export function listInput<const S extends readonly [string, ...string[]], F extends z.ZodRawShape>(options: ListInputOptions<S, F>) {
  return z.object({
    page: z.number().int('Page must be a whole number.').min(1, 'Page starts at 1.').default(1),
    pageSize: z.number().int().min(1, 'Page size must be at least 1.').max(MAX_PAGE_SIZE, `Page size must be at most ${MAX_PAGE_SIZE}.`).default(DEFAULT_PAGE_SIZE),
    sort: z.enum(options.sort, { error: `Sort by one of: ${options.sort.join(', ')}.` }).default(options.defaultSort as S[number]),
    direction: sortDirection.default(options.defaultDirection ?? 'asc'),
    search: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().max(200, 'Search at most 200 characters.').optional()),
    filters: z.object(options.filters).partial().default({} as never),
    includeArchived: z.boolean().default(false),
  });
}

/** Any entity's parsed list input (what the listing query builder reads). */
export interface ParsedListInput {
  page: number;
  pageSize: number;
  sort: string;
  direction: SortDirection;
  search?: string | undefined;
  filters: Record<string, unknown>;
  includeArchived: boolean;
}

/** One page of a list, with the total count of matching rows. */
export interface ListPage<Row> {
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
}
