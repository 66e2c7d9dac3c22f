/**
 * The text alternative of the network map: what a sighted user reads off it, in sentences. Pure, so the
 * summary is tested and the same words serve the SVG's description and the page.
 */
import { TONE_LABELS } from './map-geometry';
import type { NetworkMapModel } from './map-network-model';

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

export function describeNetworkMap(model: Pick<NetworkMapModel, 'projection' | 'locations' | 'regions' | 'lanes' | 'unplaced'>, windowLabel: string): string {
  const area = model.projection === 'albers-usa' ? 'the United States' : 'the world';
  const active = model.locations.filter((l) => l.active);
  const central = active.filter((l) => l.isCentral).map((l) => l.name);
  const parts = [
    `Map of ${area} with ${active.length} active location${active.length === 1 ? '' : 's'}` +
      (central.length ? ` (central: ${central.join(', ')})` : '') +
      `, ${model.regions.length} region${model.regions.length === 1 ? '' : 's'} and ${model.lanes.length} lane${model.lanes.length === 1 ? '' : 's'}.`,
  ];
  if (model.regions.length) {
    const regionText = model.regions.map((r) =>
      r.slaAttainment === null
        ? `${r.name}: ${TONE_LABELS.none}`
        : `${r.name}: ${percent(r.slaAttainment)} on time of ${r.deliveredOrders} delivered (${TONE_LABELS[r.tone]})`,
    );
    parts.push(`SLA attainment ${windowLabel}: ${regionText.join('; ')}.`);
  }
  if (model.unplaced.length) parts.push(`Not on the map (no coordinates, or outside it): ${model.unplaced.map((u) => u.code).join(', ')}.`);
  return parts.join(' ');
}
