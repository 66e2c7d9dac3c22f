/**
 * Network scenario CSV downloads, read through the tRPC caller (tenant and role exactly the API's):
 * - `scenarios`: every scenario with its open locations and main figures (the scenarios table);
 * - `scenario-comparison?filter.a=<id>&filter.b=<id>`: two scenarios side by side, one row per figure;
 * - `network-comparison?filter.k=&filter.windowDays=&filter.asOf=&filter.reviewPeriodDays=&filter.slaMode=`:
 *   the centralized / current / optimal-k table.
 * Money columns are in the tenant's currency (its code is a column); shares are fractions.
 * Registered in server/csv/export-registry.ts.
 */
import type { CsvExport } from '../export-types';
import { csvHeader } from '../columns';
import { listInputFor } from '../export-types';
import { cellsOf, pagedRows } from '../paged-rows';
import { SCENARIO_FIGURES } from '../../services/scenarios/compare';

const scenarioKeys = [
  'name', 'openLocations', 'status', 'averageDeliveryDays', 'slaMetShare', 'shippingCostPerUnit', 'safetyStockUnits', 'safetyStockValue',
  'inventoryValue', 'expectedFillRate', 'totalCostPerYear', 'windowFrom', 'windowTo', 'solvedAt', 'updatedAt',
];

export const scenariosExport: CsvExport = {
  header: csvHeader(scenarioKeys),
  rows: ({ caller, org, params }) => pagedRows((page, size) => caller.scenarios.list(listInputFor(org, { ...params, filters: {} }, page, size)), (row) => cellsOf(scenarioKeys, row)),
};

export const scenarioComparisonExport: CsvExport = {
  header: ['figure', 'unit', 'currency', 'scenario_a', 'scenario_b', 'value_a', 'value_b', 'difference', 'change'],
  async *rows({ caller, org, params }) {
    const result = await caller.scenarios.compare({ org, a: params.filters.a ?? '', b: params.filters.b ?? '' });
    yield result.rows.map((r) => [r.label, r.unit, result.currency, result.a.name, result.b.name, r.a, r.b, r.difference, r.change]);
  },
};

const numberOrUndefined = (text: string | undefined) => (text === undefined || text === '' ? undefined : Number(text));

export const networkComparisonExport: CsvExport = {
  header: ['figure', 'unit', 'currency', 'centralized', 'current', 'optimized', 'centralized_locations', 'current_locations', 'optimized_locations'],
  async *rows({ caller, org, params }) {
    const f = params.filters;
    const result = await caller.networkCompare.compare({
      org,
      k: numberOrUndefined(f.k),
      windowDays: numberOrUndefined(f.windowDays),
      asOf: f.asOf || undefined,
      reviewPeriodDays: numberOrUndefined(f.reviewPeriodDays),
      serviceLevel: numberOrUndefined(f.serviceLevel),
      leadTimeDays: numberOrUndefined(f.leadTimeDays),
      slaMode: (f.slaMode || undefined) as 'constraint' | 'penalty' | undefined,
      latePenaltyPerUnitDay: numberOrUndefined(f.latePenaltyPerUnitDay),
    });
    const [central, current, optimized] = ['centralized', 'current', 'optimized'].map((key) => result.rows.find((r) => r.key === key)?.result ?? null);
    const codes = [central, current, optimized].map((r) => r?.openLocationCodes.join(' ') ?? null);
    yield SCENARIO_FIGURES.map((m) => [m.label, m.unit, result.currency, central?.figures[m.key] as number, current?.figures[m.key] as number, optimized?.figures[m.key] as number, ...codes]);
  },
};
