'use client';
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/trpc/root';
import { LANE_MODE_LABELS } from '@/server/services/lanes/schemas';
import { countryName } from '@/server/services/master-data/countries';
import { useTRPC, useTRPCClient } from '../../../../_trpc/client';
import { ArchiveControl } from '../../../../_components/forms/archive-control';
import { formatDate } from '../../../../_components/format/date';
import { formatDays, formatMoney, formatNumber, formatPercent } from '../../../../_components/tables/cell-format';
import { DataTable } from '../../../../_components/tables/data-table';
import { FactList } from '../../../../_components/tables/fact-list';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Badge } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';
import { AddSlaForm } from './add-sla-form';
import { RemoveSlaButton } from './remove-sla-button';

type Detail = inferRouterOutputs<AppRouter>['regions']['get'];

/** A calendar date (YYYY-MM-DD) as "Jan 31, 2025" (no time zone shift: it is a date, not an instant). */
const day = (value: string) => formatDate(`${value}T12:00:00Z`, 'UTC');

export function RegionDetail({ org, currency, timezone, canWrite, detail }: { org: string; currency: string; timezone: string; canWrite: boolean; detail: Detail }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const r = detail.region;
  const sla = detail.currentSla;
  return (
    <div className="space-y-6" data-testid="region-detail">
      <PageHeading
        title={`${r.code} · ${r.name}`}
        back={{ href: `/${org}/regions`, label: 'Regions' }}
        badge={r.archivedAt ? <Badge tone="amber">Archived</Badge> : null}
        actions={
          canWrite ? (
            <>
              <Link href={`/${org}/regions/${r.id}/edit`} className={buttonClasses('secondary', 'sm')}>
                Edit
              </Link>
              <ArchiveControl
                what={`region ${r.code}`}
                archived={Boolean(r.archivedAt)}
                archive={() => client.regions.archive.mutate({ org, id: r.id })}
                unarchive={() => client.regions.unarchive.mutate({ org, id: r.id })}
                onChanged={() => queryClient.invalidateQueries({ queryKey: trpc.regions.pathKey() })}
              />
            </>
          ) : null
        }
      />
      <FactList
        facts={[
          { label: 'Country', value: countryName(r.country) },
          { label: 'Centroid', value: r.centroidLat !== null && r.centroidLng !== null ? `${formatNumber(r.centroidLat, { maxDigits: 4 })}, ${formatNumber(r.centroidLng, { maxDigits: 4 })}` : 'Not set' },
          { label: 'Postal prefixes', value: r.postalPrefixes.length ? <span className="font-mono text-xs">{r.postalPrefixes.join(' ')}</span> : 'None (orders need a region column)' },
          { label: 'Notes', value: r.notes ?? '—' },
        ]}
      />
      <FactList
        title={`SLA in force today (${day(detail.today)}, ${timezone})`}
        testId="current-sla"
        facts={
          sla
            ? [
                { label: 'Target delivery', value: formatDays(sla.targetDeliveryDays) },
                { label: 'Target fill rate', value: formatPercent(sla.targetFillRate) },
                { label: 'Target cycle service level', value: formatPercent(sla.targetCycleServiceLevel) },
                { label: 'Since', value: day(sla.effectiveFrom) },
              ]
            : [{ label: 'SLA', value: 'None yet: add one below. Planning needs it to pick lanes and size safety stock.' }]
        }
      />

      <section className="space-y-3">
        <h2 className="text-lg font-semibold text-slate-900">SLA history</h2>
        <DataTable
          caption={`SLA history of ${r.code}`}
          rows={detail.slas}
          rowKey={(s) => s.id}
          empty={<EmptyState title="No SLA yet">Add the delivery promise for this region: target days, fill rate and cycle service level, and the day it starts.</EmptyState>}
          columns={[
            { key: 'from', header: 'Effective from', cell: (s) => day(s.effectiveFrom), sortValue: (s) => s.effectiveFrom },
            { key: 'status', header: 'Status', cell: (s) => (s.status === 'current' ? <Badge tone="green">In force</Badge> : s.status === 'scheduled' ? <Badge tone="brand">Scheduled</Badge> : <Badge>Past</Badge>) },
            { key: 'days', header: 'Delivery', align: 'right', cell: (s) => formatDays(s.targetDeliveryDays), sortValue: (s) => s.targetDeliveryDays },
            { key: 'fill', header: 'Fill rate', align: 'right', cell: (s) => formatPercent(s.targetFillRate), sortValue: (s) => s.targetFillRate },
            { key: 'csl', header: 'Cycle service level', align: 'right', cell: (s) => formatPercent(s.targetCycleServiceLevel), sortValue: (s) => s.targetCycleServiceLevel },
            { key: 'notes', header: 'Notes', cell: (s) => s.notes ?? '' },
            { key: 'actions', header: '', cell: (s) => (canWrite && s.status === 'scheduled' ? <RemoveSlaButton org={org} slaId={s.id} label={`${r.code} (${day(s.effectiveFrom)})`} /> : null) },
          ]}
        />
        {canWrite && !r.archivedAt ? (
          <div className="rounded-lg border border-slate-200 bg-white p-5">
            <h3 className="mb-3 text-sm font-semibold text-slate-900">Add an SLA</h3>
            <AddSlaForm org={org} regionId={r.id} today={detail.today} />
          </div>
        ) : null}
      </section>

      <section className="space-y-3">
        <h2 className="text-lg font-semibold text-slate-900">Lanes serving {r.code}</h2>
        <DataTable
          caption={`Lanes to ${r.code}`}
          rows={detail.lanes}
          rowKey={(l) => l.id}
          initialSort={{ key: 'days', direction: 'asc' }}
          empty={
            <EmptyState title="No lane serves this region" action={canWrite ? <Link href={`/${org}/lanes`} className={buttonClasses('secondary', 'sm')}>Add a lane</Link> : null}>
              Without a lane, no location can ship here and planning cannot meet this region’s demand.
            </EmptyState>
          }
          columns={[
            { key: 'loc', header: 'From', cell: (l) => <Link className="text-brand-700 hover:underline" href={`/${org}/locations/${l.locationId}`}>{l.locationCode} · {l.locationName}</Link>, sortValue: (l) => l.locationCode, filterText: (l) => `${l.locationCode} ${l.locationName}` },
            { key: 'mode', header: 'Mode', cell: (l) => LANE_MODE_LABELS[l.mode], sortValue: (l) => l.mode },
            { key: 'days', header: 'Transit', align: 'right', cell: (l) => `${formatDays(l.transitDays)} ± ${formatNumber(l.transitDaysSd)}`, sortValue: (l) => l.transitDays },
            { key: 'sla', header: 'Meets SLA', cell: (l) => (l.meetsSla === null ? '—' : l.meetsSla ? <Badge tone="green">Yes</Badge> : <Badge tone="red">No</Badge>) },
            { key: 'cpu', header: 'Cost / unit', align: 'right', cell: (l) => formatMoney(l.costPerUnit, currency, { perUnit: true }), sortValue: (l) => l.costPerUnit },
          ]}
        />
      </section>
    </div>
  );
}
