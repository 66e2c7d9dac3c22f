/**
 * The demo importer's North American network: a central warehouse in Memphis, four regional centers
 * (Columbus is run by the demo 3PL), five demand regions with dated SLAs, a parcel lane from every
 * location to every region and a transfer lane between every pair of locations.
 *
 * Lanes are derived from great-circle distance: transit days = 1 + miles / 500, cost per unit rising
 * with distance, so a regional center serves its own region in 1-2 days at about $4 a unit and the
 * central warehouse serves the far regions in 4-6 days at $8-10 (the article's comparison).
 */
import type { lanes, locations, regions, slas, transferLanes } from '@/db/schema';
import { seedDate } from './calendar';

export interface LocationSpec {
  code: string;
  name: string;
  kind: 'warehouse' | 'dc' | '3pl';
  city: string;
  postalCode: string;
  lat: number;
  lng: number;
  capacityUnits: number;
  fixedCostMonth: number;
  handlingCostUnit: number;
  isCentral: boolean;
  operatedByProvider: boolean;
}

export interface RegionSpec {
  code: string;
  name: string;
  centroidLat: number;
  centroidLng: number;
  postalPrefixes: string[];
  /** Share of US population (and of the demo's orders). */
  populationShare: number;
  /** The location that serves the region by default. */
  servedBy: string;
  slas: { effectiveFrom: string; targetDeliveryDays: number; targetFillRate: number; notes?: string }[];
}

export const LOCATIONS: LocationSpec[] = [
  { code: 'MEM-CDC', name: 'Memphis Central Warehouse', kind: 'warehouse', city: 'Memphis, TN', postalCode: '38118', lat: 35.0421, lng: -89.9792, capacityUnits: 600_000, fixedCostMonth: 96_000, handlingCostUnit: 0.85, isCentral: true, operatedByProvider: false },
  { code: 'RNO-RDC', name: 'Reno Regional Center', kind: 'dc', city: 'Reno, NV', postalCode: '89506', lat: 39.6506, lng: -119.8766, capacityUnits: 140_000, fixedCostMonth: 44_000, handlingCostUnit: 1.15, isCentral: false, operatedByProvider: false },
  { code: 'DAL-RDC', name: 'Dallas Regional Center', kind: 'dc', city: 'Dallas, TX', postalCode: '75261', lat: 32.8998, lng: -97.0403, capacityUnits: 120_000, fixedCostMonth: 39_000, handlingCostUnit: 1.05, isCentral: false, operatedByProvider: false },
  { code: 'CMH-3PL', name: 'Columbus Regional Center (BlueWave 3PL)', kind: '3pl', city: 'Columbus, OH', postalCode: '43217', lat: 39.8136, lng: -82.9279, capacityUnits: 150_000, fixedCostMonth: 12_000, handlingCostUnit: 1.55, isCentral: false, operatedByProvider: true },
  { code: 'ABE-RDC', name: 'Allentown Regional Center', kind: 'dc', city: 'Allentown, PA', postalCode: '18106', lat: 40.5741, lng: -75.5626, capacityUnits: 140_000, fixedCostMonth: 52_000, handlingCostUnit: 1.25, isCentral: false, operatedByProvider: false },
];

/** SLAs in force since before the history starts; the Midwest's tightens four months before "today". */
const FROM_START = seedDate(-730);
const MIDWEST_TIGHTENED = seedDate(-123);

