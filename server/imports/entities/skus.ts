/** SKUs CSV: one row per SKU, matched by code; the supplier named by code. */
import { and, eq, inArray } from 'drizzle-orm';
import { skus } from '@/db/schema';
import { skuRow, type SkuRow } from '../../services/skus/schemas';
import { supplierIdsByCode } from '../code-maps';
import { defineImporter } from '../importer';
import { keyedUpsertRun } from '../keyed-upsert';
import { locationsHoldingSkus, refreshInventoryDaily } from '../../services/stock/inventory-rollup';

export const skusImporter = defineImporter<SkuRow>({
  entity: 'skus',
  label: 'SKUs',
  description: 'Your catalog, one row per SKU, matched by code: costs, dimensions, case pack, MOQ and supplier.',
  notes: [
    'Import suppliers first: supplier_code must name a supplier that exists.',
    'Money is in your organization’s currency; weight in kg, volume in m³, quantities in units.',
    'A SKU that was archived and appears in the file is restored.',
  ],
  recordNoun: 'SKUs',
  rowSchema: skuRow,
  columns: [
    { name: 'code', field: 'code', required: true, type: 'code', examples: ['SKU-1001', 'SKU-1002'], description: 'Your SKU code; upper case. The key stock and order files refer to.', aliases: ['sku', 'sku_code'] },
    { name: 'name', field: 'name', required: true, type: 'text', examples: ['USB-C charger 65W', 'Noise-cancelling headphones'], description: 'The name shown in the app.' },
    { name: 'category', field: 'category', required: false, type: 'text', examples: ['Chargers', 'Audio'], description: 'A category for filtering.' },
    { name: 'unit_cost', field: 'unitCost', required: true, type: 'money', examples: ['11.40', '62.00'], description: 'What a unit costs you (inventory value, holding cost).' },
    { name: 'unit_price', field: 'unitPrice', required: false, type: 'money', examples: ['29.99', '149.00'], description: 'Selling price per unit. Blank: 0.' },
    { name: 'weight_kg', field: 'weightKg', required: false, type: 'number', examples: ['0.21', '0.35'], description: 'Weight of one unit, in kg.' },
    { name: 'volume_m3', field: 'volumeM3', required: false, type: 'number', examples: ['0.0008', '0.004'], description: 'Volume of one unit, in m³.' },
    { name: 'case_pack', field: 'casePack', required: false, type: 'integer', examples: ['24', '10'], description: 'Units per case; orders and splits are rounded to it. Blank: 1.' },
    { name: 'moq', field: 'moq', required: false, type: 'integer', examples: ['240', '100'], description: 'Minimum order quantity from the supplier, in units. Blank: 0.' },
    { references: 'suppliers', name: 'supplier_code', field: 'supplierCode', required: false, type: 'code', examples: ['SZ-ELEC', 'TW-COMP'], description: 'The supplier, by code (blank: none).', aliases: ['supplier'] },
    { name: 'lead_time_days_override', field: 'leadTimeDaysOverride', required: false, type: 'days', examples: ['', '30'], description: 'Overrides the supplier’s lead time for this SKU, in days.' },
    { name: 'hs_code', field: 'hsCode', required: false, type: 'text', examples: ['8504.40', '8518.30'], description: 'Harmonized System code, 6 to 10 digits.' },
    { name: 'notes', field: 'notes', required: false, type: 'text', examples: ['', ''], description: 'Free notes.' },
  ],
  // A unit cost that changes moves today's inventory value (inventory_daily) of every location holding the SKU.
  open: async (env) => {
    const costs = new Map<string, number>();
    const costChanged = new Set<string>();
    const run = await keyedUpsertRun<SkuRow, Map<string, string>>({
    table: skus,
    auditEntity: 'skus',
    conflictTarget: [skus.code],
    fields: ['code', 'name', 'category', 'unitCost', 'unitPrice', 'weightKg', 'volumeM3', 'casePack', 'moq', 'supplierId', 'leadTimeDaysOverride', 'hsCode', 'notes'],
    async load(env) {
      const rows = await env.ctx.tx.select().from(skus).where(eq(skus.tenantId, env.ctx.tenant.id));
      for (const r of rows) costs.set(r.code, r.unitCost);
      return { existing: new Map(rows.map((r) => [r.code, r])), refs: await supplierIdsByCode(env.ctx) };
    },
    key: (row) => row.code,
    duplicate: (row) => ({ column: 'code', message: `SKU ${row.code} appears more than once in the file; keep one row per SKU.` }),
    resolve({ row, value }, env, supplierIds) {
      const { supplierCode, ...rest } = value;
      const before = costs.get(value.code);
      if (before !== undefined && value.unitCost !== undefined && Math.round(value.unitCost * 10_000) !== Math.round(before * 10_000)) costChanged.add(value.code);
      if (supplierCode === undefined) return rest;
      if (supplierCode === null) return { ...rest, supplierId: null };
      const supplierId = supplierIds.get(supplierCode);
      if (!supplierId) {
        env.errors.add(row, 'supplier_code', `No supplier has the code ${supplierCode}. Import or create the supplier first, or leave the cell blank.`);
        return null;
      }
      return { ...rest, supplierId };
    },
    })(env);
    return {
      ...run,
      async finish() {
        await run.finish();
        if (!env.writing || costChanged.size === 0) return;
        const changed = await env.ctx.tx
          .select({ id: skus.id })
          .from(skus)
          .where(and(eq(skus.tenantId, env.ctx.tenant.id), inArray(skus.code, [...costChanged])));
        await refreshInventoryDaily(env.ctx, await locationsHoldingSkus(env.ctx, changed.map((r) => r.id)));
      },
    };
  },
});
