import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/trpc/root';

type Outputs = inferRouterOutputs<AppRouter>['imports'];
export type ImportPreview = Outputs['preview'];
export type ImportSummary = ImportPreview['import'];
export type ImportListItem = Outputs['list'][number];
export type ImportDetail = Outputs['get'];
export type ImportTemplate = Outputs['template'];
export type ImportIssue = ImportSummary['errors'][number];

export interface EntityOption {
  entity: ImportSummary['entity'];
  label: string;
  description: string;
  recordNoun: string;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const STATUS_LABEL: Record<ImportSummary['status'], string> = { previewed: 'Previewed', committed: 'Committed', failed: 'Failed' };
export const STATUS_TONE: Record<ImportSummary['status'], 'amber' | 'green' | 'red'> = { previewed: 'amber', committed: 'green', failed: 'red' };
