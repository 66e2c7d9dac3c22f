/** Locations CSV: one row per location, matched by code. */
import { eq } from 'drizzle-orm';
import { locations } from '@/db/schema';
import { LOCATION_KINDS, locationRow, type LocationRow } from '../../services/locations/schemas';
import { defineImporter } from '../importer';
import { keyedUpsertRun } from '../keyed-upsert';

export const locationsImporter = defineImporter<LocationRow>({
  entity: 'locations',
  label: 'Locations',
  description: 'Your warehouses, DCs and 3PL sites, one row each, matched by code: a new code adds a location, a known code updates it.',
  notes: [
    'Latitude and longitude go together: give both or neither.',
    'A location that was archived and appears in the file is restored.',
    'The 3PL operating a location is chosen on the location page, not in the file.',
  ],
  recordNoun: 'locations',
  rowSchema: locationRow,
  columns: [
    { name: 'code', field: 'code', required: true, type: 'code', examples: ['MEM-CDC', 'DAL-RDC'], description: 'Your short code for the location: letters, digits and . _ - /; upper case. The key the other files refer to.' },
    { name: 'name', field: 'name', required: true, type: 'text', examples: ['Memphis central DC', 'Dallas regional DC'], description: 'The name shown in the app.' },
    { name: 'kind', field: 'kind', required: false, type: 'choice', choices: LOCATION_KINDS, examples: ['dc', '3pl'], description: 'What kind of site it is. Blank: warehouse.' },
    { name: 'country', field: 'country', required: true, type: 'country', examples: ['US', 'US'], description: 'ISO 3166 two-letter country code (US, CA, MX, DE…).' },
    { name: 'city', field: 'city', required: false, type: 'text', examples: ['Memphis', 'Dallas'], description: 'City of the site.' },
    { name: 'postal_code', field: 'postalCode', required: false, type: 'text', examples: ['38118', '75261'], description: 'Postal code of the site.' },
    { name: 'lat', field: 'lat', required: false, type: 'number', examples: ['35.0421', '32.8998'], description: 'Latitude in degrees (−90 to 90), for the map. Give it with lng.', aliases: ['latitude'] },
    { name: 'lng', field: 'lng', required: false, type: 'number', examples: ['-89.9767', '-97.0403'], description: 'Longitude in degrees (−180 to 180). Give it with lat.', aliases: ['lon', 'longitude'] },
    { name: 'capacity_units', field: 'capacityUnits', required: false, type: 'integer', examples: ['250000', '80000'], description: 'Storage capacity in units; blank = not constrained.' },
    { name: 'holding_rate', field: 'holdingRate', required: false, type: 'number', examples: ['0.25', '0.22'], description: 'Annual holding cost as a fraction of unit cost (0.25 = 25 % a year). Blank: 0.25.' },
    { name: 'fixed_cost_month', field: 'fixedCostMonth', required: false, type: 'money', examples: ['42000', '18500'], description: 'Fixed cost per month, in your currency.' },
    { name: 'handling_cost_unit', field: 'handlingCostUnit', required: false, type: 'money', examples: ['0.45', '0.60'], description: 'Handling cost per unit, in your currency.' },
    { name: 'is_central', field: 'isCentral', required: false, type: 'boolean', examples: ['true', 'false'], description: 'The central node (slow C items are held here): true or false.', aliases: ['central'] },
    { name: 'notes', field: 'notes', required: false, type: 'text', examples: ['', 'Operated by BlueWave 3PL'], description: 'Free notes.' },
  ],
  open: keyedUpsertRun<LocationRow>({
    table: locations,
    auditEntity: 'locations',
    conflictTarget: [locations.code],
    fields: ['code', 'name', 'kind', 'country', 'city', 'postalCode', 'lat', 'lng', 'capacityUnits', 'holdingRate', 'fixedCostMonth', 'handlingCostUnit', 'isCentral', 'notes'],
    async load(env) {
      const rows = await env.ctx.tx.select().from(locations).where(eq(locations.tenantId, env.ctx.tenant.id));
      return { existing: new Map(rows.map((r) => [r.code, r])), refs: null };
    },
    key: (row) => row.code,
    duplicate: (row) => ({ column: 'code', message: `Location ${row.code} appears more than once in the file; keep one row per location.` }),
    resolve: ({ value }) => ({ ...value }),
  }),
});
