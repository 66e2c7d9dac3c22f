/**
 * What a digest says, as data (no HTML): the importer digest of one organization and period, and the
 * portfolio digest of a 3PL (one row per client, worst first). Rendering (server/email) turns this into
 * HTML, plain text and a chart; the preview in the app shows the same data.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { setTenant, withGlobal, withTenant, type Database, type Tx } from '@/db/client';
import { organizations, providerGrants } from '@/db/schema';
import { addDays } from '../orders/local-time';
import { isoWeekday, previousPeriod } from './schedule';
import { readPeriodKpis, readWeeklyKpis, type KpiPeriod, type PeriodKpis, type WeeklyKpi } from './kpis';
import { readStockAtRisk, readTopRecommendations, type DigestRecommendation, type StockAtRisk } from './stock-at-risk';
import { slaGap, slaGapSentence } from './sla-gap';

export interface DigestOrganization {
  id: string;
  slug: string;
  name: string;
  currency: string;
  timezone: string;
}

export interface MissedRegion {
  regionId: string;
  code: string;
  name: string;
  severity: number;
  sentence: string;
}

export interface ImporterDigest {
  kind: 'kpi';
  org: DigestOrganization;
  period: KpiPeriod;
  previous: KpiPeriod;
  current: PeriodKpis;
  prior: PeriodKpis;
  /** Regions that missed their SLA in the period, worst first. */
  missedRegions: MissedRegion[];
  /** The eight ISO weeks ending with the period's last day (the chart). */
  weekly: WeeklyKpi[];
  atRisk: StockAtRisk;
  recommendations: { open: number; top: DigestRecommendation[] };
  /** False when no order was placed in the period. */
  hasActivity: boolean;
}

export interface PortfolioClient {
  slug: string;
  name: string;
  currency: string;
  role: 'planner' | 'viewer';
  orders: number;
  onTimeRate: number | null;
  onTimeTarget: number | null;
  lineFillRate: number | null;
  fillRateTarget: number | null;
  avgDeliveryDays: number | null;
  deliveryDaysTarget: number | null;
  inventoryValue: number;
  atRiskValue: number | null;
  openRecommendations: number;
  missedRegions: number;
  /** Largest SLA shortfall (points), for ranking; 0 when every target was met. */
  severity: number;
  /** The network-level gap in words, or null when on target. */
  gap: string | null;
}

export interface PortfolioDigest {
  kind: 'portfolio';
  org: DigestOrganization;
  period: KpiPeriod;
  /** Worst first: largest SLA shortfall, then stock at risk; clients without orders last. */
  clients: PortfolioClient[];
  hasActivity: boolean;
}

export type DigestContent = ImporterDigest | PortfolioDigest;

const WEEKS_IN_CHART = 8;

function toPeriod(p: { periodStart: string; periodEnd: string }): KpiPeriod {
  return { from: p.periodStart, to: p.periodEnd };
}

/** The importer digest of `org` for `period`, read inside the tenant's transaction `tx`. */
export async function buildImporterDigest(tx: Tx, org: DigestOrganization, period: KpiPeriod): Promise<ImporterDigest> {
  const scope = { tx, tenantId: org.id };
  const previous = toPeriod(previousPeriod({ periodStart: period.from, periodEnd: period.to }));
  const lastMonday = addDays(period.to, -(isoWeekday(period.to) - 1));
  const [current, prior, weekly, atRisk, recommendations] = [
    await readPeriodKpis(scope, period),
    await readPeriodKpis(scope, previous),
    await readWeeklyKpis(scope, { from: addDays(lastMonday, -7 * (WEEKS_IN_CHART - 1)), to: period.to }),
    await readStockAtRisk(scope),
    await readTopRecommendations(scope),
  ];
  const missedRegions = current.regions
    .map((r) => ({ r, gap: slaGap(r) }))
    .filter((x) => x.gap.missed)
    .sort((a, b) => b.gap.severity - a.gap.severity || a.r.code.localeCompare(b.r.code))
    .map(({ r, gap }) => ({ regionId: r.regionId, code: r.code, name: r.name, severity: gap.severity, sentence: slaGapSentence(r.code, gap) }));
  return {
    kind: 'kpi',
    org,
    period,
    previous,
    current,
    prior,
    missedRegions,
    weekly,
    atRisk,
    recommendations,
    hasActivity: current.network.sums.ordersCount > 0,
  };
}

