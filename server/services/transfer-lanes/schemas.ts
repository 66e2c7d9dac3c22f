/**
 * Transfer lanes: how stock moves from one location to another (one direction per row). Customs days
 * are added when the two locations are in different countries. Form: locations by id; CSV: by code.
 */
import { z } from 'zod';
import { daysField, idField, moneyField, optionalDaysField, optionalText, referenceCodeField } from '../master-data/fields';
import { listInput } from '../listing/input';

const terms = {
  transitDays: daysField('Transit days'),
  costPerUnit: moneyField('Cost per unit'),
  customsDays: optionalDaysField('Customs days'),
  notes: optionalText('Notes'),
};

const DISTINCT = 'A transfer lane goes between two different locations.';

export const transferLaneFields = z.object({ fromLocationId: idField('origin location'), toLocationId: idField('destination location'), ...terms });
export const createTransferLaneInput = transferLaneFields.refine((v) => v.fromLocationId !== v.toLocationId, { message: DISTINCT, path: ['toLocationId'] });
export const updateTransferLaneInput = transferLaneFields
  .partial()
  .extend({ id: idField('transfer lane') })
  .refine((v) => !v.fromLocationId || v.fromLocationId !== v.toLocationId, { message: DISTINCT, path: ['toLocationId'] });
/** One row of a transfer lanes CSV file. */
export const transferLaneRow = z
  .object({ fromLocationCode: referenceCodeField('From location code'), toLocationCode: referenceCodeField('To location code'), ...terms })
  .refine((v) => v.fromLocationCode !== v.toLocationCode, { message: DISTINCT, path: ['toLocationCode'] });
export const transferLaneIdInput = z.object({ id: idField('transfer lane') });

export const listTransferLanesInput = listInput({
  sort: ['fromLocationCode', 'toLocationCode', 'transitDays', 'customsDays', 'costPerUnit', 'updatedAt'],
  defaultSort: 'fromLocationCode',
  filters: { fromLocationId: idField('origin location').optional(), toLocationId: idField('destination location').optional() },
});

export type CreateTransferLaneInput = z.infer<typeof createTransferLaneInput>;
export type UpdateTransferLaneInput = z.infer<typeof updateTransferLaneInput>;
export type TransferLaneRow = z.infer<typeof transferLaneRow>;
export type ListTransferLanesInput = z.infer<typeof listTransferLanesInput>;
