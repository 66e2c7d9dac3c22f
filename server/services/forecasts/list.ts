/** The Forecasts list: SKU totals or SKU x region rows of a run, sorted, filtered and paged on the server. */
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { forecasts, regions, skuForecasts, skus } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { pageOf, searchCondition } from '../listing/query';
import type { ListPage } from '../listing/input';
import { resultRunId } from '../planning/current-run';
import type { ListForecastsInput } from './schemas';
import type { ForecastRow } from './types';

export async function listForecasts({ ctx, input }: { ctx: TenantServiceContext; input: ListForecastsInput }): Promise<ListPage<ForecastRow>> {
  const runId = await resultRunId(ctx.tx, ctx.tenant.id, input.runId);
  if (!runId) return pageOf([], 0, input);
  const sf = alias(skuForecasts, 'sf');
  const f = input.filters;
  const byRegion = input.level === 'sku-region';
  const mase = byRegion ? forecasts.mase : sf.mase;
  const conditions: (SQL | undefined)[] = [eq(sf.tenantId, ctx.tenant.id), eq(sf.runId, runId)];
  if (f.abcClass) conditions.push(eq(sf.abcClass, f.abcClass));
  if (f.xyzClass) conditions.push(eq(sf.xyzClass, f.xyzClass));
  if (f.pattern) conditions.push(eq(sf.pattern, f.pattern));
  if (f.method) conditions.push(eq(byRegion ? forecasts.method : sf.method, f.method));
  if (f.category) conditions.push(eq(skus.category, f.category));
  if (f.accuracy === 'better') conditions.push(sql`${mase} < 1`);
  if (f.accuracy === 'worse') conditions.push(sql`${mase} >= 1`);
  if (f.accuracy === 'unmeasured') conditions.push(isNull(mase));
  if (byRegion && f.regionId) conditions.push(eq(forecasts.regionId, f.regionId));
  conditions.push(searchCondition(byRegion ? [skus.code, skus.name, skus.category, regions.code, regions.name] : [skus.code, skus.name, skus.category], input.search));
  const where = and(...conditions);
  const nullsLast = (e: SQL) => sql`${e} ${input.direction === 'asc' ? sql`asc` : sql`desc`} nulls last`;

  const common = {
    skuId: skus.id,
    skuCode: skus.code,
    skuName: skus.name,
    category: skus.category,
    pattern: sf.pattern,
    abcClass: sf.abcClass,
    xyzClass: sf.xyzClass,
  };
  if (!byRegion) {
    const order: Record<ListForecastsInput['sort'], SQL> = {
      sku: sql`${skus.code}`, region: sql`${skus.code}`, abc: sql`${sf.abcClass}`, xyz: sql`${sf.xyzClass}`, pattern: sql`${sf.pattern}`,
      method: sql`${sf.method}`, mase: sql`${sf.mase}`, wape: sql`${sf.wape}`, bias: sql`${sf.bias}`, forecastUnits: sql`${sf.forecastUnits}`, historyUnits: sql`${sf.historyUnits}`,
    };
    const rows = await ctx.tx
      .select({
        ...common,
        method: sf.method,
        mase: sf.mase,
        wape: sf.wape,
        bias: sf.bias,
        forecastUnits: sf.forecastUnits,
        historyUnits: sf.historyUnits,
        sigma: sf.sigma,
        recentWeeks: sql<number[]>`${sf.history}[greatest(1, cardinality(${sf.history}) - 25):]`,
        forecastValues: sf.weeklyValues,
      })
      .from(sf)
      .innerJoin(skus, and(eq(skus.tenantId, sf.tenantId), eq(skus.id, sf.skuId)))
      .where(where)
      .orderBy(nullsLast(order[input.sort]), asc(skus.code))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    const total = await countSku(ctx, where, sf);
    return pageOf(rows.map((r) => ({ ...r, regionId: null, regionCode: null, regionName: null })), total, input);
  }

  const order: Record<ListForecastsInput['sort'], SQL> = {
    sku: sql`${skus.code}`, region: sql`${regions.code}`, abc: sql`${sf.abcClass}`, xyz: sql`${sf.xyzClass}`, pattern: sql`${sf.pattern}`,
    method: sql`${forecasts.method}`, mase: sql`${forecasts.mase}`, wape: sql`${forecasts.wape}`, bias: sql`${forecasts.bias}`,
    forecastUnits: sql`${forecasts.forecastUnits}`, historyUnits: sql`${forecasts.historyUnits}`,
  };
  const rows = await ctx.tx
    .select({
      ...common,
      regionId: regions.id,
      regionCode: regions.code,
      regionName: regions.name,
      method: forecasts.method,
      mase: forecasts.mase,
      wape: forecasts.wape,
      bias: forecasts.bias,
      forecastUnits: sql<number>`coalesce(${forecasts.forecastUnits}, 0)`.mapWith(Number),
      historyUnits: sql<number>`coalesce(${forecasts.historyUnits}, 0)`.mapWith(Number),
      sigma: forecasts.sigma,
      forecastValues: forecasts.weeklyValues,
    })
    .from(forecasts)
    .innerJoin(sf, and(eq(sf.tenantId, forecasts.tenantId), eq(sf.runId, forecasts.runId), eq(sf.skuId, forecasts.skuId)))
    .innerJoin(skus, and(eq(skus.tenantId, forecasts.tenantId), eq(skus.id, forecasts.skuId)))
    .innerJoin(regions, and(eq(regions.tenantId, forecasts.tenantId), eq(regions.id, forecasts.regionId)))
    .where(where)
    .orderBy(nullsLast(order[input.sort]), asc(skus.code), asc(regions.code))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [count] = await ctx.tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(forecasts)
    .innerJoin(sf, and(eq(sf.tenantId, forecasts.tenantId), eq(sf.runId, forecasts.runId), eq(sf.skuId, forecasts.skuId)))
    .innerJoin(skus, and(eq(skus.tenantId, forecasts.tenantId), eq(skus.id, forecasts.skuId)))
    .innerJoin(regions, and(eq(regions.tenantId, forecasts.tenantId), eq(regions.id, forecasts.regionId)))
    .where(where);
  return pageOf(rows.map((r) => ({ ...r, recentWeeks: null })), count?.n, input);
}

async function countSku(ctx: TenantServiceContext, where: SQL | undefined, sf: ReturnType<typeof alias<typeof skuForecasts, 'sf'>>): Promise<number> {
  const [count] = await ctx.tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(sf)
    .innerJoin(skus, and(eq(skus.tenantId, sf.tenantId), eq(skus.id, sf.skuId)))
    .where(where);
  return count?.n ?? 0;
}
