/**
 * Every link in a digest, built from APP_ORIGIN only (DESIGN.md §8: never from request headers). Without
 * APP_ORIGIN (a local run) the origin is http://localhost:$PORT. One place names the app's views, so a
 * figure links to the page that shows the same figure.
 */
import type { KpiPeriod } from './kpis';

export function appOrigin(): string {
  const configured = process.env.APP_ORIGIN?.trim();
  if (configured) return new URL(configured).origin;
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

export interface DigestLinks {
  dashboard: (period: KpiPeriod) => string;
  orders: (period: KpiPeriod) => string;
  region: (regionId: string) => string;
  recommendations: () => string;
  stock: () => string;
  preferences: () => string;
  portfolio: () => string;
  client: (slug: string, period: KpiPeriod) => string;
  unsubscribe: (token: string) => string;
}

export function digestLinks(orgSlug: string, origin = appOrigin()): DigestLinks {
  const at = (path: string, query?: Record<string, string>) => {
    const url = new URL(path, origin);
    for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
    return url.toString();
  };
  const org = encodeURIComponent(orgSlug);
  return {
    // The dashboard's own URL parameters (app/(app)/[org]/dashboard/_components/view-params.ts).
    dashboard: (p) => at(`/${org}/dashboard`, { period: 'custom', from: p.from, to: p.to }),
    orders: (p) => at(`/${org}/orders`, { from: p.from, to: p.to }),
    region: (id) => at(`/${org}/dashboard/regions/${encodeURIComponent(id)}`),
    recommendations: () => at(`/${org}/recommendations`),
    stock: () => at(`/${org}/stock`),
    preferences: () => at(`/${org}/settings/digests`),
    portfolio: () => at('/portfolio'),
    client: (slug, p) => at(`/${encodeURIComponent(slug)}/dashboard`, { period: 'custom', from: p.from, to: p.to }),
    unsubscribe: (token) => at('/api/digests/unsubscribe', { token }),
  };
}
