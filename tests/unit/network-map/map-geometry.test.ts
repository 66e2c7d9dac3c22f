/**
 * The network map's pure geometry: projection choice, world-map bounds, the fitted projection and the
 * SLA attainment colours.
 */
import { describe, expect, it } from 'vitest';
import { geoAlbersUsa } from 'd3-geo';
import { attainmentTone, boundsFeature, buildProjection, chooseProjection, fitBounds, MAP_SIZE } from '@/app/_components/charts/map-geometry';

const MEMPHIS = { lat: 35.0421, lng: -89.9792, country: 'US' };
const RENO = { lat: 39.6506, lng: -119.8766, country: 'US' };
const ANCHORAGE = { lat: 61.2181, lng: -149.9003, country: 'US' };
const HONOLULU = { lat: 21.3069, lng: -157.8583, country: 'US' };
const SAN_JUAN = { lat: 18.4655, lng: -66.1057, country: 'US' };
const TORONTO = { lat: 43.6532, lng: -79.3832, country: 'CA' };
const ROTTERDAM = { lat: 51.9244, lng: 4.4777, country: 'NL' };
const MILAN = { lat: 45.4642, lng: 9.19, country: 'IT' };

describe('chooseProjection', () => {
  it('uses Albers USA when every point is in the US, Alaska and Hawaii included', () => {
    expect(chooseProjection([MEMPHIS, RENO])).toBe('albers-usa');
    expect(chooseProjection([MEMPHIS, ANCHORAGE, HONOLULU])).toBe('albers-usa');
  });

  it('uses a world map as soon as one point is outside the US or outside the Albers USA insets', () => {
    expect(chooseProjection([MEMPHIS, TORONTO])).toBe('natural-earth');
    // Toronto projects inside the lower-48 rectangle of Albers USA: the country decides, not the projection alone.
    expect(geoAlbersUsa()([TORONTO.lng, TORONTO.lat])).not.toBeNull();
    // Puerto Rico is US but has no inset in Albers USA.
    expect(chooseProjection([MEMPHIS, SAN_JUAN])).toBe('natural-earth');
    expect(chooseProjection([ROTTERDAM, MILAN])).toBe('natural-earth');
  });

  it('shows the world when there is nothing to place', () => {
    expect(chooseProjection([])).toBe('natural-earth');
  });
});

describe('fitBounds', () => {
  it('pads the points’ box by 15% of its span on each side', () => {
    const b = fitBounds([{ lat: 40, lng: -10, country: 'ES' }, { lat: 60, lng: 30, country: 'NO' }]);
    expect(b.west).toBeCloseTo(-16);
    expect(b.east).toBeCloseTo(36);
    expect(b.south).toBeCloseTo(37);
    expect(b.north).toBeCloseTo(63);
  });

  it('gives one point (or a tight cluster) the minimum span, centred on it', () => {
    expect(fitBounds([ROTTERDAM])).toEqual({ west: ROTTERDAM.lng - 12, east: ROTTERDAM.lng + 12, south: ROTTERDAM.lat - 6, north: ROTTERDAM.lat + 6 });
    const b = fitBounds([ROTTERDAM, MILAN], { minSpanDeg: 40 });
    expect(b.east - b.west).toBeCloseTo(40);
    expect((b.east + b.west) / 2).toBeCloseTo((ROTTERDAM.lng + MILAN.lng) / 2);
  });

  it('stays on the globe near the poles and the antimeridian', () => {
    const b = fitBounds([{ lat: 84, lng: 179, country: 'RU' }, { lat: 80, lng: 170, country: 'RU' }]);
    expect(b.north).toBe(85);
    expect(b.east).toBe(180);
  });

  it('is the whole world without points', () => {
    expect(fitBounds([])).toEqual({ west: -180, south: -60, east: 180, north: 85 });
  });
});

describe('buildProjection', () => {
  it('fits a world map to the network’s bounds, inside the drawing’s margin', () => {
    const bounds = fitBounds([ROTTERDAM, MILAN]);
    const projection = buildProjection('natural-earth', boundsFeature(bounds));
    const { width, height } = MAP_SIZE['natural-earth'];
    const xs: number[] = [];
    const ys: number[] = [];
    for (const [lng, lat] of boundsFeature(bounds).geometry.coordinates as [number, number][]) {
      const [x, y] = projection([lng, lat])!;
      xs.push(x);
      ys.push(y);
    }
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(11.9);
    expect(Math.max(...xs)).toBeLessThanOrEqual(width - 11.9);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(11.9);
    expect(Math.max(...ys)).toBeLessThanOrEqual(height - 11.9);
    // Fitted, not a whole-world view: the box fills the width or the height.
    const filled = Math.max((Math.max(...xs) - Math.min(...xs)) / (width - 24), (Math.max(...ys) - Math.min(...ys)) / (height - 24));
    expect(filled).toBeCloseTo(1, 2);
  });

  it('keeps Albers USA geography: Reno is west and north of Memphis', () => {
    const projection = buildProjection('albers-usa', boundsFeature({ west: -125, east: -66, south: 24, north: 50 }));
    const [mx, my] = projection([MEMPHIS.lng, MEMPHIS.lat])!;
    const [rx, ry] = projection([RENO.lng, RENO.lat])!;
    expect(rx).toBeLessThan(mx);
    expect(ry).toBeLessThan(my);
  });
});

describe('attainmentTone', () => {
  it('is green at or above the 95% target, amber within 5 points below, red under that', () => {
    expect(attainmentTone(1)).toBe('green');
    expect(attainmentTone(0.95)).toBe('green');
    expect(attainmentTone(19 / 20)).toBe('green');
    expect(attainmentTone(0.9499)).toBe('amber');
    expect(attainmentTone(0.9)).toBe('amber');
    expect(attainmentTone(0.8999)).toBe('red');
    expect(attainmentTone(0)).toBe('red');
  });

  it('is grey without data and follows another target when given', () => {
    expect(attainmentTone(null)).toBe('none');
    expect(attainmentTone(Number.NaN)).toBe('none');
    expect(attainmentTone(0.97, 0.98, 0.02)).toBe('amber');
    expect(attainmentTone(0.95, 0.98, 0.02)).toBe('red');
  });
});
