/** SLAs CSV: one row per region and effective date (the row with the latest date on or before a day applies). */
import { eq } from 'drizzle-orm';
import { slas } from '@/db/schema';
import { slaRow, type SlaRow } from '../../services/regions/schemas';
import { codesById, regionIdsByCode } from '../code-maps';
import { defineImporter } from '../importer';
import { keyedUpsertRun } from '../keyed-upsert';
import { rollupAfterSlaChange } from '../../services/orders/rollup';

export const slasImporter = defineImporter<SlaRow>({
  entity: 'slas',
  label: 'SLAs',
  description: 'What each region is promised, dated: one row per region and effective date, matched by both.',
  notes: [
    'Import regions first: region_code must name a region that exists.',
    'A new promise from a later date is a new row; the old one stays for the history before that date.',
    'Fill rate and cycle service level are fractions between 0 and 1 (0.95 = 95 %).',
  ],
  recordNoun: 'SLAs',
  rowSchema: slaRow,
  columns: [
    { references: 'regions', name: 'region_code', field: 'regionCode', required: true, type: 'code', examples: ['US-S', 'US-NE'], description: 'The region, by code.', aliases: ['region'] },
    { name: 'effective_from', field: 'effectiveFrom', required: true, type: 'date', examples: ['2025-01-01', '2025-01-01'], description: 'The first day the promise applies, YYYY-MM-DD.' },
    { name: 'target_delivery_days', field: 'targetDeliveryDays', required: true, type: 'days', examples: ['2', '3'], description: 'Promised delivery time, in days from order.' },
    { name: 'target_fill_rate', field: 'targetFillRate', required: false, type: 'number', examples: ['0.97', '0.95'], description: 'Target line fill rate (units shipped on first shipment / ordered), 0–1. Blank: 0.95.' },
    { name: 'target_cycle_service_level', field: 'targetCycleServiceLevel', required: false, type: 'number', examples: ['0.95', '0.9'], description: 'Probability of no stock-out in a cycle, strictly between 0 and 1. Blank: 0.95.' },
    { name: 'notes', field: 'notes', required: false, type: 'text', examples: ['', 'Renegotiated in Q4'], description: 'Free notes.' },
  ],
  // Orders without a promise are on time by the SLA in force: recount each touched region from its earliest date.
  open: async (env) => {
    const touched = new Map<string, string>();
    const run = await keyedUpsertRun<SlaRow, Map<string, string>>({
    table: slas,
    auditEntity: 'slas',
    conflictTarget: [slas.regionId, slas.effectiveFrom],
    fields: ['regionId', 'effectiveFrom', 'targetDeliveryDays', 'targetFillRate', 'targetCycleServiceLevel', 'notes'],
    async load(env) {
      const regionIds = await regionIdsByCode(env.ctx);
      const regionCodes = codesById(regionIds);
      const rows = await env.ctx.tx.select().from(slas).where(eq(slas.tenantId, env.ctx.tenant.id));
      return { existing: new Map(rows.map((r) => [`${regionCodes.get(r.regionId)}|${r.effectiveFrom}`, r])), refs: regionIds };
    },
    key: (row) => `${row.regionCode}|${row.effectiveFrom}`,
    duplicate: (row) => ({ column: 'effective_from', message: `Region ${row.regionCode} has two rows from ${row.effectiveFrom}; keep one.` }),
    resolve({ row, value }, env, regionIds) {
      const { regionCode, ...rest } = value;
      const regionId = regionIds.get(regionCode);
      if (!regionId) {
        env.errors.add(row, 'region_code', `No region has the code ${regionCode}. Import the regions file first.`);
        return null;
      }
      const earliest = touched.get(regionId);
      if (earliest === undefined || rest.effectiveFrom < earliest) touched.set(regionId, rest.effectiveFrom);
      return { ...rest, regionId };
    },
    })(env);
    return {
      ...run,
      async finish() {
        await run.finish();
        if (!env.writing) return;
        for (const [regionId, from] of touched) await rollupAfterSlaChange(env.ctx, regionId, from);
      },
    };
  },
});
