'use client';
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/trpc/root';
import { useTRPC, useTRPCClient } from '../../../../_trpc/client';
import { ArchiveControl } from '../../../../_components/forms/archive-control';
import { formatDays, formatMoney, formatNumber, formatPercent, formatUnits } from '../../../../_components/tables/cell-format';
import { DataTable } from '../../../../_components/tables/data-table';
import { FactList } from '../../../../_components/tables/fact-list';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Badge } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';

type Detail = inferRouterOutputs<AppRouter>['skus']['get'];

export function SkuDetail({ org, currency, canWrite, detail }: { org: string; currency: string; canWrite: boolean; detail: Detail }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const s = detail.sku;
  const margin = s.unitPrice > 0 ? (s.unitPrice - s.unitCost) / s.unitPrice : null;
  return (
    <div className="space-y-6" data-testid="sku-detail">
      <PageHeading
        title={`${s.code} · ${s.name}`}
        back={{ href: `/${org}/skus`, label: 'SKUs' }}
        badge={s.archivedAt ? <Badge tone="amber">Archived</Badge> : null}
        actions={
          canWrite ? (
            <>
              <Link href={`/${org}/skus/${s.id}/edit`} className={buttonClasses('secondary', 'sm')}>
                Edit
              </Link>
              <ArchiveControl
                what={`SKU ${s.code}`}
                archived={Boolean(s.archivedAt)}
                archive={() => client.skus.archive.mutate({ org, id: s.id })}
                unarchive={() => client.skus.unarchive.mutate({ org, id: s.id })}
                onChanged={() => queryClient.invalidateQueries({ queryKey: trpc.skus.pathKey() })}
                consequences={<p>{s.code} leaves lists, pickers and planning but stays in the order history. It must have no stock on hand or on its way. You can restore it later.</p>}
              />
            </>
          ) : null
        }
      />
      <FactList
        title="Costs and packing"
        facts={[
          { label: 'Unit cost', value: formatMoney(s.unitCost, currency, { perUnit: true }) },
          { label: 'Unit price', value: formatMoney(s.unitPrice, currency, { perUnit: true }) },
          { label: 'Gross margin', value: margin === null ? '—' : formatPercent(margin) },
          { label: 'Case pack', value: formatUnits(s.casePack, 'units per case') },
          { label: 'MOQ', value: formatUnits(s.moq) },
          { label: 'Weight', value: formatNumber(s.weightKg, { unit: 'kg', maxDigits: 4 }) },
          { label: 'Volume', value: formatNumber(s.volumeM3, { unit: 'm³', maxDigits: 6 }) },
          { label: 'Category', value: s.category ?? '—' },
          { label: 'HS code', value: s.hsCode ?? '—' },
        ]}
      />
      <FactList
        title="Supply"
        facts={[
          {
            label: 'Supplier',
            value: detail.supplier ? (
              <Link href={`/${org}/suppliers/${detail.supplier.id}`} className="text-brand-700 hover:underline">
                {detail.supplier.code} · {detail.supplier.name}
              </Link>
            ) : (
              'None'
            ),
          },
          {
            label: 'Lead time',
            value:
              detail.leadTimeDays === null
                ? 'Unknown: choose a supplier or set an override'
                : `${formatDays(detail.leadTimeDays)} (${detail.leadTimeSource === 'sku' ? 'this SKU’s override' : 'the supplier’s'})`,
          },
          { label: 'Lead time spread', value: detail.supplier ? `± ${formatDays(detail.supplier.leadTimeSdDays)}` : '—' },
          { label: 'Notes', value: s.notes ?? '—' },
        ]}
      />
      <section className="space-y-3">
        <h2 className="text-lg font-semibold text-slate-900">Stock by location</h2>
        <DataTable
          caption={`Stock of ${s.code} by location`}
          rows={detail.stock}
          rowKey={(r) => r.locationId}
          empty={<EmptyState title="No stock recorded">Stock appears here once it is received, counted or imported for this SKU.</EmptyState>}
          columns={[
            { key: 'loc', header: 'Location', cell: (r) => <Link className="text-brand-700 hover:underline" href={`/${org}/locations/${r.locationId}`}>{r.locationCode} · {r.locationName}</Link>, sortValue: (r) => r.locationCode, filterText: (r) => `${r.locationCode} ${r.locationName}` },
            { key: 'onHand', header: 'On hand', align: 'right', cell: (r) => formatUnits(r.onHand), sortValue: (r) => r.onHand },
            { key: 'reserved', header: 'Reserved', align: 'right', cell: (r) => formatUnits(r.reserved), sortValue: (r) => r.reserved },
            { key: 'inbound', header: 'Inbound', align: 'right', cell: (r) => formatUnits(r.inbound), sortValue: (r) => r.inbound },
            { key: 'onOrder', header: 'On order', align: 'right', cell: (r) => formatUnits(r.onOrder), sortValue: (r) => r.onOrder },
            { key: 'value', header: 'Value at cost', align: 'right', cell: (r) => formatMoney(r.onHand * s.unitCost, currency), sortValue: (r) => r.onHand },
          ]}
        />
      </section>
    </div>
  );
}
