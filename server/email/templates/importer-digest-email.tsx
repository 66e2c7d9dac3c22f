/**
 * The importer's KPI digest: the period's KPIs against the previous period and the SLA targets, regions
 * that missed their SLA (in words), the weekly chart (inline image with a text alternative), stock at
 * risk and the top open recommendations. Every figure links to the view that shows it.
 */
import { Img, Link, Section, Text } from '@react-email/components';
import type { ImporterDigest } from '@/server/services/digests/content';
import type { DigestLinks } from '@/server/services/digests/links';
import { formatMoney, formatUnits, impactText, kpiLines, periodLabel } from '../digest-format';
import { CHART_HEIGHT, CHART_WIDTH } from '../digest-chart';
import { DigestFrame, styles } from './digest-layout';

export interface ImporterDigestEmailProps {
  digest: ImporterDigest;
  links: DigestLinks;
  unsubscribeUrl: string;
  /** The chart's src (`cid:…` in an email, a data URI in the in-app preview), or null to leave it out. */
  chartSrc: string | null;
  chartAlt: string;
  cadenceLabel: string;
}

export function ImporterDigestEmail({ digest, links, unsubscribeUrl, chartSrc, chartAlt, cadenceLabel }: ImporterDigestEmailProps) {
  const label = periodLabel(digest.period);
  const reason = `You get this ${cadenceLabel} digest as a member of ${digest.org.name}. Figures are for ${label} (${digest.org.timezone}), compared with ${periodLabel(digest.previous)}; amounts in ${digest.org.currency}.`;
  const frame = {
    title: `${digest.org.name}: ${label}`,
    reason,
    preferencesUrl: links.preferences(),
    unsubscribeUrl,
  };
  if (!digest.hasActivity) {
    return (
      <DigestFrame {...frame} preview={`No orders in ${label}`} subtitle="No activity in this period">
        <Text style={styles.text}>
          No orders were placed in {label}. Inventory at the end of the period was worth {formatMoney(digest.current.inventoryValue, digest.org.currency)}.
        </Text>
        <Text style={styles.text}>
          <Link href={links.dashboard(digest.period)} style={styles.link}>
            Open the dashboard
          </Link>
        </Text>
      </DigestFrame>
    );
  }
  const lines = kpiLines(digest, { dashboard: links.dashboard(digest.period), orders: links.orders(digest.period), stock: links.stock() });
  const onTime = lines.find((l) => l.key === 'onTimeRate');
  const preview = `${digest.missedRegions.length ? `${digest.missedRegions.length} region(s) missed their SLA` : 'Every region met its SLA'} · on time ${onTime?.current ?? '—'}`;
  const currency = digest.org.currency;
  return (
    <DigestFrame {...frame} preview={preview} subtitle={`Your KPIs for ${label}, against the period before and your SLA targets.`}>
      <table style={styles.table} role="presentation" cellPadding={0} cellSpacing={0}>
        <thead>
          <tr>
            <th style={styles.th}>KPI</th>
            <th style={styles.thRight}>This period</th>
            <th style={styles.thRight}>Previous</th>
            <th style={styles.thRight}>Change</th>
            <th style={styles.thRight}>Target</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.key}>
              <td style={styles.td}>
                <Link href={l.href} style={styles.link}>
                  {l.label}
                </Link>
              </td>
              <td style={l.missesTarget ? { ...styles.tdRight, ...styles.miss } : styles.tdRight}>{l.current}</td>
              <td style={styles.tdRight}>{l.previous}</td>
              <td style={styles.tdRight}>{l.change}</td>
              <td style={styles.tdRight}>{l.target}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Text style={styles.h2}>Regions that missed their SLA</Text>
      {digest.missedRegions.length === 0 ? (
        <Text style={styles.text}>Every region with orders met its SLA in this period.</Text>
      ) : (
        <Section>
          {digest.missedRegions.map((r) => (
            <Text key={r.regionId} style={styles.text}>
              <Link href={links.region(r.regionId)} style={styles.link}>
                {r.name}
              </Link>{' '}
              — {r.sentence}
            </Text>
          ))}
        </Section>
      )}

      {chartSrc ? (
        <Section style={{ margin: '16px 0' }}>
          <Link href={links.dashboard(digest.period)}>
            <Img src={chartSrc} width={CHART_WIDTH} height={CHART_HEIGHT} alt={chartAlt} style={{ maxWidth: '100%', height: 'auto', border: 0 }} />
          </Link>
        </Section>
      ) : null}

      <Text style={styles.h2}>Stock at risk</Text>
      {digest.atRisk.value === null ? (
        <Text style={styles.text}>
          No planning run has set reorder points yet.{' '}
          <Link href={links.recommendations()} style={styles.link}>
            Run planning
          </Link>{' '}
          to see which SKUs are below them.
        </Text>
      ) : digest.atRisk.pairs === 0 ? (
        <Text style={styles.text}>Every SKU is at or above its reorder point.</Text>
      ) : (
        <Section>
          <Text style={styles.text}>
            <Link href={links.stock()} style={styles.link}>
              {formatMoney(digest.atRisk.value, currency)} at risk
            </Link>{' '}
            across {digest.atRisk.pairs} SKU × location pair(s) below their reorder point. The largest:
          </Text>
          {digest.atRisk.top.map((i) => (
            <Text key={`${i.skuId}-${i.locationCode}`} style={styles.text}>
              {i.skuCode} at {i.locationCode}: {formatUnits(i.unitsShort)} short, {formatMoney(i.value, currency)}
            </Text>
          ))}
        </Section>
      )}

      <Text style={styles.h2}>Top recommendations</Text>
      {digest.recommendations.top.length === 0 ? (
        <Text style={styles.text}>No open recommendations.</Text>
      ) : (
        <Section>
          {digest.recommendations.top.map((r) => (
            <Text key={r.id} style={styles.text}>
              <Link href={links.recommendations()} style={styles.link}>
                {r.kind.replace('_', ' ')} {r.skuCode}
              </Link>
              : {r.reason} ({impactText(r, currency)})
            </Text>
          ))}
          {digest.recommendations.open > digest.recommendations.top.length ? (
            <Text style={styles.muted}>
              {digest.recommendations.open - digest.recommendations.top.length} more open recommendation(s) in the app.
            </Text>
          ) : null}
        </Section>
      )}
    </DigestFrame>
  );
}
