'use client';
import { parseAsBoolean, parseAsInteger, parseAsJson, parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs';
import { useEffect, useMemo, useRef, useState } from 'react';

export type SortDirection = 'asc' | 'desc';

/** What a server-side list asks for: the input of a tRPC `list` procedure (without `org`). */
export interface ListRequest<Sort extends string = string> {
  page: number;
  pageSize: number;
  sort: Sort;
  direction: SortDirection;
  search?: string;
  filters: Record<string, string>;
  includeArchived: boolean;
}

export interface ListState<Sort extends string = string> {
  /** The input to hand to `trpc.<entity>.list.queryOptions({ org, ...input })`. */
  input: ListRequest<Sort>;
  /** The search box's text (the input's search follows it after a short pause). */
  searchText: string;
  setSearchText: (text: string) => void;
  setSort: (sort: Sort) => void;
  setFilter: (key: string, value: string) => void;
  clearFilters: () => void;
  setPage: (page: number) => void;
  setPageSize: (size: number) => void;
  setIncludeArchived: (include: boolean) => void;
  /** Search or filters narrow the list (an empty result then means "no match", not "nothing yet"). */
  narrowed: boolean;
}

const SEARCH_DELAY_MS = 300;
const PAGE_SIZES = [10, 25, 50, 100, 200];

/** Filters in the URL: a flat object of strings (anything else in a hand-edited link is dropped). */
function parseFilters(value: unknown): Record<string, string> | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

/**
 * The state of a server-side table: sort, direction, search (debounced), filters, page and page size,
 * kept in the URL's query string (nuqs), so a reload, the back button and a shared link show the same
 * view. Clicking the sorted column again flips the direction; any change of what is listed goes back to
 * page 1. Two tables on one page keep apart with `urlKey` (a prefix of their parameters).
 */
export function useListState<Sort extends string>(initial: {
  sort: Sort;
  direction?: SortDirection;
  pageSize?: number;
  filters?: Record<string, string>;
  /** Accepted sort keys: a link naming another one falls back to the default sort. */
  sorts?: readonly Sort[];
  urlKey?: string;
}): ListState<Sort> {
  const prefix = initial.urlKey ? `${initial.urlKey}.` : '';
  const [state, setState] = useQueryStates(
    {
      page: parseAsInteger.withDefault(1),
      size: parseAsInteger.withDefault(initial.pageSize ?? 25),
      sort: parseAsString.withDefault(initial.sort),
      dir: parseAsStringLiteral(['asc', 'desc'] as const).withDefault(initial.direction ?? 'asc'),
      q: parseAsString.withDefault(''),
      f: parseAsJson(parseFilters).withDefault(initial.filters ?? {}),
      archived: parseAsBoolean.withDefault(false),
    },
    {
      history: 'replace',
      clearOnDefault: true,
      urlKeys: { page: `${prefix}page`, size: `${prefix}size`, sort: `${prefix}sort`, dir: `${prefix}dir`, q: `${prefix}q`, f: `${prefix}f`, archived: `${prefix}archived` },
    },
  );
  const [searchText, setSearchText] = useState(state.q);
  const typed = useRef(false);

  useEffect(() => {
    if (!typed.current) return;
    const timer = setTimeout(() => void setState({ q: searchText.trim() || null, page: null }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText, setState]);

  const sort = (initial.sorts && !initial.sorts.includes(state.sort as Sort) ? initial.sort : state.sort) as Sort;
  const pageSize = PAGE_SIZES.includes(state.size) ? state.size : (initial.pageSize ?? 25);
  const page = Math.max(1, state.page);
  const filters = state.f;
  const search = state.q.trim();

  const input = useMemo<ListRequest<Sort>>(() => {
    const activeFilters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
    return { page, pageSize, sort, direction: state.dir, ...(search ? { search } : {}), filters: activeFilters, includeArchived: state.archived };
  }, [page, pageSize, sort, state.dir, search, filters, state.archived]);

  return {
    input,
    searchText,
    setSearchText: (text) => {
      typed.current = true;
      setSearchText(text);
    },
    setSort: (next) => {
      if (next === sort) void setState({ dir: state.dir === 'asc' ? 'desc' : 'asc', page: null });
      else void setState({ sort: next, dir: 'asc', page: null });
    },
    setFilter: (key, value) => {
      const nextFilters = { ...filters, [key]: value };
      if (value === '') delete nextFilters[key];
      void setState({ f: Object.keys(nextFilters).length ? nextFilters : null, page: null });
    },
    clearFilters: () => {
      typed.current = false;
      setSearchText('');
      void setState({ f: null, q: null, page: null });
    },
    setPage: (next) => void setState({ page: next <= 1 ? null : next }),
    setPageSize: (size) => void setState({ size, page: null }),
    setIncludeArchived: (include) => void setState({ archived: include || null, page: null }),
    narrowed: Boolean(search) || Object.values(filters).some((v) => v !== ''),
  };
}
