'use client';
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/trpc/root';
import { countryName } from '@/server/services/master-data/countries';
import { useTRPC, useTRPCClient } from '../../../../_trpc/client';
import { ArchiveControl } from '../../../../_components/forms/archive-control';
import { formatDays, formatMoney, formatNumber } from '../../../../_components/tables/cell-format';
import { DataTable } from '../../../../_components/tables/data-table';
import { FactList } from '../../../../_components/tables/fact-list';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Badge } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';

type Detail = inferRouterOutputs<AppRouter>['suppliers']['get'];

export function SupplierDetail({ org, currency, canWrite, detail }: { org: string; currency: string; canWrite: boolean; detail: Detail }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const s = detail.supplier;
  return (
    <div className="space-y-6" data-testid="supplier-detail">
      <PageHeading
        title={`${s.code} · ${s.name}`}
        back={{ href: `/${org}/suppliers`, label: 'Suppliers' }}
        badge={s.archivedAt ? <Badge tone="amber">Archived</Badge> : null}
        actions={
          canWrite ? (
            <>
              <Link href={`/${org}/suppliers/${s.id}/edit`} className={buttonClasses('secondary', 'sm')}>
                Edit
              </Link>
              <ArchiveControl
                what={`supplier ${s.code}`}
                archived={Boolean(s.archivedAt)}
                archive={() => client.suppliers.archive.mutate({ org, id: s.id })}
                unarchive={() => client.suppliers.unarchive.mutate({ org, id: s.id })}
                onChanged={() => queryClient.invalidateQueries({ queryKey: trpc.suppliers.pathKey() })}
                consequences={<p>{s.code} leaves lists and pickers. Its SKUs keep it as their supplier (and its lead time) until you change them. You can restore it later.</p>}
              />
            </>
          ) : null
        }
      />
      <FactList
        facts={[
          { label: 'Country', value: countryName(s.country) },
          { label: 'Lead time', value: `${formatDays(s.leadTimeDays)} ± ${formatDays(s.leadTimeSdDays)}` },
          { label: 'Ordering email', value: s.email ?? '—' },
          { label: 'Active SKUs', value: formatNumber(detail.skuCount) },
          { label: 'Notes', value: s.notes ?? '—' },
        ]}
      />
      <section className="space-y-3">
        <h2 className="text-lg font-semibold text-slate-900">SKUs supplied{detail.skuCount > detail.skus.length ? ` (first ${detail.skus.length} of ${detail.skuCount})` : ''}</h2>
        <DataTable
          caption={`SKUs supplied by ${s.code}`}
          rows={detail.skus}
          rowKey={(r) => r.id}
          empty={<EmptyState title="No SKUs from this supplier">Choose this supplier on a SKU (SKUs → a SKU → Edit), or give SKU files a supplier_code column.</EmptyState>}
          columns={[
            { key: 'code', header: 'SKU', cell: (r) => <Link className="text-brand-700 hover:underline" href={`/${org}/skus/${r.id}`}>{r.code}</Link>, sortValue: (r) => r.code, filterText: (r) => `${r.code} ${r.name}` },
            { key: 'name', header: 'Name', cell: (r) => r.name, sortValue: (r) => r.name },
            { key: 'cost', header: 'Unit cost', align: 'right', cell: (r) => formatMoney(r.unitCost, currency, { perUnit: true }), sortValue: (r) => r.unitCost },
            { key: 'pack', header: 'Case pack', align: 'right', cell: (r) => formatNumber(r.casePack, { unit: 'units' }), sortValue: (r) => r.casePack },
            { key: 'moq', header: 'MOQ', align: 'right', cell: (r) => formatNumber(r.moq, { unit: 'units' }), sortValue: (r) => r.moq },
            { key: 'lead', header: 'Lead time', align: 'right', cell: (r) => (r.leadTimeDaysOverride === null ? `${formatDays(s.leadTimeDays)} (supplier)` : `${formatDays(r.leadTimeDaysOverride)} (SKU)`) },
          ]}
        />
      </section>
    </div>
  );
}
