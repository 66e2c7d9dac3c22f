/**
 * Locations: the form/router schema (create, update) and the CSV row schema (same fields; a 3PL operator
 * is chosen in the form only). Shared by the router, the form and the CSV importer.
 */
import { z } from 'zod';
import {
  booleanField,
  codeField,
  countryField,
  idField,
  LIMITS,
  latitudeField,
  longitudeField,
  moneyField,
  nameField,
  nullableNumber,
  optionalChoiceField,
  optionalIdField,
  optionalNumber,
  optionalText,
} from '../master-data/fields';
import { listInput } from '../listing/input';

export const LOCATION_KINDS = ['warehouse', 'dc', '3pl', 'store', 'port', 'bonded', 'ftz'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export const LOCATION_KIND_LABELS: Record<LocationKind, string> = {
  warehouse: 'Warehouse',
  dc: 'Distribution center',
  '3pl': '3PL site',
  store: 'Store',
  port: 'Port',
  bonded: 'Bonded warehouse',
  ftz: 'Foreign-trade zone',
};

const rowFields = {
  code: codeField('Location code'),
  name: nameField('Location name'),
  kind: optionalChoiceField('Kind', LOCATION_KINDS),
  country: countryField(),
  city: optionalText('City', 120),
  postalCode: optionalText('Postal code', 20),
  lat: latitudeField(),
  lng: longitudeField(),
  capacityUnits: nullableNumber('Capacity (units)', { int: true, gt: 0, max: LIMITS.integer }),
  holdingRate: optionalNumber('Holding rate', { min: 0, max: 1 }),
  fixedCostMonth: moneyField('Fixed cost per month'),
  handlingCostUnit: moneyField('Handling cost per unit'),
  isCentral: booleanField('Central'),
  notes: optionalText('Notes'),
};

export const locationFields = z.object({ ...rowFields, operatedBy: optionalIdField('3PL provider') });

type Coordinates = { lat?: number | null; lng?: number | null };
/** Latitude and longitude come together or not at all. */
export function coordinatesIssue(value: Coordinates): { field: 'lat' | 'lng'; message: string } | null {
  const hasLat = value.lat !== null && value.lat !== undefined;
  const hasLng = value.lng !== null && value.lng !== undefined;
  if (hasLat === hasLng) return null;
  return hasLat ? { field: 'lng', message: 'Give the longitude too (or clear the latitude).' } : { field: 'lat', message: 'Give the latitude too (or clear the longitude).' };
}

function refineCoordinates(value: Coordinates, ctx: z.RefinementCtx) {
  const issue = coordinatesIssue(value);
  if (issue) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
}

/** The create form and `locations.create`. */
export const createLocationInput = locationFields.superRefine(refineCoordinates);
/** `locations.update`: the id and the fields that change. */
export const updateLocationInput = locationFields.partial().extend({ id: idField('location') });
/** One row of a locations CSV file (headers: the snake_case of these keys). */
export const locationRow = z.object(rowFields).superRefine(refineCoordinates);

export const locationIdInput = z.object({ id: idField('location') });

export const listLocationsInput = listInput({
  sort: ['code', 'name', 'kind', 'country', 'city', 'capacityUnits', 'holdingRate', 'fixedCostMonth', 'handlingCostUnit', 'updatedAt'],
  defaultSort: 'code',
  filters: { kind: optionalChoiceField('Kind', LOCATION_KINDS), country: countryField().optional(), isCentral: booleanField('Central') },
});

export type CreateLocationInput = z.infer<typeof createLocationInput>;
export type UpdateLocationInput = z.infer<typeof updateLocationInput>;
export type LocationRow = z.infer<typeof locationRow>;
export type ListLocationsInput = z.infer<typeof listLocationsInput>;
