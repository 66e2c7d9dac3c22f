/**
 * Regions and their dated SLAs. A region's SLA is the row with the latest effective_from on or before
 * the day in question. SLAs in a form name the region by id; in a CSV file by code.
 */
import { z } from 'zod';
import {
  codeField,
  countryField,
  dateField,
  idField,
  LIMITS,
  latitudeField,
  longitudeField,
  nameField,
  optionalNumber,
  optionalText,
  referenceCodeField,
  requiredNumber,
} from '../master-data/fields';
import { listInput } from '../listing/input';

const PREFIX = /^[A-Z0-9]{1,10}$/;

/** Postal prefixes: a list, or one text cell separated by spaces, commas, semicolons or pipes ("10 11 12"). */
export const postalPrefixesField = z.preprocess(
  (v) => {
    if (v === undefined || v === null) return v === null ? [] : undefined;
    const list = typeof v === 'string' ? v.split(/[\s,;|]+/) : Array.isArray(v) ? v : v;
    if (!Array.isArray(list)) return list;
    const cleaned = list.map((p) => (typeof p === 'string' ? p.trim().toUpperCase() : p)).filter((p) => p !== '');
    return [...new Set(cleaned)];
  },
  z
    .array(z.string().regex(PREFIX, 'Each postal prefix is 1 to 10 letters or digits, such as 10 or SW1.'), { error: 'Postal prefixes must be a list such as "10 11 12".' })
    .max(2000, 'At most 2000 postal prefixes per region.')
    .optional(),
);

export const regionFields = z.object({
  code: codeField('Region code'),
  name: nameField('Region name'),
  country: countryField(),
  centroidLat: latitudeField('Centroid latitude'),
  centroidLng: longitudeField('Centroid longitude'),
  postalPrefixes: postalPrefixesField,
  notes: optionalText('Notes'),
});

type Centroid = { centroidLat?: number | null; centroidLng?: number | null };
export function centroidIssue(value: Centroid): { field: 'centroidLat' | 'centroidLng'; message: string } | null {
  const hasLat = value.centroidLat !== null && value.centroidLat !== undefined;
  const hasLng = value.centroidLng !== null && value.centroidLng !== undefined;
  if (hasLat === hasLng) return null;
  return hasLat
    ? { field: 'centroidLng', message: 'Give the centroid longitude too (or clear the latitude).' }
    : { field: 'centroidLat', message: 'Give the centroid latitude too (or clear the longitude).' };
}
function refineCentroid(value: Centroid, ctx: z.RefinementCtx) {
  const issue = centroidIssue(value);
  if (issue) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
}

export const createRegionInput = regionFields.superRefine(refineCentroid);
export const updateRegionInput = regionFields.partial().extend({ id: idField('region') });
/** One row of a regions CSV file. */
export const regionRow = regionFields.superRefine(refineCentroid);
export const regionIdInput = z.object({ id: idField('region') });

export const listRegionsInput = listInput({
  sort: ['code', 'name', 'country', 'targetDeliveryDays', 'updatedAt'],
  defaultSort: 'code',
  filters: { country: countryField().optional() },
});

/** The SLA targets, shared by the form (region by id) and the CSV row (region by code). */
const slaTargets = {
  effectiveFrom: dateField('Effective from'),
  targetDeliveryDays: requiredNumber('Target delivery days', { gt: 0, max: LIMITS.days }),
  targetFillRate: optionalNumber('Target fill rate', { gt: 0, lt: 1 }),
  targetCycleServiceLevel: optionalNumber('Target cycle service level', { gt: 0, lt: 1 }),
  notes: optionalText('Notes'),
};

/** `regions.addSla` and the add-SLA form. */
export const createSlaInput = z.object({ regionId: idField('region'), ...slaTargets });
/** One row of an SLAs CSV file. */
export const slaRow = z.object({ regionCode: referenceCodeField('Region code'), ...slaTargets });
export const slaIdInput = z.object({ id: idField('SLA') });

export const listSlasInput = listInput({
  sort: ['regionCode', 'effectiveFrom', 'targetDeliveryDays', 'targetFillRate', 'targetCycleServiceLevel'],
  defaultSort: 'regionCode',
  filters: { regionId: idField('region').optional() },
});

export type CreateRegionInput = z.infer<typeof createRegionInput>;
export type UpdateRegionInput = z.infer<typeof updateRegionInput>;
export type RegionRow = z.infer<typeof regionRow>;
export type CreateSlaInput = z.infer<typeof createSlaInput>;
export type SlaRow = z.infer<typeof slaRow>;
export type ListRegionsInput = z.infer<typeof listRegionsInput>;
export type ListSlasInput = z.infer<typeof listSlasInput>;