export const REGIONS: RegionSpec[] = [
  { code: 'US-W', name: 'West', centroidLat: 38.2, centroidLng: -118.9, postalPrefixes: ['59', '80', '81', '82', '83', '84', '89', '9'], populationShare: 0.21, servedBy: 'RNO-RDC', slas: [{ effectiveFrom: FROM_START, targetDeliveryDays: 2, targetFillRate: 0.97 }] },
  { code: 'US-SW', name: 'Southwest', centroidLat: 31.9, centroidLng: -97.6, postalPrefixes: ['7', '85', '86', '87', '88'], populationShare: 0.15, servedBy: 'DAL-RDC', slas: [{ effectiveFrom: FROM_START, targetDeliveryDays: 2, targetFillRate: 0.96 }] },
  {
    code: 'US-MW', name: 'Midwest', centroidLat: 41.4, centroidLng: -87.4, postalPrefixes: ['4', '5', '6'], populationShare: 0.22, servedBy: 'CMH-3PL',
    slas: [
      { effectiveFrom: FROM_START, targetDeliveryDays: 3, targetFillRate: 0.96 },
      { effectiveFrom: MIDWEST_TIGHTENED, targetDeliveryDays: 2, targetFillRate: 0.96, notes: 'Tightened to two days to match the coastal regions.' },
    ],
  },
  { code: 'US-SE', name: 'Southeast', centroidLat: 32.6, centroidLng: -83.6, postalPrefixes: ['22', '23', '24', '25', '26', '27', '28', '29', '3'], populationShare: 0.23, servedBy: 'MEM-CDC', slas: [{ effectiveFrom: FROM_START, targetDeliveryDays: 3, targetFillRate: 0.95 }] },
  { code: 'US-NE', name: 'Northeast', centroidLat: 41.3, centroidLng: -74.3, postalPrefixes: ['0', '1', '20', '21'], populationShare: 0.19, servedBy: 'ABE-RDC', slas: [{ effectiveFrom: FROM_START, targetDeliveryDays: 2, targetFillRate: 0.97 }] },
];

export const HOLDING_RATE = 0.25;
export const TARGET_CYCLE_SERVICE_LEVEL = 0.95;

export interface LaneModel {
  transitDays: number;
  transitDaysSd: number;
  costPerUnit: number;
  costPerKg: number;
}

export interface NetworkModel {
  locationIds: string[];
  regionIds: string[];
  centralIndex: number;
  /** Per region: the index of the location that serves it. */
  servingLocation: number[];
  /** [location][region] */
  lanes: LaneModel[][];
  /** [from][to]; undefined on the diagonal. */
  transferLanes: ({ transitDays: number; costPerUnit: number } | undefined)[][];
  /** Per region: SLAs sorted by effectiveFrom. */
  slas: { effectiveFrom: string; targetDeliveryDays: number }[][];
  rows: {
    locations: (typeof locations.$inferInsert)[];
    regions: (typeof regions.$inferInsert)[];
    slas: (typeof slas.$inferInsert)[];
    lanes: (typeof lanes.$inferInsert)[];
    transferLanes: (typeof transferLanes.$inferInsert)[];
  };
}

