/**
 * Scenarios of the tenant, one page at a time, each with its open locations by code and its main figures
 * (flat, so the table and the CSV export show the same columns).
 */
import { and, asc, count, desc, eq, ilike, inArray } from 'drizzle-orm';
import { locations, scenarios } from '@/db/schema';
import type { ListPage } from '../listing/input';
import type { TenantServiceContext } from '../context';
import { toScenario, type Scenario } from './load';
import type { ListScenariosInput } from './schemas';

export interface ScenarioRow {
  id: string;
  name: string;
  openLocations: string[];
  status: 'solved' | 'infeasible' | 'no-demand' | 'not-computed';
  averageDeliveryDays: number | null;
  slaMetShare: number | null;
  shippingCostPerUnit: number | null;
  safetyStockUnits: number | null;
  safetyStockValue: number | null;
  inventoryValue: number | null;
  expectedFillRate: number | null;
  totalCostPerYear: number | null;
  windowFrom: string | null;
  windowTo: string | null;
  solvedAt: string | null;
  updatedAt: Date;
}

/** Location id → code for the given scenarios (archived locations included: a scenario outlives them). */
export async function locationCodes(ctx: TenantServiceContext, list: readonly Scenario[]): Promise<Map<string, string>> {
  const ids = [...new Set(list.flatMap((s) => s.openLocationIds))];
  if (ids.length === 0) return new Map();
  const rows = await ctx.tx.select({ id: locations.id, code: locations.code }).from(locations).where(and(eq(locations.tenantId, ctx.tenant.id), inArray(locations.id, ids)));
  return new Map(rows.map((r) => [r.id, r.code]));
}

export function scenarioRow(s: Scenario, codes: Map<string, string>): ScenarioRow {
  const f = s.results?.result?.figures;
  return {
    id: s.id,
    name: s.name,
    openLocations: s.openLocationIds.map((id) => codes.get(id) ?? 'removed location').sort(),
    status: s.results?.status ?? 'not-computed',
    averageDeliveryDays: f?.averageDeliveryDays ?? null,
    slaMetShare: f?.slaMetShare ?? null,
    shippingCostPerUnit: f?.shippingCostPerUnit ?? null,
    safetyStockUnits: f?.safetyStockUnits ?? null,
    safetyStockValue: f?.safetyStockValue ?? null,
    inventoryValue: f?.inventoryValue ?? null,
    expectedFillRate: f?.expectedFillRate ?? null,
    totalCostPerYear: f?.totalCostPerYear ?? null,
    windowFrom: s.results?.window.from ?? null,
    windowTo: s.results?.window.to ?? null,
    solvedAt: s.results?.solvedAt ?? null,
    updatedAt: s.updatedAt,
  };
}

export async function listScenarios({ ctx, input }: { ctx: TenantServiceContext; input: ListScenariosInput }): Promise<ListPage<ScenarioRow>> {
  const where = and(eq(scenarios.tenantId, ctx.tenant.id), input.search ? ilike(scenarios.name, `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined);
  const column = { name: scenarios.name, updatedAt: scenarios.updatedAt, createdAt: scenarios.createdAt }[input.sort];
  const order = input.direction === 'desc' ? desc(column) : asc(column);
  const rows = await ctx.tx
    .select()
    .from(scenarios)
    .where(where)
    .orderBy(order, asc(scenarios.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await ctx.tx.select({ n: count() }).from(scenarios).where(where);
  const list = rows.map(toScenario);
  const codes = await locationCodes(ctx, list);
  return { rows: list.map((s) => scenarioRow(s, codes)), total: total?.n ?? 0, page: input.page, pageSize: input.pageSize };
}
