'use client';
import { useListState } from '../../../../_components/tables/use-list-state';
import { StockTargetsTable, type StockTargetSort } from './stock-targets-table';

/** The Stock targets page below its heading: the table (the chart by location joins it when the summary exists). */
export function StockTargetsView({ org, canRun }: { org: string; canRun: boolean }) {
  const state = useListState<StockTargetSort>({ sort: 'gap', direction: 'desc' });
  return <StockTargetsTable org={org} state={state} canRun={canRun} />;
}