/** Great-circle distance in statute miles. */
export function distanceMiles(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 3958.8 * 2 * Math.asin(Math.sqrt(a));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Parcel lane from a location to a region's centroid. */
export function parcelLane(miles: number): LaneModel {
  const transitDays = round2(1 + miles / 500);
  return {
    transitDays,
    transitDaysSd: round2(0.15 + 0.06 * transitDays),
    costPerUnit: round2(3.4 + 0.0032 * miles),
    costPerKg: round2(0.35 + 0.0006 * miles),
  };
}

/** Consolidated truckload between two locations: faster per mile and far cheaper per unit than parcel. */
export function transferLane(miles: number) {
  return { transitDays: round2(1 + miles / 600), costPerUnit: round2(0.3 + 0.0008 * miles) };
}

/** The SLA target (days) in force for a region on a local date. */
export function slaDaysOn(network: NetworkModel, regionIndex: number, date: string): number {
  let days = 0;
  for (const sla of network.slas[regionIndex] ?? []) if (sla.effectiveFrom <= date) days = sla.targetDeliveryDays;
  return days;
}

export function buildNetwork(args: { tenantId: string; providerId: string; newId: () => string; createdAt: Date }): NetworkModel {
  const { tenantId, providerId, newId, createdAt } = args;
  const stamp = { createdAt, updatedAt: createdAt };
  const locationIds = LOCATIONS.map(() => newId());
  const regionIds = REGIONS.map(() => newId());
  const locationIndex = new Map(LOCATIONS.map((l, i) => [l.code, i]));
  const centralIndex = LOCATIONS.findIndex((l) => l.isCentral);

  const locationRows = LOCATIONS.map((l, i) => ({
    tenantId, id: locationIds[i], code: l.code, name: l.name, kind: l.kind, country: 'US', city: l.city, postalCode: l.postalCode,
    lat: l.lat, lng: l.lng, capacityUnits: l.capacityUnits, holdingRate: HOLDING_RATE, fixedCostMonth: l.fixedCostMonth,
    handlingCostUnit: l.handlingCostUnit, isCentral: l.isCentral, operatedBy: l.operatedByProvider ? providerId : null, ...stamp,
  }));
  const regionRows = REGIONS.map((r, i) => ({
    tenantId, id: regionIds[i], code: r.code, name: r.name, country: 'US', centroidLat: r.centroidLat, centroidLng: r.centroidLng,
    postalPrefixes: r.postalPrefixes, ...stamp,
  }));
  const slaRows = REGIONS.flatMap((r, i) =>
    r.slas.map((s) => ({
      tenantId, id: newId(), regionId: regionIds[i] as string, effectiveFrom: s.effectiveFrom, targetDeliveryDays: s.targetDeliveryDays,
      targetFillRate: s.targetFillRate, targetCycleServiceLevel: TARGET_CYCLE_SERVICE_LEVEL, notes: s.notes ?? null, ...stamp,
    })),
  );

  const laneMatrix = LOCATIONS.map((l) => REGIONS.map((r) => parcelLane(distanceMiles(l.lat, l.lng, r.centroidLat, r.centroidLng))));
  const laneRows = laneMatrix.flatMap((row, li) =>
    row.map((lane, ri) => ({ tenantId, id: newId(), locationId: locationIds[li] as string, regionId: regionIds[ri] as string, mode: 'parcel' as const, ...lane, ...stamp })),
  );
  const transferMatrix = LOCATIONS.map((from, fi) =>
    LOCATIONS.map((to, ti) => (fi === ti ? undefined : transferLane(distanceMiles(from.lat, from.lng, to.lat, to.lng)))),
  );
  const transferRows = transferMatrix.flatMap((row, fi) =>
    row.flatMap((lane, ti) =>
      lane ? [{ tenantId, id: newId(), fromLocationId: locationIds[fi] as string, toLocationId: locationIds[ti] as string, ...lane, customsDays: 0, ...stamp }] : [],
    ),
  );

  return {
    locationIds: locationIds as string[],
    regionIds: regionIds as string[],
    centralIndex,
    servingLocation: REGIONS.map((r) => locationIndex.get(r.servedBy) ?? centralIndex),
    lanes: laneMatrix,
    transferLanes: transferMatrix,
    slas: REGIONS.map((r) => [...r.slas].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))),
    rows: { locations: locationRows, regions: regionRows, slas: slaRows, lanes: laneRows, transferLanes: transferRows },
  };
}

/** A ship-to ZIP in the region: one of its prefixes padded with digits, re-drawn until it resolves back to it. */
export function postalCodeIn(regionIndex: number, draw: () => number): string {
  const region = REGIONS[regionIndex];
  if (!region) throw new RangeError(`no region ${regionIndex}`);
  for (;;) {
    const prefix = region.postalPrefixes[Math.floor(draw() * region.postalPrefixes.length)] ?? '';
    let zip = prefix;
    while (zip.length < 5) zip += String(Math.floor(draw() * 10));
    if (resolveRegion(zip) === regionIndex) return zip;
  }
}

/** Longest-prefix match of a ZIP against the regions' postal prefixes. */
export function resolveRegion(zip: string): number {
  let best = -1;
  let bestLength = 0;
  REGIONS.forEach((r, i) => {
    for (const p of r.postalPrefixes) if (zip.startsWith(p) && p.length > bestLength) [best, bestLength] = [i, p.length];
  });
  return best;
}
