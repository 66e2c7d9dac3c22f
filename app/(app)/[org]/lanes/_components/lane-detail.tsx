'use client';
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/trpc/root';
import { LANE_MODE_LABELS } from '@/server/services/lanes/schemas';
import { useTRPC, useTRPCClient } from '../../../../_trpc/client';
import { ArchiveControl } from '../../../../_components/forms/archive-control';
import { formatDays, formatMoney } from '../../../../_components/tables/cell-format';
import { FactList } from '../../../../_components/tables/fact-list';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Badge } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';

type Detail = inferRouterOutputs<AppRouter>['lanes']['get'];

export function LaneDetail({ org, currency, canWrite, detail }: { org: string; currency: string; canWrite: boolean; detail: Detail }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const { lane, location, region } = detail;
  return (
    <div className="space-y-6" data-testid="lane-detail">
      <PageHeading
        title={`${location.code} → ${region.code} · ${LANE_MODE_LABELS[lane.mode]}`}
        back={{ href: `/${org}/lanes`, label: 'Lanes' }}
        badge={lane.archivedAt ? <Badge tone="amber">Archived</Badge> : null}
        actions={
          canWrite ? (
            <>
              <Link href={`/${org}/lanes/${lane.id}/edit`} className={buttonClasses('secondary', 'sm')}>
                Edit
              </Link>
              <ArchiveControl
                what={`lane ${location.code} → ${region.code}`}
                archived={Boolean(lane.archivedAt)}
                archive={() => client.lanes.archive.mutate({ org, id: lane.id })}
                unarchive={() => client.lanes.unarchive.mutate({ org, id: lane.id })}
                onChanged={() => queryClient.invalidateQueries({ queryKey: trpc.lanes.pathKey() })}
                consequences={<p>Planning stops using this lane to serve {region.code}. You can restore it later.</p>}
              />
            </>
          ) : null
        }
      />
      <FactList
        facts={[
          { label: 'From', value: <Link className="text-brand-700 hover:underline" href={`/${org}/locations/${location.id}`}>{location.code} · {location.name}</Link> },
          { label: 'To', value: <Link className="text-brand-700 hover:underline" href={`/${org}/regions/${region.id}`}>{region.code} · {region.name}</Link> },
          { label: 'Mode', value: LANE_MODE_LABELS[lane.mode] },
          { label: 'Transit', value: `${formatDays(lane.transitDays)} ± ${formatDays(lane.transitDaysSd)}` },
          { label: 'Cost per unit', value: formatMoney(lane.costPerUnit, currency, { perUnit: true }) },
          { label: 'Cost per kg', value: formatMoney(lane.costPerKg, currency, { perUnit: true }) },
          { label: 'Notes', value: lane.notes ?? '—' },
        ]}
      />
    </div>
  );
}
