/**
 * The audit log CSV download (/api/orgs/<org>/export/audit): every entry the filters match, newest
 * first, with before and after as JSON. Read page by page through `audit.list`, so it is for admins and
 * owners like the page. Registered in server/csv/export-registry.ts.
 */
import { listInputFor, type CsvExport } from '../export-types';
import { pagedRows } from '../paged-rows';

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export const auditExport: CsvExport = {
  header: ['at', 'actor_email', 'actor_name', 'via_provider', 'action', 'entity', 'entity_id', 'record', 'before', 'after'],
  rows: ({ caller, org, params }) =>
    pagedRows(
      (page, size) => caller.audit.list(listInputFor(org, params, page, size)),
      (row) => [row.at, row.actor?.email, row.actor?.name, row.viaProvider, row.action, row.entity, row.entityId, row.record?.label, json(row.before), json(row.after)],
    ),
};