/** How the portfolio digest reads the global tables and each client tenant. */
export interface TenantReader {
  global: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;
  tenant: <T>(tenantId: string, fn: (tx: Tx) => Promise<T>) => Promise<T>;
}

/** One short transaction per read, each scoped to its tenant: the delivery path (no transaction open). */
export function separateTransactions(db: Database): TenantReader {
  return { global: (fn) => withGlobal(db, fn), tenant: (tenantId, fn) => withTenant(db, tenantId, fn) };
}

/**
 * Reads inside an open transaction (a tRPC procedure's): each client in a savepoint scoped to it, the
 * home tenant restored after. On PGlite a second transaction would wait for the open one forever.
 */
export function withinTransaction(tx: Tx, homeTenantId: string): TenantReader {
  return {
    global: (fn) => fn(tx),
    tenant: (tenantId, fn) =>
      tx.transaction(async (sp) => {
        await setTenant(sp as Tx, tenantId);
        try {
          return await fn(sp as Tx);
        } finally {
          await setTenant(sp as Tx, homeTenantId);
        }
      }),
  };
}

/**
 * The portfolio digest of provider `org`: every importer with an active grant to it, each read scoped
 * to its own tenant (only reads; nothing is written across tenants).
 */
export async function buildPortfolioDigest(reader: TenantReader, org: DigestOrganization, period: KpiPeriod): Promise<PortfolioDigest> {
  const grants = await reader.global((tx) => tx
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name, currency: organizations.currency, timezone: organizations.timezone, role: providerGrants.role })
    .from(providerGrants)
    .innerJoin(organizations, eq(organizations.id, providerGrants.importerId))
    .where(and(eq(providerGrants.providerId, org.id), isNull(providerGrants.revokedAt))));
  const clients: PortfolioClient[] = [];
  for (const client of grants) {
    const row = await reader.tenant(client.id, async (clientTx) => {
      const scope = { tx: clientTx, tenantId: client.id };
      const kpis = await readPeriodKpis(scope, period);
      const atRisk = await readStockAtRisk(scope, 0);
      const recs = await readTopRecommendations(scope, 1);
      const gap = slaGap(kpis.network);
      const missedRegions = kpis.regions.filter((r) => slaGap(r).missed).length;
      const f = kpis.network.figures;
      const t = kpis.network.targets;
      return {
        slug: client.slug,
        name: client.name,
        currency: client.currency,
        role: client.role,
        orders: kpis.network.sums.ordersCount,
        onTimeRate: f.onTimeRate,
        onTimeTarget: t.onTimeRate,
        lineFillRate: f.lineFillRate,
        fillRateTarget: t.lineFillRate,
        avgDeliveryDays: f.avgDeliveryDays,
        deliveryDaysTarget: t.deliveryDays,
        inventoryValue: kpis.inventoryValue,
        atRiskValue: atRisk.value,
        openRecommendations: recs.open,
        missedRegions,
        severity: gap.severity,
        gap: gap.missed ? gap.parts.join(', ') : null,
      } satisfies PortfolioClient;
    });
    clients.push(row);
  }
  clients.sort(
    (a, b) =>
      Number(b.orders > 0) - Number(a.orders > 0) ||
      b.severity - a.severity ||
      (b.atRiskValue ?? 0) - (a.atRiskValue ?? 0) ||
      a.name.localeCompare(b.name),
  );
  return { kind: 'portfolio', org, period, clients, hasActivity: clients.some((c) => c.orders > 0) };
}
