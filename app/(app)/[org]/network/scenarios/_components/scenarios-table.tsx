'use client';
/** The saved scenarios with their main figures; pick two to compare side by side; delete with confirmation. */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ScenarioRow } from '@/server/services/scenarios/list';
import { DataTable, type Column } from '../../../../../_components/tables/data-table';
import { Badge } from '../../../../../_components/ui/badge';
import { Button } from '../../../../../_components/ui/button';
import { formatFigure } from '../../compare/_components/figure-format';
import { DeleteScenarioButton } from './delete-scenario-button';

const STATUS = { solved: ['green', 'computed'], infeasible: ['red', 'infeasible'], 'no-demand': ['amber', 'no demand'], 'not-computed': ['neutral', 'not computed'] } as const;

export function ScenariosTable({ org, rows, currency, canEdit }: { org: string; rows: ScenarioRow[]; currency: string; canEdit: boolean }) {
  const router = useRouter();
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  const columns: Column<ScenarioRow>[] = [
    {
      key: 'pick',
      header: 'Compare',
      cell: (r) => <input type="checkbox" className="size-4" checked={picked.includes(r.id)} onChange={() => toggle(r.id)} aria-label={`Compare ${r.name}`} />,
    },
    { key: 'name', header: 'Name', cell: (r) => <Link className="font-medium text-blue-700 underline" href={`/${org}/network/scenarios/${r.id}`}>{r.name}</Link>, sortValue: (r) => r.name, csv: (r) => r.name, filterText: (r) => `${r.name} ${r.openLocations.join(' ')}` },
    { key: 'open', header: 'Open locations', cell: (r) => r.openLocations.join(', '), csv: (r) => r.openLocations.join(' ') },
    { key: 'status', header: 'Status', cell: (r) => <Badge tone={STATUS[r.status][0]}>{STATUS[r.status][1]}</Badge>, sortValue: (r) => r.status, csv: (r) => r.status },
    { key: 'days', header: 'Delivery days', cell: (r) => formatFigure(r.averageDeliveryDays, 'days', currency), sortValue: (r) => r.averageDeliveryDays, csv: (r) => r.averageDeliveryDays, align: 'right' },
    { key: 'sla', header: 'Within SLA', cell: (r) => formatFigure(r.slaMetShare, 'fraction', currency), sortValue: (r) => r.slaMetShare, csv: (r) => r.slaMetShare, align: 'right' },
    { key: 'ship', header: 'Shipping per unit', cell: (r) => formatFigure(r.shippingCostPerUnit, 'currency/unit', currency), sortValue: (r) => r.shippingCostPerUnit, csv: (r) => r.shippingCostPerUnit, align: 'right' },
    { key: 'ss', header: 'Safety stock value', cell: (r) => formatFigure(r.safetyStockValue, 'currency', currency), sortValue: (r) => r.safetyStockValue, csv: (r) => r.safetyStockValue, align: 'right' },
    { key: 'fill', header: 'Fill rate', cell: (r) => formatFigure(r.expectedFillRate, 'fraction', currency), sortValue: (r) => r.expectedFillRate, csv: (r) => r.expectedFillRate, align: 'right' },
    { key: 'total', header: 'Total cost', cell: (r) => formatFigure(r.totalCostPerYear, 'currency/year', currency), sortValue: (r) => r.totalCostPerYear, csv: (r) => r.totalCostPerYear, align: 'right' },
    ...(canEdit ? [{ key: 'actions', header: 'Actions', cell: (r: ScenarioRow) => <DeleteScenarioButton org={org} id={r.id} name={r.name} /> }] : []),
  ];
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" disabled={picked.length !== 2} onClick={() => router.push(`/${org}/network/scenarios/compare?a=${picked[0]}&b=${picked[1]}`)} data-testid="compare-picked">
          Compare the two chosen side by side
        </Button>
        <span className="text-sm text-slate-600" aria-live="polite">{picked.length === 2 ? 'Two chosen.' : `Choose two scenarios (${picked.length} chosen).`}</span>
      </div>
      <DataTable
        rows={rows}
        rowKey={(r) => r.id}
        columns={columns}
        caption="Saved network scenarios"
        csvName={['scenarios', org]}
        empty="No scenario yet. Save one from the comparison, or create one below."
        testId="scenarios-table"
      />
    </div>
  );
}
