/**
 * The 3PL account manager's portfolio digest: one row per client that granted access, worst first (the
 * largest SLA shortfall, then stock at risk), each linking to that client's dashboard. Money is in each
 * client's own currency.
 */
import { Link, Text } from '@react-email/components';
import type { PortfolioDigest } from '@/server/services/digests/content';
import type { DigestLinks } from '@/server/services/digests/links';
import { formatMoney, formatPercent, periodLabel } from '../digest-format';
import { DigestFrame, styles } from './digest-layout';

export interface PortfolioDigestEmailProps {
  digest: PortfolioDigest;
  links: DigestLinks;
  unsubscribeUrl: string;
  cadenceLabel: string;
}

const vsTarget = (value: number | null, target: number | null) => `${formatPercent(value)}${target === null ? '' : ` / ${formatPercent(target)}`}`;

export function PortfolioDigestEmail({ digest, links, unsubscribeUrl, cadenceLabel }: PortfolioDigestEmailProps) {
  const label = periodLabel(digest.period);
  const missing = digest.clients.filter((c) => c.gap).length;
  const frame = {
    title: `${digest.org.name} portfolio: ${label}`,
    reason: `You get this ${cadenceLabel} digest as a member of ${digest.org.name}. Figures are for ${label}; each client's amounts are in its own currency.`,
    preferencesUrl: links.preferences(),
    unsubscribeUrl,
  };
  if (digest.clients.length === 0) {
    return (
      <DigestFrame {...frame} preview="No clients yet" subtitle="No client has granted you access yet">
        <Text style={styles.text}>
          When an importer grants {digest.org.name} access, it appears here.{' '}
          <Link href={links.portfolio()} style={styles.link}>
            Open the portfolio
          </Link>
        </Text>
      </DigestFrame>
    );
  }
  return (
    <DigestFrame
      {...frame}
      preview={`${missing} of ${digest.clients.length} client(s) missed an SLA target`}
      subtitle={`${digest.clients.length} client(s), worst first. ${missing ? `${missing} missed an SLA target.` : 'Every client met its SLA targets.'}`}
    >
      <table style={styles.table} role="presentation" cellPadding={0} cellSpacing={0}>
        <thead>
          <tr>
            <th style={styles.th}>Client</th>
            <th style={styles.thRight}>Orders</th>
            <th style={styles.thRight}>On time / target</th>
            <th style={styles.thRight}>Fill rate / target</th>
            <th style={styles.thRight}>Stock at risk</th>
            <th style={styles.thRight}>Open recs</th>
          </tr>
        </thead>
        <tbody>
          {digest.clients.map((c) => (
            <tr key={c.slug}>
              <td style={styles.td}>
                <Link href={links.client(c.slug, digest.period)} style={styles.link}>
                  {c.name}
                </Link>
                {c.gap ? <div style={{ ...styles.miss, fontSize: 12 }}>{c.gap}</div> : null}
              </td>
              <td style={styles.tdRight}>{c.orders.toLocaleString('en-US')}</td>
              <td style={c.onTimeTarget !== null && c.onTimeRate !== null && c.onTimeRate < c.onTimeTarget ? { ...styles.tdRight, ...styles.miss } : styles.tdRight}>
                {vsTarget(c.onTimeRate, c.onTimeTarget)}
              </td>
              <td style={c.fillRateTarget !== null && c.lineFillRate !== null && c.lineFillRate < c.fillRateTarget ? { ...styles.tdRight, ...styles.miss } : styles.tdRight}>
                {vsTarget(c.lineFillRate, c.fillRateTarget)}
              </td>
              <td style={styles.tdRight}>{c.atRiskValue === null ? '—' : formatMoney(c.atRiskValue, c.currency)}</td>
              <td style={styles.tdRight}>{c.openRecommendations}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text style={{ ...styles.text, marginTop: 16 }}>
        <Link href={links.portfolio()} style={styles.link}>
          Open the portfolio
        </Link>
      </Text>
    </DigestFrame>
  );
}
