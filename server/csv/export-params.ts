/**
 * The query string of an export URL, read into a list input: `sort`, `direction`, `search`,
 * `includeArchived` and `filter.<key>=<value>`, so a download holds what the table shows (all pages).
 * Values stay text; the entity's list schema validates them.
 */
export interface ExportListParams {
  sort?: string;
  direction?: string;
  search?: string;
  includeArchived: boolean;
  filters: Record<string, string>;
}

export function exportListParams(params: URLSearchParams): ExportListParams {
  const filters: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key.startsWith('filter.') && value !== '') filters[key.slice('filter.'.length)] = value;
  }
  const text = (name: string) => params.get(name) || undefined;
  return {
    sort: text('sort'),
    direction: text('direction'),
    search: text('search'),
    includeArchived: params.get('includeArchived') === 'true' || params.get('includeArchived') === '1',
    filters,
  };
}

/** The query string for an export URL from a table's state (the inverse of exportListParams). */
export function exportQueryString(state: { sort?: string; direction?: string; search?: string; includeArchived?: boolean; filters?: Record<string, unknown> }): string {
  const params = new URLSearchParams();
  if (state.sort) params.set('sort', state.sort);
  if (state.direction) params.set('direction', state.direction);
  if (state.search?.trim()) params.set('search', state.search.trim());
  if (state.includeArchived) params.set('includeArchived', 'true');
  for (const [key, value] of Object.entries(state.filters ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(`filter.${key}`, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
