/**
 * Lanes: how a location serves a region (one row per mode). The form names the location and region by
 * id; a CSV row names them by code (location_code, region_code), resolved by the importer.
 */
import { z } from 'zod';
import { daysField, idField, moneyField, optionalChoiceField, optionalDaysField, optionalText, referenceCodeField } from '../master-data/fields';
import { listInput } from '../listing/input';

export const LANE_MODES = ['parcel', 'ltl', 'ftl', 'courier', 'ocean', 'air', 'rail'] as const;
export type LaneMode = (typeof LANE_MODES)[number];
export const LANE_MODE_LABELS: Record<LaneMode, string> = {
  parcel: 'Parcel',
  ltl: 'LTL',
  ftl: 'FTL',
  courier: 'Courier',
  ocean: 'Ocean',
  air: 'Air',
  rail: 'Rail',
};

const laneTerms = {
  mode: optionalChoiceField('Mode', LANE_MODES),
  transitDays: daysField('Transit days'),
  transitDaysSd: optionalDaysField('Transit days spread'),
  costPerUnit: moneyField('Cost per unit'),
  costPerKg: moneyField('Cost per kg'),
  notes: optionalText('Notes'),
};

export const laneFields = z.object({ locationId: idField('location'), regionId: idField('region'), ...laneTerms });
export const createLaneInput = laneFields;
export const updateLaneInput = laneFields.partial().extend({ id: idField('lane') });
/** One row of a lanes CSV file. */
export const laneRow = z.object({ locationCode: referenceCodeField('Location code'), regionCode: referenceCodeField('Region code'), ...laneTerms });
export const laneIdInput = z.object({ id: idField('lane') });

export const listLanesInput = listInput({
  sort: ['locationCode', 'regionCode', 'mode', 'transitDays', 'transitDaysSd', 'costPerUnit', 'costPerKg', 'updatedAt'],
  defaultSort: 'locationCode',
  filters: { locationId: idField('location').optional(), regionId: idField('region').optional(), mode: optionalChoiceField('Mode', LANE_MODES) },
});

export type CreateLaneInput = z.infer<typeof createLaneInput>;
export type UpdateLaneInput = z.infer<typeof updateLaneInput>;
export type LaneRow = z.infer<typeof laneRow>;
export type ListLanesInput = z.infer<typeof listLanesInput>;
