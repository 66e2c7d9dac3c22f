/** Suppliers: the form/router schema and the CSV row schema (the same fields). */
import { z } from 'zod';
import { codeField, countryField, daysField, idField, nameField, optionalDaysField, optionalText } from '../master-data/fields';
import { listInput } from '../listing/input';

const emailField = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? null : v.trim()) : v),
  z.email({ error: 'Email must be an address like orders@supplier.com.' }).max(320).nullable().optional(),
);

export const supplierFields = z.object({
  code: codeField('Supplier code'),
  name: nameField('Supplier name'),
  country: countryField(),
  leadTimeDays: daysField('Lead time (days)'),
  leadTimeSdDays: optionalDaysField('Lead time spread (days)'),
  email: emailField,
  notes: optionalText('Notes'),
});

export const createSupplierInput = supplierFields;
export const updateSupplierInput = supplierFields.partial().extend({ id: idField('supplier') });
/** One row of a suppliers CSV file (headers: the snake_case of these keys). */
export const supplierRow = supplierFields;
export const supplierIdInput = z.object({ id: idField('supplier') });

export const listSuppliersInput = listInput({
  sort: ['code', 'name', 'country', 'leadTimeDays', 'leadTimeSdDays', 'updatedAt'],
  defaultSort: 'code',
  filters: { country: countryField().optional() },
});

export type CreateSupplierInput = z.infer<typeof createSupplierInput>;
export type UpdateSupplierInput = z.infer<typeof updateSupplierInput>;
export type SupplierRow = z.infer<typeof supplierRow>;
export type ListSuppliersInput = z.infer<typeof listSuppliersInput>;
