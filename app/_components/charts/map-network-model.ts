/**
 * The network map, computed on the server: the projection chosen for the network, the basemap as SVG
 * path data (us-atlas states or world-atlas countries, imported from the packages so it works offline
 * and in `next build`) and every location, region centroid and lane placed in the drawing. The client
 * component only draws this model, so the atlas JSON never ships to the browser.
 */
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import usStatesTopology from 'us-atlas/states-10m.json';
import worldTopology from 'world-atlas/countries-110m.json';
import type { NetworkMapData } from '@/server/services/network-map/get-map';
import { attainmentTone, boundsFeature, buildProjection, chooseProjection, fitBounds, MAP_SIZE, type AttainmentTone, type GeoPoint, type ProjectionKind } from './map-geometry';

type Located = { lat: number | null; lng: number | null };

export interface PlacedLocation {
  id: string;
  code: string;
  name: string;
  kind: string;
  city: string | null;
  isCentral: boolean;
  active: boolean;
  x: number;
  y: number;
}

export interface PlacedRegion {
  id: string;
  code: string;
  name: string;
  slaTargetDays: number | null;
  deliveredOrders: number;
  onTimeOrders: number;
  slaAttainment: number | null;
  tone: AttainmentTone;
  x: number;
  y: number;
}

export interface PlacedLane {
  id: string;
  locationCode: string;
  regionCode: string;
  mode: string;
  transitDays: number;
  costPerUnit: number;
  /** Transit days within the region's SLA target (null: the region has no SLA). */
  meetsSla: boolean | null;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface NetworkMapModel {
  projection: ProjectionKind;
  width: number;
  height: number;
  basemap: { land: string; borders: string };
  locations: PlacedLocation[];
  regions: PlacedRegion[];
  lanes: PlacedLane[];
  /** Rows without coordinates, or outside the drawing: listed beside the map, not drawn. */
  unplaced: { kind: 'location' | 'region'; code: string; name: string }[];
}

const usTopology = usStatesTopology as unknown as Topology<{ states: GeometryCollection; nation: GeometryCollection }>;
const world = worldTopology as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

function hasCoordinates<T extends Located>(row: T): row is T & { lat: number; lng: number } {
  return row.lat !== null && row.lng !== null;
}

/** Points of the network (locations and region centroids) with the country each is in. */
export function networkPoints(data: Pick<NetworkMapData, 'locations' | 'regions'>): GeoPoint[] {
  const points: GeoPoint[] = [];
  for (const l of data.locations) if (hasCoordinates(l)) points.push({ lat: l.lat, lng: l.lng, country: l.country });
  for (const r of data.regions) if (r.centroidLat !== null && r.centroidLng !== null) points.push({ lat: r.centroidLat, lng: r.centroidLng, country: r.country });
  return points;
}

function basemapOf(kind: ProjectionKind, points: GeoPoint[]) {
  if (kind === 'albers-usa') {
    const nation = feature(usTopology, usTopology.objects.nation) as FeatureCollection;
    const borders = mesh(usTopology, usTopology.objects.states, (a, b) => a !== b) as MultiLineString;
    const projection = buildProjection(kind, nation);
    const path = geoPath(projection).digits(1);
    return { projection, land: path(nation) ?? '', borders: path(borders) ?? '' };
  }
  const projection = buildProjection(kind, boundsFeature(fitBounds(points)));
  const path = geoPath(projection).digits(1);
  const land = feature(world, world.objects.land) as Feature<Geometry> | FeatureCollection;
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b) as MultiLineString;
  return { projection, land: path(land) ?? '', borders: path(borders) ?? '' };
}

/** Everything the map draws, in the drawing's coordinates. */
export function buildNetworkMapModel(data: NetworkMapData): NetworkMapModel {
  const points = networkPoints(data);
  const kind = chooseProjection(points);
  const { width, height } = MAP_SIZE[kind];
  const { projection, land, borders } = basemapOf(kind, points);
  const round = (v: number) => Math.round(v * 10) / 10;
  const place = (lng: number, lat: number): [number, number] | null => {
    const xy = projection([lng, lat]);
    if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return null;
    const [x, y] = xy;
    if (x < 0 || y < 0 || x > width || y > height) return null;
    return [round(x), round(y)];
  };

  const unplaced: NetworkMapModel['unplaced'] = [];
  const locations: PlacedLocation[] = [];
  for (const l of data.locations) {
    const xy = hasCoordinates(l) ? place(l.lng, l.lat) : null;
    if (!xy) unplaced.push({ kind: 'location', code: l.code, name: l.name });
    else locations.push({ id: l.id, code: l.code, name: l.name, kind: l.kind, city: l.city, isCentral: l.isCentral, active: l.active, x: xy[0], y: xy[1] });
  }
  const regions: PlacedRegion[] = [];
  for (const r of data.regions) {
    const xy = r.centroidLat !== null && r.centroidLng !== null ? place(r.centroidLng, r.centroidLat) : null;
    if (!xy) {
      unplaced.push({ kind: 'region', code: r.code, name: r.name });
      continue;
    }
    regions.push({
      id: r.id, code: r.code, name: r.name, slaTargetDays: r.slaTargetDays, deliveredOrders: r.deliveredOrders, onTimeOrders: r.onTimeOrders,
      slaAttainment: r.slaAttainment, tone: attainmentTone(r.slaAttainment), x: xy[0], y: xy[1],
    });
  }

  const locationById = new Map(locations.map((l) => [l.id, l]));
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const lanes: PlacedLane[] = [];
  for (const lane of data.lanes) {
    const from = locationById.get(lane.locationId);
    const to = regionById.get(lane.regionId);
    if (!from || !to) continue;
    lanes.push({
      id: lane.id, locationCode: from.code, regionCode: to.code, mode: lane.mode, transitDays: lane.transitDays, costPerUnit: lane.costPerUnit,
      meetsSla: to.slaTargetDays === null ? null : lane.transitDays <= to.slaTargetDays,
      x1: from.x, y1: from.y, x2: to.x, y2: to.y,
    });
  }
  return { projection: kind, width, height, basemap: { land, borders }, locations, regions, lanes, unplaced };
}
