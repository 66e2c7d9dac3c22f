/**
 * A digest's email: subject, HTML (react-email), plain text and the inline chart PNG. The chart of one
 * organization and period is the same for every reader, so callers may pass one rendered earlier.
 */
import { render } from '@react-email/render';
import type { DigestContent } from '@/server/services/digests/content';
import type { DigestLinks } from '@/server/services/digests/links';
import type { MailAttachment } from './transport';
import { renderWeeklyChartPng } from './digest-chart';
import { formatPercent, periodLabel } from './digest-format';
import { importerDigestText, portfolioDigestText } from './digest-text';
import { ImporterDigestEmail } from './templates/importer-digest-email';
import { PortfolioDigestEmail } from './templates/portfolio-digest-email';

export const CHART_CID = 'weekly-kpis@footprint';

export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
  attachments: MailAttachment[];
}

export interface RenderOptions {
  links: DigestLinks;
  unsubscribeUrl: string;
  cadence: 'daily' | 'weekly';
  /** A chart already rendered for this organization and period (undefined: render it here). */
  chartPng?: Buffer;
  /** cid (an attachment, for email) or data-uri (in the HTML, for the in-app preview). */
  chartAs?: 'cid' | 'data-uri';
}

function chartAlt(content: Extract<DigestContent, { kind: 'kpi' }>): string {
  const last = content.weekly.at(-1);
  if (!last) return 'Weekly on-time and fill rate chart: no orders in these weeks.';
  return `Weekly on-time and fill rate chart. Week of ${periodLabel({ from: last.weekStart, to: last.weekStart })}: on time ${formatPercent(last.onTimeRate)} (target ${formatPercent(last.onTimeTarget)}), fill rate ${formatPercent(last.lineFillRate)} (target ${formatPercent(last.fillRateTarget)}).`;
}

export function digestSubject(content: DigestContent): string {
  const label = periodLabel(content.period);
  if (content.kind === 'portfolio') {
    const missed = content.clients.filter((c) => c.gap).length;
    return `${content.org.name} portfolio, ${label}: ${missed} of ${content.clients.length} client(s) missed an SLA target`;
  }
  if (!content.hasActivity) return `${content.org.name}, ${label}: no orders`;
  const f = content.current.network.figures;
  const missed = content.missedRegions.length;
  return `${content.org.name}, ${label}: on time ${formatPercent(f.onTimeRate)}, fill rate ${formatPercent(f.lineFillRate)}${missed ? `, ${missed} region(s) missed SLA` : ''}`;
}

export async function renderDigestEmail(content: DigestContent, options: RenderOptions): Promise<RenderedDigest> {
  const cadenceLabel = options.cadence === 'daily' ? 'daily' : 'weekly';
  const subject = digestSubject(content);
  if (content.kind === 'portfolio') {
    const element = <PortfolioDigestEmail digest={content} links={options.links} unsubscribeUrl={options.unsubscribeUrl} cadenceLabel={cadenceLabel} />;
    return { subject, html: await render(element), text: portfolioDigestText(content, options.links, options.unsubscribeUrl, cadenceLabel), attachments: [] };
  }
  const withChart = content.hasActivity && content.weekly.length > 0;
  const png = withChart ? (options.chartPng ?? (await renderWeeklyChartPng(content.weekly))) : null;
  const element = (
    <ImporterDigestEmail
      digest={content}
      links={options.links}
      unsubscribeUrl={options.unsubscribeUrl}
      chartSrc={png ? (options.chartAs === 'data-uri' ? `data:image/png;base64,${png.toString('base64')}` : `cid:${CHART_CID}`) : null}
      chartAlt={chartAlt(content)}
      cadenceLabel={cadenceLabel}
    />
  );
  return {
    subject,
    html: await render(element),
    text: importerDigestText(content, options.links, options.unsubscribeUrl, cadenceLabel),
    attachments: png && options.chartAs !== 'data-uri' ? [{ filename: 'weekly-kpis.png', content: png, contentType: 'image/png', cid: CHART_CID }] : [],
  };
}
