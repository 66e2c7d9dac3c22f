'use client';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { Badge } from '../../../../_components/ui/badge';
import { Spinner } from '../../../../_components/ui/spinner';

/** Whether every balance equals the sum of its ledger movements (stock.consistency), with the mismatches if not. */
export function ConsistencyBadge({ org }: { org: string }) {
  const trpc = useTRPC();
  const check = useQuery(trpc.stock.consistency.queryOptions({ org }));
  if (check.isPending) return <Spinner label="Checking the ledger…" className="text-slate-500" />;
  if (check.isError) return <Badge tone="amber">Ledger check unavailable</Badge>;
  const c = check.data;
  if (c.consistent) {
    return (
      <span data-testid="stock-consistency" title={`${c.balancesChecked.toLocaleString('en-US')} balances match ${c.movementsChecked.toLocaleString('en-US')} movements`}>
        <Badge tone="green">Ledger consistent</Badge>
      </span>
    );
  }
  return (
    <details data-testid="stock-consistency" className="text-sm">
      <summary className="cursor-pointer">
        <Badge tone="red">{c.mismatches.length} balance{c.mismatches.length === 1 ? '' : 's'} differ from the ledger</Badge>
      </summary>
      <ul className="mt-2 space-y-1 text-slate-700">
        {c.mismatches.slice(0, 20).map((m) => (
          <li key={`${m.skuId}|${m.locationId}`}>
            {m.skuCode} at {m.locationCode}: on hand {m.onHand}, ledger {m.ledgerUnits}
          </li>
        ))}
      </ul>
    </details>
  );
}
