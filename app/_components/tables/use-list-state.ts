'use client';
import { useEffect, useMemo, useState } from 'react';

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

/**
 * The state of a server-side table: sort, direction, search (debounced), filters, page and page size.
 * Clicking the sorted column again flips the direction; any change of what is listed goes back to page 1.
 */
export function useListState<Sort extends string>(initial: { sort: Sort; direction?: SortDirection; pageSize?: number; filters?: Record<string, string> }): ListState<Sort> {
  const [sort, setSortKey] = useState<Sort>(initial.sort);
  const [direction, setDirection] = useState<SortDirection>(initial.direction ?? 'asc');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Record<string, string>>(initial.filters ?? {});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSizeValue] = useState(initial.pageSize ?? 25);
  const [includeArchived, setIncludeArchivedValue] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(searchText.trim());
      setPage(1);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  const input = useMemo<ListRequest<Sort>>(() => {
    const activeFilters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
    return { page, pageSize, sort, direction, ...(search ? { search } : {}), filters: activeFilters, includeArchived };
  }, [page, pageSize, sort, direction, search, filters, includeArchived]);

  return {
    input,
    searchText,
    setSearchText,
    setSort: (next) => {
      if (next === sort) setDirection((d) => (d === 'asc' ? 'desc' : 'asc'));
      else {
        setSortKey(next);
        setDirection('asc');
      }
      setPage(1);
    },
    setFilter: (key, value) => {
      setFilters((f) => ({ ...f, [key]: value }));
      setPage(1);
    },
    clearFilters: () => {
      setFilters({});
      setSearchText('');
      setSearch('');
      setPage(1);
    },
    setPage,
    setPageSize: (size) => {
      setPageSizeValue(size);
      setPage(1);
    },
    setIncludeArchived: (include) => {
      setIncludeArchivedValue(include);
      setPage(1);
    },
    narrowed: Boolean(search) || Object.values(filters).some((v) => v !== ''),
  };
}
