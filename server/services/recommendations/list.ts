/** The current run's recommendations, grouped by kind, highest impact first, each with its explanation and numbers. */
import { and, desc, eq, gt, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { locations, planningRuns, recommendations, regions, skus, suppliers, users } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { todayIn } from '../master-data/today';
import { searchCondition } from '../listing/query';
import { currentRunId } from '../planning/current-run';
import { recommendationKinds, type ListRecommendationsInput, type RecommendationKind, type RecommendationPriority } from './schemas';
import type { RecommendationGroup, RecommendationImpact, RecommendationList, RecommendationView } from './types';

export const KIND_LABELS: Record<RecommendationKind, string> = {
  replenish: 'Buy',
  transfer: 'Move stock',
  centralize: 'Hold centrally',
  decentralize: 'Hold closer to demand',
  inbound_split: 'Split arrivals',
};

const PRIORITY_BY_RANK: Record<number, RecommendationPriority> = { 4: 'urgent', 3: 'high', 2: 'medium', 1: 'low' };
export const PRIORITY_RANK: Record<RecommendationPriority, number> = { urgent: 4, high: 3, medium: 2, low: 1 };

export async function listRecommendations({ ctx, input }: { ctx: TenantServiceContext; input: ListRecommendationsInput }): Promise<RecommendationList> {
  const tenantId = ctx.tenant.id;
  const runId = await currentRunId(ctx.tx, tenantId);
  if (!runId) return { runId: null, runFinishedAt: null, groups: [], total: 0 };
  const [run] = await ctx.tx.select({ finishedAt: planningRuns.finishedAt }).from(planningRuns).where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId)));
  const today = input.asOf ?? todayIn(ctx.tenant.timezone);
  const from = alias(locations, 'from_location');
  const to = alias(locations, 'to_location');
  const r = recommendations;

  const conditions: (SQL | undefined)[] = [eq(r.tenantId, tenantId)];
  if (input.status === 'open') conditions.push(eq(r.runId, runId), eq(r.status, 'open'), or(isNull(r.snoozedUntil), lte(r.snoozedUntil, today)));
  else if (input.status === 'snoozed') conditions.push(eq(r.runId, runId), eq(r.status, 'open'), gt(r.snoozedUntil, today));
  else if (input.status === 'superseded') conditions.push(eq(r.status, 'superseded'));
  else conditions.push(eq(r.status, input.status));
  if (input.kind) conditions.push(eq(r.kind, input.kind));
  if (input.priority) conditions.push(eq(r.priority, PRIORITY_RANK[input.priority]));
  if (input.skuId) conditions.push(eq(r.skuId, input.skuId));
  if (input.regionId) conditions.push(eq(r.regionId, input.regionId));
  if (input.locationId) conditions.push(or(eq(r.fromLocationId, input.locationId), eq(r.toLocationId, input.locationId)));
  conditions.push(searchCondition([skus.code, skus.name, from.code, from.name, to.code, to.name, r.reason], input.search));
  const where = and(...conditions);

  const ranked = ctx.tx
    .select({
      id: r.id,
      rank: sql<number>`row_number() over (partition by ${r.kind} order by ${r.priority} desc, ${r.score} desc, ${r.id})`.as('rank'),
      kindTotal: sql<number>`count(*) over (partition by ${r.kind})`.as('kind_total'),
      kindUnits: sql<number>`sum(coalesce(${r.qty}, 0)) over (partition by ${r.kind})`.as('kind_units'),
      kindCost: sql<number>`sum(coalesce((${r.impact}->>'costDelta')::float8, 0)) over (partition by ${r.kind})`.as('kind_cost'),
    })
    .from(r)
    .innerJoin(skus, and(eq(skus.tenantId, r.tenantId), eq(skus.id, r.skuId)))
    .leftJoin(from, and(eq(from.tenantId, r.tenantId), eq(from.id, r.fromLocationId)))
    .leftJoin(to, and(eq(to.tenantId, r.tenantId), eq(to.id, r.toLocationId)))
    .where(where)
    .as('ranked');

  const rows = await ctx.tx
    .select({
      r,
      rank: ranked.rank,
      kindTotal: ranked.kindTotal,
      kindUnits: ranked.kindUnits,
      kindCost: ranked.kindCost,
      sku: { id: skus.id, code: skus.code, name: skus.name, casePack: skus.casePack },
      fromCode: from.code,
      fromName: from.name,
      toCode: to.code,
      toName: to.name,
      regionCode: regions.code,
      regionName: regions.name,
      supplierCode: suppliers.code,
      supplierName: suppliers.name,
      deciderName: users.name,
      deciderEmail: users.email,
    })
    .from(ranked)
    .innerJoin(r, and(eq(r.tenantId, tenantId), eq(r.id, ranked.id)))
    .innerJoin(skus, and(eq(skus.tenantId, r.tenantId), eq(skus.id, r.skuId)))
    .leftJoin(from, and(eq(from.tenantId, r.tenantId), eq(from.id, r.fromLocationId)))
    .leftJoin(to, and(eq(to.tenantId, r.tenantId), eq(to.id, r.toLocationId)))
    .leftJoin(regions, and(eq(regions.tenantId, r.tenantId), eq(regions.id, r.regionId)))
    .leftJoin(suppliers, and(eq(suppliers.tenantId, r.tenantId), eq(suppliers.id, r.supplierId)))
    .leftJoin(users, eq(users.id, r.decidedBy))
    .where(lte(ranked.rank, input.limitPerKind))
    .orderBy(desc(r.priority), desc(r.score), r.id);

  const groups = new Map<RecommendationKind, RecommendationGroup>();
  for (const row of rows) {
    const kind = row.r.kind as RecommendationKind;
    let group = groups.get(kind);
    if (!group) {
      group = { kind, label: KIND_LABELS[kind], total: Number(row.kindTotal), totalUnits: Number(row.kindUnits), totalCost: Number(row.kindCost), items: [] };
      groups.set(kind, group);
    }
    group.items.push(toView(row));
  }
  const ordered = recommendationKinds.flatMap((k) => (groups.has(k) ? [groups.get(k) as RecommendationGroup] : []));
  // Groups with the most urgent, highest-value work first.
  ordered.sort((a, b) => (b.items[0]?.priority ? PRIORITY_RANK[b.items[0].priority] : 0) - (a.items[0]?.priority ? PRIORITY_RANK[a.items[0].priority] : 0) || b.totalCost - a.totalCost);
  return { runId, runFinishedAt: run?.finishedAt ?? null, groups: ordered, total: ordered.reduce((n, g) => n + g.total, 0) };
}

