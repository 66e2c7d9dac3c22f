import type { SectionIcon as IconName } from './sections';

/** Simple 24×24 outline icons (stroke = currentColor), one per section. */
const PATHS: Record<IconName, string> = {
  dashboard: 'M4 13h6V4H4zM14 20h6v-9h-6zM4 20h6v-3H4zM14 7h6V4h-6z',
  network: 'M12 5v5m0 0-6 7m6-7 6 7M12 5a2 2 0 1 0 0-.01M6 19a2 2 0 1 0 0-.01M18 19a2 2 0 1 0 0-.01',
  recommendations: 'M9 18h6m-5 3h4M12 3a6 6 0 0 0-3.5 10.9c.3.3.5.7.5 1.1v.5h6V15c0-.4.2-.8.5-1.1A6 6 0 0 0 12 3z',
  forecasts: 'M4 19h16M4 15l4-4 3 3 6-7m0 0h-4m4 0v4',
  replay: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v4h4m2 1v6l5-3z',
  locations: 'M12 21s-7-6.2-7-11a7 7 0 1 1 14 0c0 4.8-7 11-7 11zm0-9a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  regions: 'M9 4 3 6v14l6-2 6 2 6-2V4l-6 2-6-2zm0 0v14m6-12v14',
  lanes: 'M3 7h13m0 0-3-3m3 3-3 3M21 17H8m0 0 3-3m-3 3 3 3',
  skus: 'M20 7 12 3 4 7m16 0v10l-8 4m8-14-8 4m0 10L4 17V7m8 14V11M4 7l8 4',
  stock: 'M4 20V10l8-6 8 6v10M8 20v-6h8v6M8 17h8',
  'stock-targets': 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zm0-4a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0-4a1 1 0 1 0 0-2 1 1 0 0 0 0 2z',
  transfers: 'M7 7h13m0 0-3-3m3 3-3 3M17 17H4m0 0 3-3m-3 3 3 3',
  inbound: 'M3 6h11v9H3zM14 9h4l3 3v3h-7M7 18a2 2 0 1 0 0-.01M17 18a2 2 0 1 0 0-.01',
  orders: 'M6 3h12v18l-3-2-3 2-3-2-3 2zM9 8h6M9 12h6M9 16h3',
  imports: 'M12 15V3m0 12-4-4m4 4 4-4M4 17v3h16v-3',
  settings: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm7.4-3a7.4 7.4 0 0 0-.1-1.2l2-1.6-2-3.4-2.4 1a7.5 7.5 0 0 0-2-1.2L14.5 3h-4L10 5.6a7.5 7.5 0 0 0-2 1.2l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.4l-2 1.6 2 3.4 2.4-1a7.5 7.5 0 0 0 2 1.2l.5 2.6h4l.4-2.6a7.5 7.5 0 0 0 2-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2z',
};

export function SectionIcon({ name, className = 'size-5' }: { name: IconName; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={className} fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
