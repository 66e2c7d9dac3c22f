/** Transfer lanes CSV: how stock moves from one location to another, one row per direction. */
import { eq } from 'drizzle-orm';
import { transferLanes } from '@/db/schema';
import { transferLaneRow, type TransferLaneRow } from '../../services/transfer-lanes/schemas';
import { codesById, locationIdsByCode } from '../code-maps';
import { defineImporter } from '../importer';
import { keyedUpsertRun } from '../keyed-upsert';

export const transferLanesImporter = defineImporter<TransferLaneRow>({
  entity: 'transfer_lanes',
  label: 'Transfer lanes',
  description: 'How stock moves between two of your locations, one row per direction, matched by the two location codes.',
  notes: [
    'Import locations first: both codes must exist.',
    'One row is one direction: add a second row for the way back.',
    'Customs days are added to transfers between locations in different countries.',
  ],
  recordNoun: 'transfer lanes',
  rowSchema: transferLaneRow,
  columns: [
    { references: 'locations', name: 'from_location_code', field: 'fromLocationCode', required: true, type: 'code', examples: ['MEM-CDC', 'DAL-RDC'], description: 'Origin location, by code.', aliases: ['from'] },
    { references: 'locations', referenceOrder: 'reversed', name: 'to_location_code', field: 'toLocationCode', required: true, type: 'code', examples: ['DAL-RDC', 'MEM-CDC'], description: 'Destination location, by code.', aliases: ['to'] },
    { name: 'transit_days', field: 'transitDays', required: true, type: 'days', examples: ['2', '2'], description: 'Transit time, in days.' },
    { name: 'cost_per_unit', field: 'costPerUnit', required: false, type: 'money', examples: ['0.85', '0.85'], description: 'Cost per unit moved, in your currency. Blank: 0.' },
    { name: 'customs_days', field: 'customsDays', required: false, type: 'days', examples: ['0', '0'], description: 'Days of customs clearance when the border is crossed. Blank: 0.' },
    { name: 'notes', field: 'notes', required: false, type: 'text', examples: ['', 'Return lane'], description: 'Free notes.' },
  ],
  open: keyedUpsertRun<TransferLaneRow, Map<string, string>>({
    table: transferLanes,
    auditEntity: 'transfer_lanes',
    conflictTarget: [transferLanes.fromLocationId, transferLanes.toLocationId],
    fields: ['fromLocationId', 'toLocationId', 'transitDays', 'costPerUnit', 'customsDays', 'notes'],
    async load(env) {
      const locationIds = await locationIdsByCode(env.ctx);
      const codes = codesById(locationIds);
      const rows = await env.ctx.tx.select().from(transferLanes).where(eq(transferLanes.tenantId, env.ctx.tenant.id));
      return { existing: new Map(rows.map((r) => [`${codes.get(r.fromLocationId)}|${codes.get(r.toLocationId)}`, r])), refs: locationIds };
    },
    key: (row) => `${row.fromLocationCode}|${row.toLocationCode}`,
    duplicate: (row) => ({ column: 'to_location_code', message: `The transfer lane from ${row.fromLocationCode} to ${row.toLocationCode} appears more than once in the file; keep one row.` }),
    resolve({ row, value }, env, locationIds) {
      const { fromLocationCode, toLocationCode, ...rest } = value;
      const fromLocationId = locationIds.get(fromLocationCode);
      const toLocationId = locationIds.get(toLocationCode);
      if (!fromLocationId) env.errors.add(row, 'from_location_code', `No location has the code ${fromLocationCode}. Import the locations file first.`);
      if (!toLocationId) env.errors.add(row, 'to_location_code', `No location has the code ${toLocationCode}. Import the locations file first.`);
      if (!fromLocationId || !toLocationId) return null;
      return { ...rest, fromLocationId, toLocationId };
    },
  }),
});
