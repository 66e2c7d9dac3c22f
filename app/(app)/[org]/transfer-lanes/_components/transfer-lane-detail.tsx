'use client';
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/trpc/root';
import { useTRPC, useTRPCClient } from '../../../../_trpc/client';
import { ArchiveControl } from '../../../../_components/forms/archive-control';
import { formatDays, formatMoney } from '../../../../_components/tables/cell-format';
import { FactList } from '../../../../_components/tables/fact-list';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { Badge } from '../../../../_components/ui/badge';
import { buttonClasses } from '../../../../_components/ui/button';

type Detail = inferRouterOutputs<AppRouter>['transferLanes']['get'];

export function TransferLaneDetail({ org, currency, canWrite, detail }: { org: string; currency: string; canWrite: boolean; detail: Detail }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const { transferLane: t, from, to } = detail;
  return (
    <div className="space-y-6" data-testid="transfer-lane-detail">
      <PageHeading
        title={`${from.code} → ${to.code}`}
        back={{ href: `/${org}/transfer-lanes`, label: 'Transfer lanes' }}
        badge={
          <>
            {detail.crossBorder ? <Badge tone="amber">Cross-border</Badge> : <Badge>Domestic</Badge>}
            {t.archivedAt ? <Badge tone="amber">Archived</Badge> : null}
          </>
        }
        actions={
          canWrite ? (
            <>
              <Link href={`/${org}/transfer-lanes/${t.id}/edit`} className={buttonClasses('secondary', 'sm')}>
                Edit
              </Link>
              <ArchiveControl
                what={`transfer lane ${from.code} → ${to.code}`}
                archived={Boolean(t.archivedAt)}
                archive={() => client.transferLanes.archive.mutate({ org, id: t.id })}
                unarchive={() => client.transferLanes.unarchive.mutate({ org, id: t.id })}
                onChanged={() => queryClient.invalidateQueries({ queryKey: trpc.transferLanes.pathKey() })}
                consequences={<p>Rebalancing stops moving stock from {from.code} to {to.code}. You can restore it later.</p>}
              />
            </>
          ) : null
        }
      />
      <FactList
        facts={[
          { label: 'From', value: <Link className="text-brand-700 hover:underline" href={`/${org}/locations/${from.id}`}>{from.code} · {from.name} ({from.country})</Link> },
          { label: 'To', value: <Link className="text-brand-700 hover:underline" href={`/${org}/locations/${to.id}`}>{to.code} · {to.name} ({to.country})</Link> },
          { label: 'Transit', value: formatDays(t.transitDays) },
          { label: 'Customs', value: detail.crossBorder ? formatDays(t.customsDays) : `Not applied (domestic; ${formatDays(t.customsDays)} on file)` },
          { label: 'A transfer takes', value: formatDays(detail.totalDays) },
          { label: 'Cost per unit', value: formatMoney(t.costPerUnit, currency, { perUnit: true }) },
          { label: 'Notes', value: t.notes ?? '—' },
        ]}
      />
    </div>
  );
}
