'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ROLE_LABELS } from '@/server/auth/roles';
import type { PortfolioRow } from '@/server/services/portfolio/overview';
import { ChartSparkline } from '../../../_components/charts/chart-sparkline';
import { DataTable, type Column } from '../../../_components/tables/data-table';
import { Badge } from '../../../_components/ui/badge';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const money = (currency: string, v: number | null) => {
  if (v === null) return '—';
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(v);
  } catch {
    return v.toFixed(0);
  }
};

/** One row per client, ranked by risk (worst SLA gap, then stockout value); a click opens the client's dashboard. */
export function ClientsTable({ providerSlug, clients, empty }: { providerSlug: string; clients: PortfolioRow[]; empty: ReactNode }) {
  const columns: Column<PortfolioRow>[] = [
    { key: 'risk', header: 'Risk', align: 'right', cell: (c) => <span className="tabular-nums">#{c.riskRank}</span>, sortValue: (c) => c.riskRank, csv: (c) => c.riskRank },
    {
      key: 'client',
      header: 'Client',
      cell: (c) => (
        <Link href={`/${c.slug}/dashboard`} className="font-medium text-brand-700 hover:underline">
          {c.name}
        </Link>
      ),
      sortValue: (c) => c.name,
      filterText: (c) => `${c.name} ${c.slug}`,
      csv: (c) => c.name,
    },
    { key: 'identifier', header: 'Identifier', cell: (c) => c.slug, csv: (c) => c.slug, csvOnly: true },
    {
      key: 'sla',
      header: 'On time vs target',
      align: 'right',
      cell: (c) => (
        <span className={c.slaGap !== null && c.slaGap > 0 ? 'font-medium text-red-700' : 'text-slate-900'}>
          {pct(c.onTimeRate)} <span className="text-slate-500">/ {pct(c.onTimeTarget)}</span>
        </span>
      ),
      sortValue: (c) => c.slaGap,
      csv: (c) => (c.onTimeRate === null ? '' : Number(c.onTimeRate.toFixed(4))),
    },
    { key: 'fill', header: 'Fill rate', align: 'right', cell: (c) => pct(c.lineFillRate), sortValue: (c) => c.lineFillRate, csv: (c) => (c.lineFillRate === null ? '' : Number(c.lineFillRate.toFixed(4))) },
    { key: 'inventory', header: 'Inventory value', align: 'right', cell: (c) => money(c.currency, c.inventoryValue), sortValue: (c) => c.inventoryValue, csv: (c) => c.inventoryValue ?? '' },
    { key: 'dos', header: 'Days of supply', align: 'right', cell: (c) => (c.daysOfSupply === null ? '—' : c.daysOfSupply.toFixed(0)), sortValue: (c) => c.daysOfSupply, csv: (c) => (c.daysOfSupply === null ? '' : Number(c.daysOfSupply.toFixed(1))) },
    { key: 'recs', header: 'Open recommendations', align: 'right', cell: (c) => c.openRecommendations, sortValue: (c) => c.openRecommendations, csv: (c) => c.openRecommendations },
    { key: 'stockout', header: 'Stockout value', align: 'right', cell: (c) => money(c.currency, c.stockoutValue), sortValue: (c) => c.stockoutValue, csv: (c) => c.stockoutValue },
    { key: 'trend', header: 'On time, weekly', cell: (c) => <div className="w-28"><ChartSparkline values={c.trend} label={`${c.name}: on time, weekly`} /></div> },
    { key: 'role', header: 'Your role', cell: (c) => <Badge>{ROLE_LABELS[c.role]}</Badge>, sortValue: (c) => c.role, filterText: (c) => ROLE_LABELS[c.role], csv: (c) => ROLE_LABELS[c.role] },
  ];
  return (
    <DataTable
      rows={clients}
      rowKey={(c) => c.slug}
      columns={columns}
      caption="Clients, most at risk first"
      csvName={['portfolio', providerSlug]}
      empty={empty}
      initialSort={{ key: 'risk', direction: 'asc' }}
      testId={`clients-${providerSlug}`}
    />
  );
}
