/**
 * The sections of an organization, in sidebar order. The sidebar, the "coming soon" page of
 * `[org]/[section]` and anything else that lists sections read this one list.
 */
export type SectionIcon =
  | 'dashboard'
  | 'network'
  | 'recommendations'
  | 'forecasts'
  | 'replay'
  | 'locations'
  | 'regions'
  | 'lanes'
  | 'skus'
  | 'stock'
  | 'stock-targets'
  | 'transfers'
  | 'inbound'
  | 'orders'
  | 'imports'
  | 'settings';

export interface Section {
  slug: string;
  label: string;
  /** One sentence: what the section does. */
  description: string;
  icon: SectionIcon;
}

export const SECTIONS = [
  { slug: 'dashboard', label: 'Dashboard', icon: 'dashboard', description: 'Delivery time, on-time rate, fill rate, shipping cost per unit and inventory value for the network and each region, against last period and your SLA targets.' },
  { slug: 'network', label: 'Network', icon: 'network', description: 'Compare a centralized, your current and an optimized set of locations: delivery days, shipping, holding and fixed cost, and the safety stock each network needs.' },
  { slug: 'recommendations', label: 'Recommendations', icon: 'recommendations', description: 'What to replenish, transfer, centralize or split on arrival, each with its reason and expected impact; accept one and it becomes a transfer or purchase order.' },
  { slug: 'forecasts', label: 'Forecasts', icon: 'forecasts', description: 'Weekly demand forecasts per SKU and region, with the method chosen for each series and its accuracy (WAPE and bias).' },
  { slug: 'replay', label: 'Replay', icon: 'replay', description: 'Replay your own order history under Footprint\'s policy, independent reorder points, your current min/max or full centralization: fill rate against each SLA, stock carried and cost, week by week.' },
  { slug: 'locations', label: 'Locations', icon: 'locations', description: 'Your warehouses, DCs and 3PL sites: capacity, holding rate, fixed and handling costs, and which one is central.' },
  { slug: 'regions', label: 'Regions', icon: 'regions', description: 'The regions you deliver to, their postal prefixes and their SLA: target delivery days, fill rate and cycle service level.' },
  { slug: 'lanes', label: 'Lanes', icon: 'lanes', description: 'Shipping lanes from each location to each region and transfer lanes between locations, with transit days and cost per unit.' },
  { slug: 'skus', label: 'SKUs', icon: 'skus', description: 'Your catalog with unit cost and price, weight, case pack, MOQ, supplier lead time and ABC/XYZ class.' },
  { slug: 'stock', label: 'Stock', icon: 'stock', description: 'On hand, reserved, in transit and on order per SKU and location, with the movements ledger.' },
  { slug: 'stock-targets', label: 'Stock targets', icon: 'stock-targets', description: 'Safety stock, reorder point and order-up-to per SKU and location from the latest planning run, the service level behind them, and where stock stands against them.' },
  { slug: 'transfers', label: 'Transfers', icon: 'transfers', description: 'Moves of stock between locations, from draft to received, including cross-border customs days.' },
  { slug: 'inbound', label: 'Inbound', icon: 'inbound', description: 'Purchase orders on their way and how each arrival is split across locations to even out days of supply.' },
  { slug: 'orders', label: 'Orders', icon: 'orders', description: 'Customer orders with where they shipped from, when they were promised and delivered, and their shipping cost.' },
  { slug: 'imports', label: 'Imports', icon: 'imports', description: 'Upload CSV files of locations, regions, lanes, SKUs, stock and order history, with row-by-row error reports.' },
  { slug: 'settings', label: 'Settings', icon: 'settings', description: 'Your organization, members, invitations and 3PL provider access.' },
] as const satisfies readonly Section[];

export type SectionSlug = (typeof SECTIONS)[number]['slug'];

export function findSection(slug: string): Section | undefined {
  return SECTIONS.find((s) => s.slug === slug);
}

/** Pages that live under a section without a sidebar entry of their own. */
export const SECTION_ALIASES: Record<string, SectionSlug> = {
  suppliers: 'skus',
  'transfer-lanes': 'lanes',
  audit: 'settings',
};

/** The sidebar section a path segment belongs to: itself, or the section it is filed under. */
export function sectionSlugOf(segment: string | undefined): string | undefined {
  if (!segment) return undefined;
  return Object.hasOwn(SECTION_ALIASES, segment) ? SECTION_ALIASES[segment] : segment;
}

/** The section a pathname is in: `/northwind/stock/123` → stock, `/northwind/suppliers` → skus. */
export function sectionOfPath(pathname: string): Section | undefined {
  const slug = sectionSlugOf(pathname.split('/')[2]);
  return slug ? findSection(slug) : undefined;
}
