/** Suppliers CSV: one row per supplier, matched by code. */
import { eq } from 'drizzle-orm';
import { suppliers } from '@/db/schema';
import { supplierRow, type SupplierRow } from '../../services/suppliers/schemas';
import { defineImporter } from '../importer';
import { keyedUpsertRun } from '../keyed-upsert';

export const suppliersImporter = defineImporter<SupplierRow>({
  entity: 'suppliers',
  label: 'Suppliers',
  description: 'Who you buy from, one row each, matched by code, with their lead time.',
  notes: ['Import suppliers before SKUs: a SKU names its supplier by code.', 'A supplier that was archived and appears in the file is restored.'],
  recordNoun: 'suppliers',
  rowSchema: supplierRow,
  columns: [
    { name: 'code', field: 'code', required: true, type: 'code', examples: ['SZ-ELEC', 'TW-COMP'], description: 'Your short code for the supplier; upper case.' },
    { name: 'name', field: 'name', required: true, type: 'text', examples: ['Shenzhen Electronics Co.', 'Taipei Components'], description: 'The name shown in the app.' },
    { name: 'country', field: 'country', required: true, type: 'country', examples: ['CN', 'TW'], description: 'ISO 3166 two-letter country code (decides whether an arrival crosses a border).' },
    { name: 'lead_time_days', field: 'leadTimeDays', required: true, type: 'days', examples: ['45', '38'], description: 'Order to arrival, in days.' },
    { name: 'lead_time_sd_days', field: 'leadTimeSdDays', required: false, type: 'days', examples: ['6', '4.5'], description: 'Standard deviation of the lead time, in days (safety stock uses it). Blank: 0.' },
    { name: 'email', field: 'email', required: false, type: 'text', examples: ['orders@sz-elec.example', ''], description: 'Where purchase orders go.' },
    { name: 'notes', field: 'notes', required: false, type: 'text', examples: ['', 'FOB Kaohsiung'], description: 'Free notes.' },
  ],
  open: keyedUpsertRun<SupplierRow>({
    table: suppliers,
    auditEntity: 'suppliers',
    conflictTarget: [suppliers.code],
    fields: ['code', 'name', 'country', 'leadTimeDays', 'leadTimeSdDays', 'email', 'notes'],
    async load(env) {
      const rows = await env.ctx.tx.select().from(suppliers).where(eq(suppliers.tenantId, env.ctx.tenant.id));
      return { existing: new Map(rows.map((r) => [r.code, r])), refs: null };
    },
    key: (row) => row.code,
    duplicate: (row) => ({ column: 'code', message: `Supplier ${row.code} appears more than once in the file; keep one row per supplier.` }),
    resolve: ({ value }) => ({ ...value }),
  }),
});
