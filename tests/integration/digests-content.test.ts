/**
 * Digest content and rendering on PGlite: the figures equal the KPIs computed by hand from the orders
 * of a small tenant (digests-support.ts) and the orders page's rollup read for the same period; the
 * email has an HTML and a plain-text part with the same figures, an inline PNG chart that decodes,
 * absolute links from APP_ORIGIN only, the organization's currency, and a "no activity" note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadImage } from '@napi-rs/canvas';
import { withTenant } from '@/db/client';
import { buildImporterDigest, buildPortfolioDigest, separateTransactions } from '@/server/services/digests/content';
import { readPeriodKpis } from '@/server/services/digests/kpis';
import { digestLinks } from '@/server/services/digests/links';
import { loadDigestOrg } from '@/server/services/digests/subscriptions';
import { summarizeOrderKpis } from '@/server/services/orders/kpi-summary';
import { readKpis } from '@/server/services/dashboard/read-kpis';
import { renderDigestEmail, CHART_CID } from '@/server/email/render-digest';
import { openTestDatabase, type TestDatabase } from './support/database';
import { grantSince, makeOrgWith, northWorld, PREVIOUS_WEEK, WEEK, type NorthWorld } from './digests-support';

let db: TestDatabase;
let north: NorthWorld;
const ORIGIN = 'https://footprint.example.com';

beforeAll(async () => {
  db = await openTestDatabase();
  north = await northWorld(db.db);
});
afterAll(() => db.close());

async function digestFor(period = WEEK) {
  return withTenant(db.db, north.org.id, async (tx) => {
    const org = (await loadDigestOrg(tx, north.org.id))!;
    return buildImporterDigest(tx, org, period);
  });
}

describe('digest figures', () => {
  it('equal the KPIs computed by hand for the week', async () => {
    const d = await digestFor();
    const f = d.current.network.figures;
    expect(d.current.network.sums.ordersCount).toBe(3);
    expect(f.onTimeRate).toBeCloseTo(2 / 3, 10);
    expect(f.avgDeliveryDays).toBeCloseTo((2 + 3 + 1.5) / 3, 10);
    expect(f.lineFillRate).toBeCloseTo(35 / 40, 10);
    expect(f.orderFillRate).toBeCloseTo(2 / 3, 10);
    expect(f.shippingCostPerUnit).toBeCloseTo(60 / 40, 10);
    expect(d.current.network.sums.unitsBackordered).toBe(5);
    // Targets weighted like the figures: delivery days and on time by delivered orders, fill rate by units.
    expect(d.current.network.targets.deliveryDays).toBeCloseTo((2 * 2 + 3) / 3, 10);
    expect(d.current.network.targets.onTimeRate).toBeCloseTo((2 * 0.9 + 0.8) / 3, 10);
    expect(d.current.network.targets.lineFillRate).toBeCloseTo((20 * 0.95 + 20 * 0.9) / 40, 10);
    // Inventory at the period's end: the latest row on or before 1 Nov.
    expect(d.current.inventoryValue).toBe(800);
    expect(d.prior.inventoryValue).toBe(1000);
  });

  it('compare with the previous week', async () => {
    const d = await digestFor();
    expect(d.previous).toEqual(PREVIOUS_WEEK);
    expect(d.prior.network.sums.ordersCount).toBe(1);
    expect(d.prior.network.figures.onTimeRate).toBe(1);
    expect(d.prior.network.figures.avgDeliveryDays).toBeCloseTo(1, 10);
  });

  it('match the orders page read of kpi_daily for the same days', async () => {
    const kpis = await withTenant(db.db, north.org.id, (tx) => readPeriodKpis({ tx, tenantId: north.org.id }, WEEK));
    const summary = await withTenant(db.db, north.org.id, async (tx) => {
      const ctx = { tx, tenant: { id: north.org.id, slug: north.org.slug, name: north.org.name, kind: 'importer' as const, currency: 'EUR', timezone: north.org.timezone, role: 'owner' as const, via: 'membership' as const }, user: { id: north.owner.id, email: north.owner.email, name: null }, origin: ORIGIN };
      return summarizeOrderKpis({ ctx, input: { org: north.org.slug, from: WEEK.from, to: WEEK.to } as never });
    });
    expect(kpis.network.figures).toEqual(summary.figures);
  });

  it('match the dashboard’s cards for the same period (one set of KPI definitions, DESIGN.md §6)', async () => {
    const kpis = await withTenant(db.db, north.org.id, (tx) => readPeriodKpis({ tx, tenantId: north.org.id }, WEEK));
    const report = await withTenant(db.db, north.org.id, async (tx) => {
      const tenant = { id: north.org.id, slug: north.org.slug, name: north.org.name, kind: 'importer' as const, currency: 'EUR', timezone: north.org.timezone, role: 'owner' as const, via: 'membership' as const };
      return readKpis({ ctx: { tx, tenant } as never, period: { kind: 'custom', from: WEEK.from, to: WEEK.to }, baseline: { kind: 'previous' }, asOf: WEEK.to, withPlanning: false });
    });
    const card = (key: string) => report.cards.find((c) => c.key === key)?.value ?? null;
    for (const key of ['avgDeliveryDays', 'onTimeRate', 'shippingCostPerUnit', 'orderFillRate', 'lineFillRate'] as const) {
      const digestValue = kpis.network.figures[key];
      if (digestValue === null) expect(card(key), key).toBeNull();
      else expect(card(key), key).toBeCloseTo(digestValue, 9);
    }
    expect(card('inventoryValue')).toBeCloseTo(kpis.inventoryValue, 6);
  });

  it('name the region that missed its SLA, with the gap in words', async () => {
    const d = await digestFor();
    expect(d.missedRegions.map((r) => r.code)).toEqual(['R1']);
    expect(d.missedRegions[0]!.sentence).toBe('R1: 2.5 days vs a 2-day SLA, 50 % on time vs 90 %, fill rate 75 % vs 95 %.');
    const r2 = d.current.regions.find((r) => r.code === 'R2')!;
    expect(r2.figures.onTimeRate).toBe(1);
  });

  it('chart the eight weeks ending with the period', async () => {
    const d = await digestFor();
    const last = d.weekly.at(-1)!;
    expect(last.weekStart).toBe('2026-10-26');
    expect(last.onTimeRate).toBeCloseTo(2 / 3, 10);
    expect(last.fillRateTarget).toBeCloseTo(0.925, 10);
    expect(d.weekly.map((w) => w.weekStart)).toEqual(['2026-10-19', '2026-10-26']);
  });

  it('say there was no activity in an empty period', async () => {
    const d = await digestFor({ from: '2026-11-02', to: '2026-11-08' });
    expect(d.hasActivity).toBe(false);
  });
});

describe('digest email', () => {
  it('has HTML and text parts with the same figures, in the organization currency', async () => {
    const d = await digestFor();
    const links = digestLinks(north.org.slug, ORIGIN);
    const email = await renderDigestEmail(d, { links, unsubscribeUrl: links.unsubscribe('tok'), cadence: 'weekly' });
    expect(email.subject).toBe('North, Oct 26 – Nov 1, 2026: on time 66.7 %, fill rate 87.5 %, 1 region(s) missed SLA');
    for (const part of [email.html, email.text]) {
      expect(part).toContain('66.7 %');
      expect(part).toContain('87.5 %');
      expect(part).toContain('€1.50');
      expect(part).toContain('€800.00');
      expect(part).toContain('R1: 2.5 days vs a 2-day SLA, 50 % on time vs 90 %, fill rate 75 % vs 95 %.');
    }
    expect(email.text).not.toContain('<');
  });

  it('embeds the chart inline as a PNG that decodes, with a text alternative', async () => {
    const d = await digestFor();
    const links = digestLinks(north.org.slug, ORIGIN);
    const email = await renderDigestEmail(d, { links, unsubscribeUrl: links.unsubscribe('tok'), cadence: 'weekly' });
    expect(email.html).toContain(`src="cid:${CHART_CID}"`);
    expect(email.html).toMatch(/alt="Weekly on-time and fill rate chart\. Week of Oct 26, 2026: on time 66\.7 %/);
    const [png] = email.attachments;
    expect(png).toMatchObject({ cid: CHART_CID, contentType: 'image/png' });
    expect(png!.content.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const image = await loadImage(png!.content);
    expect([image.width, image.height]).toEqual([1200, 520]);
  });

  it('links only to absolute URLs on APP_ORIGIN', async () => {
    const d = await digestFor();
    const links = digestLinks(north.org.slug, ORIGIN);
    const email = await renderDigestEmail(d, { links, unsubscribeUrl: links.unsubscribe('tok'), cadence: 'weekly' });
    const hrefs = [...email.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(hrefs.length).toBeGreaterThan(8);
    for (const href of hrefs) expect(new URL(href).origin).toBe(ORIGIN);
    expect(hrefs).toContain(`${ORIGIN}/north/dashboard/regions/${north.r1}`);
    expect(hrefs).toContain(`${ORIGIN}/north/dashboard?period=custom&from=2026-10-26&to=2026-11-01`);
    const textUrls = email.text.match(/https?:\/\/\S+/g) ?? [];
    expect(textUrls.length).toBeGreaterThan(8);
    for (const url of textUrls) expect(new URL(url).origin).toBe(ORIGIN);
  });

  it('is a short note without a chart when nothing happened', async () => {
    const d = await digestFor({ from: '2026-11-02', to: '2026-11-08' });
    const links = digestLinks(north.org.slug, ORIGIN);
    const email = await renderDigestEmail(d, { links, unsubscribeUrl: links.unsubscribe('tok'), cadence: 'weekly' });
    expect(email.subject).toBe('North, Nov 2 – Nov 8, 2026: no orders');
    expect(email.text).toContain('No orders were placed in Nov 2 – Nov 8, 2026.');
    expect(email.attachments).toEqual([]);
    expect(email.html).not.toContain('cid:');
  });
});

describe('portfolio digest', () => {
  it('has one row per client, worst first, each linking to its dashboard', async () => {
    const provider = await makeOrgWith(db.db, 'bluewave', { kind: 'provider' });
    const calm = await makeOrgWith(db.db, 'calm-client');
    await grantSince(db.db, north.org.id, provider.id, 'viewer');
    await grantSince(db.db, calm.id, provider.id, 'viewer');
    const org = (await withTenant(db.db, provider.id, (tx) => loadDigestOrg(tx, provider.id)))!;
    const digest = await buildPortfolioDigest(separateTransactions(db.db), org, WEEK);
    expect(digest.clients.map((c) => c.slug)).toEqual(['north', 'calm-client']);
    expect(digest.clients[0]).toMatchObject({ orders: 3, missedRegions: 1, currency: 'EUR' });
    expect(digest.clients[0]!.onTimeRate).toBeCloseTo(2 / 3, 10);
    const links = digestLinks(org.slug, ORIGIN);
    const email = await renderDigestEmail(digest, { links, unsubscribeUrl: links.unsubscribe('tok'), cadence: 'weekly' });
    expect(email.html).toContain(`${ORIGIN}/north/dashboard?period=custom&amp;from=2026-10-26&amp;to=2026-11-01`);
    expect(email.text).toContain(`${ORIGIN}/calm-client/dashboard?period=custom&from=2026-10-26&to=2026-11-01`);
    expect(email.text.indexOf('North')).toBeLessThan(email.text.indexOf('Calm client'));
  });
});