interface Row {
  r: typeof recommendations.$inferSelect;
  sku: { id: string; code: string; name: string; casePack: number };
  fromCode: string | null;
  fromName: string | null;
  toCode: string | null;
  toName: string | null;
  regionCode: string | null;
  regionName: string | null;
  supplierCode: string | null;
  supplierName: string | null;
  deciderName: string | null;
  deciderEmail: string | null;
}

function toView(row: Row): RecommendationView {
  const r = row.r;
  const impact = r.impact as Partial<RecommendationImpact>;
  return {
    id: r.id,
    runId: r.runId,
    kind: r.kind as RecommendationKind,
    status: r.status,
    priority: PRIORITY_BY_RANK[r.priority] ?? 'low',
    score: r.score,
    sku: row.sku,
    from: r.fromLocationId ? { id: r.fromLocationId, code: row.fromCode ?? '', name: row.fromName ?? '' } : null,
    to: r.toLocationId ? { id: r.toLocationId, code: row.toCode ?? '', name: row.toName ?? '' } : null,
    region: r.regionId ? { id: r.regionId, code: row.regionCode ?? '', name: row.regionName ?? '' } : null,
    supplier: r.supplierId ? { id: r.supplierId, code: row.supplierCode ?? '', name: row.supplierName ?? '' } : null,
    purchaseOrderId: r.purchaseOrderId,
    qty: r.qty,
    explanation: r.reason,
    facts: r.facts,
    impact: {
      units: impact.units ?? r.qty ?? 0,
      costDelta: impact.costDelta ?? 0,
      daysOfSupplyAfter: impact.daysOfSupplyAfter ?? { from: null, to: null },
      sla: impact.sla ?? null,
    },
    snoozedUntil: r.snoozedUntil,
    decidedAt: r.decidedAt,
    decidedBy: r.decidedBy ? { id: r.decidedBy, name: row.deciderName, email: row.deciderEmail ?? '' } : null,
    decisionNote: r.decisionNote,
    createdTransferId: r.createdTransferId,
    createdPurchaseOrderId: r.createdPurchaseOrderId,
  };
}
