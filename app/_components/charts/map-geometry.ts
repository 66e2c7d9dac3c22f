/**
 * The pure geometry of the network map: which projection fits the network, the bounds a world map is
 * fitted to, and the colour of a region's SLA attainment. No atlas data here (see map-network-model.ts),
 * so this is cheap to import and to unit test.
 */
import { geoAlbersUsa, geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPoint } from 'geojson';

export type ProjectionKind = 'albers-usa' | 'natural-earth';

export interface GeoPoint {
  lat: number;
  lng: number;
  /** ISO 3166-1 alpha-2 of the location or region. */
  country: string;
}

/** The drawing size of each projection (SVG user units; the SVG scales to its container). */
export const MAP_SIZE: Record<ProjectionKind, { width: number; height: number }> = {
  'albers-usa': { width: 975, height: 610 },
  'natural-earth': { width: 960, height: 540 },
};

const probe = geoAlbersUsa();

/**
 * Albers USA (lower 48 with Alaska and Hawaii insets) when every point is in the US and inside the
 * projection's insets (Guam or Puerto Rico are not); otherwise Natural Earth on a world map. With no
 * point at all, the world.
 */
export function chooseProjection(points: readonly GeoPoint[]): ProjectionKind {
  if (points.length === 0) return 'natural-earth';
  const allUs = points.every((p) => p.country === 'US' && probe([p.lng, p.lat]) !== null);
  return allUs ? 'albers-usa' : 'natural-earth';
}

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface FitOptions {
  /** The smallest span shown, degrees of longitude (latitude gets half), so one point is not a blur of zoom. */
  minSpanDeg?: number;
  /** Margin around the points, as a share of their span on each side. */
  paddingRatio?: number;
}

/**
 * The box a world map is fitted to: the points' bounding box, padded, at least `minSpanDeg` wide and half
 * that tall (centred on the points), clamped to the globe. Networks straddling the antimeridian are
 * shown the long way round (rare for a distribution network; the box stays valid).
 */
export function fitBounds(points: readonly GeoPoint[], options: FitOptions = {}): Bounds {
  const minSpan = options.minSpanDeg ?? 24;
  const padding = options.paddingRatio ?? 0.15;
  if (points.length === 0) return { west: -180, south: -60, east: 180, north: 85 };
  let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
  for (const p of points) {
    west = Math.min(west, p.lng);
    east = Math.max(east, p.lng);
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
  }
  const widen = (lo: number, hi: number, min: number): [number, number] => {
    const pad = (hi - lo) * padding;
    let a = lo - pad, b = hi + pad;
    if (b - a < min) {
      const mid = (lo + hi) / 2;
      a = mid - min / 2;
      b = mid + min / 2;
    }
    return [a, b];
  };
  const [w, e] = widen(west, east, minSpan);
  const [s, n] = widen(south, north, minSpan / 2);
  return { west: Math.max(-180, w), east: Math.min(180, e), south: Math.max(-85, s), north: Math.min(85, n) };
}

/** The corners and edge midpoints of a box: what `projection.fitExtent` fits (a polygon would wind). */
export function boundsFeature(b: Bounds): Feature<MultiPoint> {
  const midLng = (b.west + b.east) / 2;
  const midLat = (b.south + b.north) / 2;
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [b.west, b.south], [midLng, b.south], [b.east, b.south],
        [b.west, midLat], [b.east, midLat],
        [b.west, b.north], [midLng, b.north], [b.east, b.north],
      ],
    },
  };
}

/**
 * The projection of a map: Albers USA fitted to the US outline given, or Natural Earth fitted to the
 * network's bounds and clipped to the drawing, so countries outside it add no path data.
 */
export function buildProjection(kind: ProjectionKind, fitTo: Feature | { type: 'FeatureCollection'; features: Feature[] }, margin = 12): GeoProjection {
  const { width, height } = MAP_SIZE[kind];
  const extent: [[number, number], [number, number]] = [[margin, margin], [width - margin, height - margin]];
  if (kind === 'albers-usa') return geoAlbersUsa().fitExtent(extent, fitTo) as unknown as GeoProjection;
  return geoNaturalEarth1().fitExtent(extent, fitTo).clipExtent([[0, 0], [width, height]]);
}

export type AttainmentTone = 'green' | 'amber' | 'red' | 'none';

/** SLA attainment (on-time share of delivered orders) expected of a region, unless told otherwise. */
export const DEFAULT_ATTAINMENT_TARGET = 0.95;
/** How far below target is amber rather than red (percentage points as a fraction). */
export const DEFAULT_AMBER_BAND = 0.05;

/** green at or above target, amber within the band below it, red further below, none without data. */
export function attainmentTone(attainment: number | null, target = DEFAULT_ATTAINMENT_TARGET, amberBand = DEFAULT_AMBER_BAND): AttainmentTone {
  if (attainment === null || !Number.isFinite(attainment)) return 'none';
  // Compare in basis points: 0.95 computed as 19/20 must not miss the target by a rounding error.
  const bp = (x: number) => Math.round(x * 10_000);
  if (bp(attainment) >= bp(target)) return 'green';
  if (bp(attainment) >= bp(target - amberBand)) return 'amber';
  return 'red';
}

/** Fill colours of the tones (Tailwind emerald-500, amber-400, red-500, slate-300). */
export const TONE_COLOURS: Record<AttainmentTone, string> = {
  green: '#10b981',
  amber: '#fbbf24',
  red: '#ef4444',
  none: '#cbd5e1',
};

export const TONE_LABELS: Record<AttainmentTone, string> = {
  green: 'meets target',
  amber: 'slightly below target',
  red: 'below target',
  none: 'no delivered orders',
};
