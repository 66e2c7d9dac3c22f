/**
 * The map model built from network.map data: the demo's North American network on Albers USA, a
 * European one on a fitted world map, lanes against SLAs, rows that cannot be placed, and the text
 * alternative.
 */
import { describe, expect, it } from 'vitest';
import { LOCATIONS, REGIONS } from '@/db/seed/network';
import { buildNetworkMapModel } from '@/app/_components/charts/map-network-model';
import { describeNetworkMap } from '@/app/_components/charts/map-network-description';
import type { NetworkMapData } from '@/server/services/network-map/get-map';

function demoNetwork(): NetworkMapData {
  const locations = LOCATIONS.map((l, i) => ({ id: `L${i}`, code: l.code, name: l.name, kind: l.kind, country: 'US', city: l.city, lat: l.lat, lng: l.lng, isCentral: l.isCentral, active: true }));
  const regions = REGIONS.map((r, i) => ({
    id: `R${i}`, code: r.code, name: r.name, country: 'US', centroidLat: r.centroidLat, centroidLng: r.centroidLng,
    slaTargetDays: r.slas[0]!.targetDeliveryDays, deliveredOrders: 100, onTimeOrders: [97, 92, 80, 95, 0][i]!, slaAttainment: [0.97, 0.92, 0.8, 0.95, null][i]!,
  }));
  return {
    currency: 'USD',
    locations,
    regions,
    lanes: [
      { id: 'lane-fast', locationId: 'L1', regionId: 'R0', mode: 'parcel', transitDays: 1.5, costPerUnit: 4.2 },
      { id: 'lane-slow', locationId: 'L0', regionId: 'R0', mode: 'parcel', transitDays: 4.6, costPerUnit: 9.1 },
    ],
    window: { from: '2026-10-02', to: '2026-10-31', days: 30 },
    latestDeliveredDay: '2026-10-31',
  };
}

describe('buildNetworkMapModel', () => {
  it('draws the demo network on Albers USA with every location and region placed', () => {
    const model = buildNetworkMapModel(demoNetwork());
    expect(model.projection).toBe('albers-usa');
    expect(model.locations).toHaveLength(LOCATIONS.length);
    expect(model.regions).toHaveLength(REGIONS.length);
    expect(model.unplaced).toEqual([]);
    expect(model.basemap.land.length).toBeGreaterThan(10_000);
    expect(model.basemap.borders.length).toBeGreaterThan(1_000);
    const at = (code: string) => model.locations.find((l) => l.code === code)!;
    expect(at('RNO-RDC').x).toBeLessThan(at('MEM-CDC').x);
    expect(at('ABE-RDC').x).toBeGreaterThan(at('CMH-3PL').x);
    for (const p of [...model.locations, ...model.regions]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(model.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(model.height);
    }
    expect(model.regions.map((r) => r.tone)).toEqual(['green', 'amber', 'red', 'green', 'none']);
  });

  it('marks lanes slower than the region’s SLA and joins their ends to the markers', () => {
    const model = buildNetworkMapModel(demoNetwork());
    const fast = model.lanes.find((l) => l.id === 'lane-fast')!;
    const slow = model.lanes.find((l) => l.id === 'lane-slow')!;
    expect(fast.meetsSla).toBe(true);
    expect(slow.meetsSla).toBe(false);
    const reno = model.locations.find((l) => l.code === 'RNO-RDC')!;
    const west = model.regions.find((r) => r.code === 'US-W')!;
    expect([fast.x1, fast.y1, fast.x2, fast.y2]).toEqual([reno.x, reno.y, west.x, west.y]);
  });

  it('uses a world map fitted to a European network, spreading its points across the drawing', () => {
    const data = demoNetwork();
    data.locations = [
      { id: 'E1', code: 'RTM', name: 'Rotterdam', kind: 'warehouse', country: 'NL', city: null, lat: 51.92, lng: 4.48, isCentral: true, active: true },
      { id: 'E2', code: 'MIL', name: 'Milan', kind: 'dc', country: 'IT', city: null, lat: 45.46, lng: 9.19, isCentral: false, active: true },
      { id: 'E3', code: 'MAD', name: 'Madrid', kind: 'dc', country: 'ES', city: null, lat: 40.42, lng: -3.7, isCentral: false, active: false },
      { id: 'E4', code: 'NOWHERE', name: 'No coordinates', kind: 'dc', country: 'DE', city: null, lat: null, lng: null, isCentral: false, active: true },
    ];
    data.regions = [];
    data.lanes = [];
    const model = buildNetworkMapModel(data);
    expect(model.projection).toBe('natural-earth');
    expect(model.locations.map((l) => l.code)).toEqual(['RTM', 'MIL', 'MAD']);
    expect(model.unplaced).toEqual([{ kind: 'location', code: 'NOWHERE', name: 'No coordinates' }]);
    const xs = model.locations.map((l) => l.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(model.width * 0.3);
    expect(model.basemap.land.length).toBeGreaterThan(1_000);
  });
});

describe('describeNetworkMap', () => {
  it('says what the map shows, region by region', () => {
    const model = buildNetworkMapModel(demoNetwork());
    const text = describeNetworkMap(model, 'from Oct 2 to Oct 31, 2026');
    expect(text).toContain('Map of the United States with 5 active locations (central: Memphis Central Warehouse), 5 regions and 2 lanes.');
    expect(text).toContain('West: 97% on time of 100 delivered (meets target)');
    expect(text).toContain('Midwest: 80% on time of 100 delivered (below target)');
    expect(text).toContain('Northeast: no delivered orders');
  });
});
