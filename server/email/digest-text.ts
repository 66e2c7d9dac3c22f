/**
 * The plain-text part of a digest: the same figures and links as the HTML, laid out for a text-only
 * client (and for readers with images off, the chart's numbers are in the KPI lines). Pure.
 */
import type { ImporterDigest, PortfolioDigest } from '@/server/services/digests/content';
import type { DigestLinks } from '@/server/services/digests/links';
import { formatMoney, formatPercent, formatUnits, impactText, kpiLines, periodLabel } from './digest-format';

function footer(orgName: string, cadenceLabel: string, links: DigestLinks, unsubscribeUrl: string, extra: string): string[] {
  return [
    '',
    '--',
    `You get this ${cadenceLabel} digest as a member of ${orgName}. ${extra}`,
    `Change when you get it: ${links.preferences()}`,
    `Unsubscribe: ${unsubscribeUrl}`,
  ];
}

export function importerDigestText(digest: ImporterDigest, links: DigestLinks, unsubscribeUrl: string, cadenceLabel: string): string {
  const label = periodLabel(digest.period);
  const out: string[] = [`${digest.org.name}: ${label}`, ''];
  const note = `Figures are for ${label} (${digest.org.timezone}), compared with ${periodLabel(digest.previous)}; amounts in ${digest.org.currency}.`;
  if (!digest.hasActivity) {
    out.push(`No orders were placed in ${label}. Inventory at the end of the period was worth ${formatMoney(digest.current.inventoryValue, digest.org.currency)}.`);
    out.push(`Dashboard: ${links.dashboard(digest.period)}`);
    return [...out, ...footer(digest.org.name, cadenceLabel, links, unsubscribeUrl, note)].join('\n');
  }
  out.push('KPIS (this period | previous | change | target)');
  for (const l of kpiLines(digest, { dashboard: links.dashboard(digest.period), orders: links.orders(digest.period), stock: links.stock() })) {
    out.push(`- ${l.label}: ${l.current} | ${l.previous} | ${l.change} | ${l.target}${l.missesTarget ? '  (misses target)' : ''}`);
    out.push(`  ${l.href}`);
  }
  out.push('', 'REGIONS THAT MISSED THEIR SLA');
  if (digest.missedRegions.length === 0) out.push('Every region with orders met its SLA in this period.');
  for (const r of digest.missedRegions) out.push(`- ${r.name} — ${r.sentence}`, `  ${links.region(r.regionId)}`);

  out.push('', 'WEEKLY ON-TIME AND FILL RATE (actual / target)');
  for (const w of digest.weekly) {
    out.push(`- Week of ${periodLabel({ from: w.weekStart, to: w.weekStart })}: on time ${formatPercent(w.onTimeRate)} / ${formatPercent(w.onTimeTarget)}, fill rate ${formatPercent(w.lineFillRate)} / ${formatPercent(w.fillRateTarget)}`);
  }

  out.push('', 'STOCK AT RISK');
  if (digest.atRisk.value === null) out.push(`No planning run has set reorder points yet. Run planning: ${links.recommendations()}`);
  else if (digest.atRisk.pairs === 0) out.push('Every SKU is at or above its reorder point.');
  else {
    out.push(`${formatMoney(digest.atRisk.value, digest.org.currency)} at risk across ${digest.atRisk.pairs} SKU x location pair(s) below their reorder point: ${links.stock()}`);
    for (const i of digest.atRisk.top) out.push(`- ${i.skuCode} at ${i.locationCode}: ${formatUnits(i.unitsShort)} short, ${formatMoney(i.value, digest.org.currency)}`);
  }

  out.push('', 'TOP RECOMMENDATIONS');
  if (digest.recommendations.top.length === 0) out.push('No open recommendations.');
  for (const r of digest.recommendations.top) out.push(`- ${r.kind.replace('_', ' ')} ${r.skuCode}: ${r.reason} (${impactText(r, digest.org.currency)})`);
  if (digest.recommendations.top.length) out.push(`  ${links.recommendations()}`);
  return [...out, ...footer(digest.org.name, cadenceLabel, links, unsubscribeUrl, note)].join('\n');
}

export function portfolioDigestText(digest: PortfolioDigest, links: DigestLinks, unsubscribeUrl: string, cadenceLabel: string): string {
  const label = periodLabel(digest.period);
  const out: string[] = [`${digest.org.name} portfolio: ${label}`, ''];
  if (digest.clients.length === 0) out.push(`No client has granted ${digest.org.name} access yet. Portfolio: ${links.portfolio()}`);
  else out.push(`${digest.clients.length} client(s), worst first (on time / target, fill rate / target, stock at risk, open recommendations):`, '');
  for (const c of digest.clients) {
    out.push(
      `- ${c.name}: ${c.orders.toLocaleString('en-US')} orders; on time ${formatPercent(c.onTimeRate)} / ${formatPercent(c.onTimeTarget)}; fill rate ${formatPercent(c.lineFillRate)} / ${formatPercent(c.fillRateTarget)}; at risk ${c.atRiskValue === null ? '—' : formatMoney(c.atRiskValue, c.currency)}; ${c.openRecommendations} open recommendation(s)`,
    );
    if (c.gap) out.push(`  Missed: ${c.gap}`);
    out.push(`  ${links.client(c.slug, digest.period)}`);
  }
  if (digest.clients.length) out.push('', `Portfolio: ${links.portfolio()}`);
  return [...out, ...footer(digest.org.name, cadenceLabel, links, unsubscribeUrl, `Figures are for ${label}; each client's amounts are in its own currency.`)].join('\n');
}
