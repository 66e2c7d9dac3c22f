/** Lanes CSV: how a location serves a region, one row per location, region and mode. */
import { eq } from 'drizzle-orm';
import { lanes } from '@/db/schema';
import { LANE_MODES, laneRow, type LaneRow } from '../../services/lanes/schemas';
import { codesById, locationIdsByCode, regionIdsByCode } from '../code-maps';
import { defineImporter } from '../importer';
import { keyedUpsertRun } from '../keyed-upsert';

interface LaneRefs {
  locationIds: Map<string, string>;
  regionIds: Map<string, string>;
}

export const lanesImporter = defineImporter<LaneRow>({
  entity: 'lanes',
  label: 'Lanes',
  description: 'Shipping lanes from a location to a region, one row per location, region and mode, matched by the three.',
  notes: ['Import locations and regions first: the codes must exist.', 'Blank mode: parcel.', 'A lane that was archived and appears in the file is restored.'],
  recordNoun: 'lanes',
  rowSchema: laneRow,
  columns: [
    { references: 'locations', name: 'location_code', field: 'locationCode', required: true, type: 'code', examples: ['MEM-CDC', 'DAL-RDC'], description: 'The shipping location, by code.', aliases: ['location', 'from_location_code'] },
    { references: 'regions', name: 'region_code', field: 'regionCode', required: true, type: 'code', examples: ['US-S', 'US-S'], description: 'The region served, by code.', aliases: ['region'] },
    { name: 'mode', field: 'mode', required: false, type: 'choice', choices: LANE_MODES, examples: ['parcel', 'ltl'], description: 'Transport mode. Blank: parcel.' },
    { name: 'transit_days', field: 'transitDays', required: true, type: 'days', examples: ['3', '1.5'], description: 'Average transit time, in days.' },
    { name: 'transit_days_sd', field: 'transitDaysSd', required: false, type: 'days', examples: ['0.8', '0.4'], description: 'Standard deviation of the transit time, in days. Blank: 0.' },
    { name: 'cost_per_unit', field: 'costPerUnit', required: false, type: 'money', examples: ['4.20', '2.10'], description: 'Shipping cost per unit, in your currency. Blank: 0.' },
    { name: 'cost_per_kg', field: 'costPerKg', required: false, type: 'money', examples: ['0.90', '0.35'], description: 'Shipping cost per kg, in your currency. Blank: 0.' },
    { name: 'notes', field: 'notes', required: false, type: 'text', examples: ['', 'Regional LTL carrier'], description: 'Free notes.' },
  ],
  open: keyedUpsertRun<LaneRow, LaneRefs>({
    table: lanes,
    auditEntity: 'lanes',
    conflictTarget: [lanes.locationId, lanes.regionId, lanes.mode],
    fields: ['locationId', 'regionId', 'mode', 'transitDays', 'transitDaysSd', 'costPerUnit', 'costPerKg', 'notes'],
    async load(env) {
      const [locationIds, regionIds] = [await locationIdsByCode(env.ctx), await regionIdsByCode(env.ctx)];
      const locationCodes = codesById(locationIds);
      const regionCodes = codesById(regionIds);
      const rows = await env.ctx.tx.select().from(lanes).where(eq(lanes.tenantId, env.ctx.tenant.id));
      const existing = new Map(rows.map((r) => [`${locationCodes.get(r.locationId)}|${regionCodes.get(r.regionId)}|${r.mode}`, r]));
      return { existing, refs: { locationIds, regionIds } };
    },
    key: (row) => `${row.locationCode}|${row.regionCode}|${row.mode ?? 'parcel'}`,
    duplicate: (row) => ({
      column: 'mode',
      message: `The ${row.mode ?? 'parcel'} lane from ${row.locationCode} to ${row.regionCode} appears more than once in the file; keep one row.`,
    }),
    resolve({ row, value }, env, refs) {
      const { locationCode, regionCode, ...rest } = value;
      const locationId = refs.locationIds.get(locationCode);
      const regionId = refs.regionIds.get(regionCode);
      if (!locationId) env.errors.add(row, 'location_code', `No location has the code ${locationCode}. Import the locations file first.`);
      if (!regionId) env.errors.add(row, 'region_code', `No region has the code ${regionCode}. Import the regions file first.`);
      if (!locationId || !regionId) return null;
      return { ...rest, mode: rest.mode ?? 'parcel', locationId, regionId };
    },
  }),
});
