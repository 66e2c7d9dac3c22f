/** Regions CSV: one row per region, matched by code. */
import { eq } from 'drizzle-orm';
import { regions } from '@/db/schema';
import { regionRow, type RegionRow } from '../../services/regions/schemas';
import { defineImporter } from '../importer';
import { keyedUpsertRun } from '../keyed-upsert';

export const regionsImporter = defineImporter<RegionRow>({
  entity: 'regions',
  label: 'Regions',
  description: 'The regions you deliver to, one row each, matched by code. Their SLAs are a separate file (SLAs).',
  notes: [
    'Postal prefixes: one cell, separated by spaces (or | or ;), e.g. "75 76 77". An order without a region code is placed in the region with the longest matching prefix.',
    'Centroid latitude and longitude go together: give both or neither.',
    'A region that was archived and appears in the file is restored.',
  ],
  recordNoun: 'regions',
  rowSchema: regionRow,
  columns: [
    { name: 'code', field: 'code', required: true, type: 'code', examples: ['US-S', 'US-NE'], description: 'Your short code for the region; upper case. The key SLAs, lanes and orders refer to.' },
    { name: 'name', field: 'name', required: true, type: 'text', examples: ['US South', 'US Northeast'], description: 'The name shown in the app.' },
    { name: 'country', field: 'country', required: true, type: 'country', examples: ['US', 'US'], description: 'ISO 3166 two-letter country code.' },
    { name: 'centroid_lat', field: 'centroidLat', required: false, type: 'number', examples: ['32.78', '41.20'], description: 'Latitude of the demand centre, for the map and distances.' },
    { name: 'centroid_lng', field: 'centroidLng', required: false, type: 'number', examples: ['-96.80', '-74.10'], description: 'Longitude of the demand centre.' },
    { name: 'postal_prefixes', field: 'postalPrefixes', required: false, type: 'list', examples: ['75 76 77 78 79', '07 08 10 11'], description: 'Postal code prefixes of the region, separated by spaces; the longest match wins.' },
    { name: 'notes', field: 'notes', required: false, type: 'text', examples: ['', 'NYC metro included'], description: 'Free notes.' },
  ],
  open: keyedUpsertRun<RegionRow>({
    table: regions,
    auditEntity: 'regions',
    conflictTarget: [regions.code],
    fields: ['code', 'name', 'country', 'centroidLat', 'centroidLng', 'postalPrefixes', 'notes'],
    async load(env) {
      const rows = await env.ctx.tx.select().from(regions).where(eq(regions.tenantId, env.ctx.tenant.id));
      return { existing: new Map(rows.map((r) => [r.code, r])), refs: null };
    },
    key: (row) => row.code,
    duplicate: (row) => ({ column: 'code', message: `Region ${row.code} appears more than once in the file; keep one row per region.` }),
    resolve: ({ value }) => ({ ...value }),
  }),
});
