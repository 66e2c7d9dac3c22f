'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { ListSkusInput } from '@/server/services/skus/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { formatDays, formatMoney, formatNumber } from '../../../../_components/tables/cell-format';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import { useListState } from '../../../../_components/tables/use-list-state';
import { Badge } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';

export function SkusTable({ org, currency, canWrite }: { org: string; currency: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const state = useListState<ListSkusInput['sort']>({ sort: 'code' });
  const result = useQuery(trpc.skus.list.queryOptions({ org, ...state.input }, { placeholderData: keepPreviousData }));
  const categories = useQuery(trpc.skus.categories.queryOptions({ org }));
  const suppliers = useQuery(trpc.suppliers.options.queryOptions({ org }));
  type Row = NonNullable<typeof result.data>['rows'][number];

  const columns: ServerColumn<Row, ListSkusInput['sort']>[] = [
    { key: 'code', header: 'SKU', sortKey: 'code', cell: (r) => r.code },
    { key: 'name', header: 'Name', sortKey: 'name', cell: (r) => <span className="inline-flex items-center gap-2">{r.name}{r.archivedAt ? <Badge>Archived</Badge> : null}</span> },
    { key: 'category', header: 'Category', sortKey: 'category', cell: (r) => r.category ?? '—' },
    { key: 'cost', header: 'Unit cost', sortKey: 'unitCost', align: 'right', cell: (r) => formatMoney(r.unitCost, currency, { perUnit: true }) },
    { key: 'price', header: 'Unit price', sortKey: 'unitPrice', align: 'right', cell: (r) => formatMoney(r.unitPrice, currency, { perUnit: true }) },
    { key: 'pack', header: 'Case pack', sortKey: 'casePack', align: 'right', cell: (r) => formatNumber(r.casePack, { unit: 'units' }) },
    { key: 'moq', header: 'MOQ', sortKey: 'moq', align: 'right', cell: (r) => formatNumber(r.moq, { unit: 'units' }) },
    { key: 'supplier', header: 'Supplier', sortKey: 'supplierCode', cell: (r) => r.supplierCode ?? '—' },
    { key: 'lead', header: 'Lead time', align: 'right', cell: (r) => formatDays(r.leadTimeDays) },
  ];
  const newButton = canWrite ? (
    <Link href={`/${org}/skus/new`} className={buttonClasses('primary', 'sm')}>
      New SKU
    </Link>
  ) : null;

  return (
    <ServerDataTable
      caption="SKUs"
      testId="skus-table"
      state={state}
      result={result}
      columns={columns}
      rowKey={(r) => r.id}
      rowHref={(r) => `/${org}/skus/${r.id}`}
      searchLabel="Search SKU, name, category, supplier…"
      filters={[
        { key: 'category', label: 'Category', options: [{ value: '', label: 'All categories' }, ...(categories.data ?? []).map((c) => ({ value: c, label: c }))] },
        { key: 'supplierId', label: 'Supplier', options: [{ value: '', label: 'All suppliers' }, ...(suppliers.data ?? []).map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))] },
      ]}
      csvExport={{ org, entity: 'skus' }}
      archivable
      actions={newButton}
      empty={
        <EmptyState
          title="No SKUs yet"
          action={
            <>
              {newButton}
              <Link href={`/${org}/imports`} className={buttonClasses('secondary', 'sm')}>
                Import a CSV file
              </Link>
            </>
          }
        >
          Add your catalog: unit cost and price, case pack, MOQ and supplier. A CSV import is quickest for more than a few.
        </EmptyState>
      }
    />
  );
}
