/**
 * The 3PL portfolio: one row per importer that granted this provider access (active grants, read on
 * every request, so a revoked grant is gone on the next one), with the client's KPIs from the dashboard's
 * read layer (readKpis) over the period: SLA attainment vs target, fill rate, inventory value, days of
 * supply, open recommendations, stockout value and a weekly on-time sparkline. Ranked by risk: the
 * biggest SLA shortfall first, then the largest stockout value.
 *
 * Each client is read in the provider's transaction with the row-level-security scope switched to that
 * client (setTenant) and back: read-only, after the grant was checked in the same transaction.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { resultRows, setTenant } from '@/db/client';
import { organizations, providerGrants } from '@/db/schema';
import type { TenantServiceContext } from '../context';
import { dateField } from '../master-data/fields';
import { readKpis } from '../dashboard/read-kpis';
import { periodSpec } from '../dashboard/schemas';
import type { MemberRole } from '../../auth/roles';

export const portfolioInput = z.object({
  period: periodSpec.default({ kind: 'last28' }),
  asOf: dateField('As of').optional(),
});
export type PortfolioInput = z.infer<typeof portfolioInput>;

export interface PortfolioRow {
  slug: string;
  name: string;
  currency: string;
  timezone: string;
  role: MemberRole;
  since: Date;
  onTimeRate: number | null;
  onTimeTarget: number;
  /** Target minus attainment (positive = short of the SLA); null without delivered orders. */
  slaGap: number | null;
  avgDeliveryDays: number | null;
  targetDeliveryDays: number | null;
  lineFillRate: number | null;
  inventoryValue: number | null;
  daysOfSupply: number | null;
  stockoutValue: number;
  openRecommendations: number;
  /** Weekly on-time rate, oldest first. */
  trend: (number | null)[];
  /** 1 = most at risk. */
  riskRank: number;
}

/** Worst SLA gap first, then the largest stockout value; clients without data last. Pure. */
export function compareRisk(a: Pick<PortfolioRow, 'slaGap' | 'stockoutValue' | 'name'>, b: Pick<PortfolioRow, 'slaGap' | 'stockoutValue' | 'name'>): number {
  const ga = a.slaGap ?? -Infinity;
  const gb = b.slaGap ?? -Infinity;
  if (ga !== gb) return gb - ga;
  if (a.stockoutValue !== b.stockoutValue) return b.stockoutValue - a.stockoutValue;
  return a.name.localeCompare(b.name);
}

export async function portfolioOverview({ ctx, input }: { ctx: TenantServiceContext; input: PortfolioInput }): Promise<PortfolioRow[]> {
  const clients = await ctx.tx
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      currency: organizations.currency,
      timezone: organizations.timezone,
      role: providerGrants.role,
      since: providerGrants.createdAt,
    })
    .from(providerGrants)
    .innerJoin(organizations, eq(organizations.id, providerGrants.importerId))
    .where(and(eq(providerGrants.providerId, ctx.tenant.id), isNull(providerGrants.revokedAt)))
    .orderBy(asc(organizations.name));

  const rows: Omit<PortfolioRow, 'riskRank'>[] = [];
  try {
    for (const c of clients) {
      await setTenant(ctx.tx, c.id);
      const tenant = { ...ctx.tenant, id: c.id, slug: c.slug, name: c.name, kind: 'importer' as const, currency: c.currency, timezone: c.timezone, role: c.role, via: 'grant' as const };
      const clientCtx = { tx: ctx.tx, tenant };
      const report = await readKpis({ ctx: clientCtx, period: input.period, baseline: { kind: 'previous' }, asOf: input.asOf });
      const [open] = resultRows<{ n: string }>(
        await ctx.tx.execute(sql`select count(*) as n from recommendations where tenant_id = ${c.id} and status = 'open'`),
      );
      const value = (key: string) => report.cards.find((k) => k.key === key);
      const onTime = value('onTimeRate');
      rows.push({
        slug: c.slug,
        name: c.name,
        currency: c.currency,
        timezone: c.timezone,
        role: c.role,
        since: c.since,
        onTimeRate: onTime?.value ?? null,
        onTimeTarget: report.targets.onTimeRate,
        slaGap: onTime?.value == null ? null : report.targets.onTimeRate - onTime.value,
        avgDeliveryDays: value('avgDeliveryDays')?.value ?? null,
        targetDeliveryDays: report.targets.deliveryDays,
        lineFillRate: value('lineFillRate')?.value ?? null,
        inventoryValue: value('inventoryValue')?.value ?? null,
        daysOfSupply: value('daysOfSupply')?.value ?? null,
        stockoutValue: value('stockoutValue')?.value ?? 0,
        openRecommendations: Number(open?.n ?? 0),
        trend: onTime?.trend ?? [],
      });
    }
  } finally {
    await setTenant(ctx.tx, ctx.tenant.id);
  }
  return rows.sort(compareRisk).map((r, i) => ({ ...r, riskRank: i + 1 }));
}
