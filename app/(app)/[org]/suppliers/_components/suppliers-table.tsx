'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { ListSuppliersInput } from '@/server/services/suppliers/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { formatDays, formatNumber } from '../../../../_components/tables/cell-format';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import { useListState } from '../../../../_components/tables/use-list-state';
import { Badge } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';

export function SuppliersTable({ org, canWrite }: { org: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const state = useListState<ListSuppliersInput['sort']>({ sort: 'code' });
  const result = useQuery(trpc.suppliers.list.queryOptions({ org, ...state.input }, { placeholderData: keepPreviousData }));
  type Row = NonNullable<typeof result.data>['rows'][number];

  const columns: ServerColumn<Row, ListSuppliersInput['sort']>[] = [
    { key: 'code', header: 'Code', sortKey: 'code', cell: (r) => r.code },
    { key: 'name', header: 'Name', sortKey: 'name', cell: (r) => <span className="inline-flex items-center gap-2">{r.name}{r.archivedAt ? <Badge>Archived</Badge> : null}</span> },
    { key: 'country', header: 'Country', sortKey: 'country', cell: (r) => r.country },
    { key: 'lead', header: 'Lead time', sortKey: 'leadTimeDays', align: 'right', cell: (r) => formatDays(r.leadTimeDays) },
    { key: 'sd', header: 'Lead time spread', sortKey: 'leadTimeSdDays', align: 'right', cell: (r) => `± ${formatDays(r.leadTimeSdDays)}` },
    { key: 'skus', header: 'Active SKUs', align: 'right', cell: (r) => formatNumber(r.skuCount) },
    { key: 'email', header: 'Email', cell: (r) => r.email ?? '—' },
  ];
  const newButton = canWrite ? (
    <Link href={`/${org}/suppliers/new`} className={buttonClasses('primary', 'sm')}>
      New supplier
    </Link>
  ) : null;

  return (
    <ServerDataTable
      caption="Suppliers"
      testId="suppliers-table"
      state={state}
      result={result}
      columns={columns}
      rowKey={(r) => r.id}
      rowHref={(r) => `/${org}/suppliers/${r.id}`}
      searchLabel="Search code, name, email…"
      csvExport={{ org, entity: 'suppliers' }}
      archivable
      actions={newButton}
      empty={
        <EmptyState title="No suppliers yet" action={newButton}>
          Suppliers give your SKUs their lead time (and its spread), which sets reorder points and safety stock.
        </EmptyState>
      }
    />
  );
}
