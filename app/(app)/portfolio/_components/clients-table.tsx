'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ROLE_LABELS, type MemberRole } from '@/server/auth/roles';
import { formatDate } from '../../../_components/format/date';
import { DataTable, type Column } from '../../../_components/tables/data-table';
import { Badge } from '../../../_components/ui/badge';

export interface PortfolioClient {
  slug: string;
  name: string;
  currency: string;
  role: MemberRole;
  since: Date;
}

export function ClientsTable({ providerSlug, timezone, clients, empty }: { providerSlug: string; timezone: string; clients: PortfolioClient[]; empty: ReactNode }) {
  const columns: Column<PortfolioClient>[] = [
    {
      key: 'client',
      header: 'Client',
      cell: (c) => (
        <Link href={`/${c.slug}/dashboard`} className="font-medium text-brand-600 hover:underline">
          {c.name}
        </Link>
      ),
      sortValue: (c) => c.name,
      filterText: (c) => `${c.name} ${c.slug}`,
      csv: (c) => c.name,
    },
    { key: 'identifier', header: 'Identifier', cell: (c) => <span className="font-mono text-xs text-slate-600">{c.slug}</span>, csv: (c) => c.slug },
    { key: 'role', header: 'Your role', cell: (c) => <Badge>{ROLE_LABELS[c.role]}</Badge>, sortValue: (c) => c.role, filterText: (c) => ROLE_LABELS[c.role], csv: (c) => ROLE_LABELS[c.role] },
    { key: 'currency', header: 'Currency', cell: (c) => c.currency, sortValue: (c) => c.currency, csv: (c) => c.currency },
    { key: 'since', header: 'Since', cell: (c) => formatDate(c.since, timezone), sortValue: (c) => c.since, csv: (c) => c.since },
  ];
  return (
    <DataTable
      rows={clients}
      rowKey={(c) => c.slug}
      columns={columns}
      caption="Clients"
      csvName={['clients', providerSlug]}
      empty={empty}
      initialSort={{ key: 'client', direction: 'asc' }}
      testId={`clients-${providerSlug}`}
    />
  );
}
