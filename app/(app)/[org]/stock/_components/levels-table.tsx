'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import type { StockLevelsInput } from '@/server/services/stock/schemas';
import { useTRPC } from '../../../../_trpc/client';
import { formatDateTime } from '../../../../_components/format/date';
import { formatMoney, formatUnits } from '../../../../_components/tables/cell-format';
import { ServerDataTable, type ServerColumn } from '../../../../_components/tables/server-data-table';
import { useListState } from '../../../../_components/tables/use-list-state';
import { Button, buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import type { PickedRecord } from './record-picker';
import { StockChangeDialog, type StockChangeMode } from './stock-change-dialog';

type View = StockLevelsInput['view'];
type Sort = StockLevelsInput['sort'];

const VIEWS: { value: View; label: string }[] = [
  { value: 'detail', label: 'SKU × location' },
  { value: 'by-sku', label: 'By SKU' },
  { value: 'by-location', label: 'By location' },
];
const EXPORT: Record<View, string> = { detail: 'stock-levels', 'by-sku': 'stock-by-sku', 'by-location': 'stock-by-location' };

interface Props {
  org: string;
  currency: string;
  timezone: string;
  canWrite: boolean;
}

/** Balances per SKU x location, or totals by SKU or by location; adjust and count from a row. */
export function LevelsTable({ org, currency, timezone, canWrite }: Props) {
  const trpc = useTRPC();
  const [view, setView] = useState<View>('detail');
  const state = useListState<Sort>({ sort: 'sku' });
  const result = useQuery(trpc.stock.levels.queryOptions({ org, view, ...state.input }, { placeholderData: keepPreviousData }));
  const locations = useQuery(trpc.stock.options.queryOptions({ org, kind: 'location', limit: 100 }));
  const [skuLabel, setSkuLabel] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ mode: StockChangeMode; sku?: PickedRecord; location?: PickedRecord; onHand?: number } | null>(null);
  type Row = NonNullable<typeof result.data>['rows'][number];

  const drill = (next: View, filter: 'skuId' | 'locationId', id: string | null, label?: string | null) => {
    if (!id) return;
    setView(next);
    if (filter === 'skuId') setSkuLabel(label ?? null);
    state.setFilter(filter, id);
  };
  const units = (key: keyof Row & string, header: string, sortKey: Sort): ServerColumn<Row, Sort> => ({
    key,
    header,
    sortKey,
    align: 'right',
    cell: (r) => formatUnits(r[key] as number),
  });
  const figures = [
    units('onHand', 'On hand', 'onHand'),
    units('reserved', 'Reserved', 'reserved'),
    units('available', 'Available', 'available'),
    units('inbound', 'In transit to', 'inbound'),
    units('onOrder', 'On order', 'onOrder'),
    { key: 'value', header: 'Value', sortKey: 'value', align: 'right', cell: (r) => formatMoney(r.value, currency) } satisfies ServerColumn<Row, Sort>,
  ];
  const sku: ServerColumn<Row, Sort> = { key: 'sku', header: 'SKU', sortKey: 'sku', cell: (r) => <span><span className="whitespace-nowrap">{r.skuCode}</span> <span className="text-slate-500">· {r.skuName}</span></span> };
  const location: ServerColumn<Row, Sort> = { key: 'location', header: 'Location', sortKey: 'location', cell: (r) => <span className="whitespace-nowrap" title={r.locationName ?? undefined}>{r.locationCode}</span> };

  const columns: ServerColumn<Row, Sort>[] =
    view === 'detail'
      ? [
          sku,
          location,
          ...figures,
          { key: 'updated', header: 'Last change', sortKey: 'updatedAt', cell: (r) => <span className="whitespace-nowrap">{formatDateTime(r.updatedAt, timezone)}</span> },
          ...(canWrite
            ? [
                {
                  key: 'actions',
                  header: 'Actions',
                  align: 'right',
                  cell: (r) => {
                    const preset = { sku: { id: r.skuId!, label: `${r.skuCode} · ${r.skuName}` }, location: { id: r.locationId!, label: `${r.locationCode} · ${r.locationName}` }, onHand: r.onHand };
                    return (
                      <span className="inline-flex gap-1">
                        <Button variant="ghost" size="sm" onClick={() => setDialog({ mode: 'adjust', ...preset })} aria-label={`Adjust ${r.skuCode} at ${r.locationCode}`}>
                          Adjust
                        </Button>
                        <Button variant="ghost" size="sm" onClick={() => setDialog({ mode: 'count', ...preset })} aria-label={`Count ${r.skuCode} at ${r.locationCode}`}>
                          Count
                        </Button>
                      </span>
                    );
                  },
                } satisfies ServerColumn<Row, Sort>,
              ]
            : []),
        ]
      : view === 'by-sku'
        ? [
            sku,
            { key: 'spread', header: 'Locations holding', align: 'right', cell: (r) => r.spread },
            ...figures,
            { key: 'drill', header: '', align: 'right', cell: (r) => <Button variant="ghost" size="sm" onClick={() => drill('detail', 'skuId', r.skuId, `${r.skuCode} · ${r.skuName}`)}>By location →</Button> },
          ]
        : [
            location,
            { key: 'spread', header: 'SKUs held', align: 'right', cell: (r) => r.spread },
            ...figures,
            { key: 'drill', header: '', align: 'right', cell: (r) => <Button variant="ghost" size="sm" onClick={() => drill('detail', 'locationId', r.locationId)}>SKUs here →</Button> },
          ];

  const writeActions = canWrite ? (
    <>
      <Button size="sm" onClick={() => setDialog({ mode: 'receive' })}>
        Receive
      </Button>
      <Button size="sm" variant="secondary" onClick={() => setDialog({ mode: 'adjust' })}>
        Adjust
      </Button>
      <Button size="sm" variant="secondary" onClick={() => setDialog({ mode: 'count' })}>
        Count
      </Button>
    </>
  ) : null;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <div role="radiogroup" aria-label="Group stock" className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
          {VIEWS.map((v) => (
            <button
              key={v.value}
              type="button"
              role="radio"
              aria-checked={view === v.value}
              onClick={() => setView(v.value)}
              data-testid={`view-${v.value}`}
              className={`rounded px-3 py-1.5 text-sm font-medium ${view === v.value ? 'bg-brand-600 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
            >
              {v.label}
            </button>
          ))}
        </div>
        {state.input.filters.skuId ? (
          <span className="inline-flex items-center gap-2 rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-700">
            SKU: {skuLabel ?? 'selected'}
            <button type="button" aria-label="Show every SKU" className="font-semibold text-slate-500 hover:text-slate-900" onClick={() => state.setFilter('skuId', '')}>
              ×
            </button>
          </span>
        ) : null}
      </div>
      <ServerDataTable
        caption="Stock levels"
        testId="stock-levels-table"
        state={state}
        result={result}
        columns={columns}
        rowKey={(r) => r.key}
        searchLabel={view === 'by-location' ? 'Search location…' : view === 'by-sku' ? 'Search SKU…' : 'Search SKU or location…'}
        filters={[
          { key: 'locationId', label: 'Location', options: [{ value: '', label: 'All locations' }, ...(locations.data ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))] },
          { key: 'hideEmpty', label: 'Zero balances', options: [{ value: '', label: 'Non-zero only' }, { value: 'false', label: 'Include zeros' }] },
        ]}
        csvExport={{ org, entity: EXPORT[view] }}
        actions={writeActions}
        empty={
          <EmptyState
            title="No stock recorded yet"
            action={
              <>
                {canWrite ? (
                  <Button size="sm" onClick={() => setDialog({ mode: 'receive' })}>
                    Receive stock
                  </Button>
                ) : null}
                <Link href={`/${org}/imports`} className={buttonClasses('secondary', 'sm')}>
                  Import a stock snapshot
                </Link>
              </>
            }
          >
            Load what each location holds from a stock snapshot CSV, or receive units by hand. Every change is kept in the movements ledger.
          </EmptyState>
        }
      />
      {dialog ? <StockChangeDialog org={org} mode={dialog.mode} sku={dialog.sku} location={dialog.location} onHand={dialog.onHand} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
