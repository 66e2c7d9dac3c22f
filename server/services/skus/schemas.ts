/**
 * SKUs: the form/router schema (supplier by id) and the CSV row schema (supplier by code, resolved by
 * the importer). Costs are in the tenant's currency, weights in kg, volumes in m³, quantities in units.
 */
import { z } from 'zod';
import {
  codeField,
  idField,
  LIMITS,
  MAX_PLANNING_DAYS,
  moneyField,
  nameField,
  nullableNumber,
  optionalIdField,
  optionalNumber,
  optionalReferenceCodeField,
  optionalText,
  requiredNumber,
} from '../master-data/fields';
import { listInput } from '../listing/input';

/** HS code: 6 to 10 digits, dots and spaces allowed between them (8471.30.0100). */
const hsCodeField = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? null : v.trim()) : v),
  z
    .string()
    .regex(/^\d[\d. ]*\d$/, 'HS code must be 6 to 10 digits, such as 8471.30.')
    .refine((s) => {
      const digits = s.replace(/[. ]/g, '').length;
      return digits >= 6 && digits <= 10;
    }, 'HS code must be 6 to 10 digits, such as 8471.30.')
    .nullable()
    .optional(),
);

const commonFields = {
  code: codeField('SKU code'),
  name: nameField('SKU name'),
  category: optionalText('Category', 100),
  unitCost: requiredNumber('Unit cost', { min: 0, max: LIMITS.money }),
  unitPrice: moneyField('Unit price'),
  weightKg: nullableNumber('Weight (kg)', { min: 0, max: LIMITS.weightKg }),
  volumeM3: nullableNumber('Volume (m³)', { min: 0, max: LIMITS.volumeM3 }),
  casePack: optionalNumber('Case pack', { int: true, min: 1, max: LIMITS.integer }),
  moq: optionalNumber('MOQ', { int: true, min: 0, max: LIMITS.integer }),
  leadTimeDaysOverride: nullableNumber('Lead time override (days)', { min: 0, max: MAX_PLANNING_DAYS }),
  hsCode: hsCodeField,
  notes: optionalText('Notes'),
};

export const skuFields = z.object({ ...commonFields, supplierId: optionalIdField('supplier') });

/** A selling price below the unit cost is almost always a typo (the two swapped, a missing digit). */
function priceNotBelowCost(value: { unitCost?: number; unitPrice?: number | null }, ctx: z.RefinementCtx) {
  if (value.unitPrice != null && value.unitCost != null && value.unitPrice < value.unitCost) {
    ctx.addIssue({ code: 'custom', path: ['unitPrice'], message: `Unit price (${value.unitPrice}) is below the unit cost (${value.unitCost}). Check both, or leave the price blank.` });
  }
}

export const createSkuInput = skuFields.superRefine(priceNotBelowCost);
export const updateSkuInput = skuFields.partial().extend({ id: idField('SKU') });
/** One row of a SKUs CSV file: the supplier by code (blank = none). */
export const skuRow = z.object({ ...commonFields, supplierCode: optionalReferenceCodeField('Supplier code') }).superRefine(priceNotBelowCost);
export const skuIdInput = z.object({ id: idField('SKU') });

export const listSkusInput = listInput({
  sort: ['code', 'name', 'category', 'unitCost', 'unitPrice', 'casePack', 'moq', 'supplierCode', 'updatedAt'],
  defaultSort: 'code',
  filters: { category: optionalText('Category', 100), supplierId: optionalIdField('supplier') },
});

export type CreateSkuInput = z.infer<typeof createSkuInput>;
export type UpdateSkuInput = z.infer<typeof updateSkuInput>;
export type SkuRow = z.infer<typeof skuRow>;
export type ListSkusInput = z.infer<typeof listSkusInput>;
