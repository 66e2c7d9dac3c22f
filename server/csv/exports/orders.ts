/**
 * The orders CSV download (/api/orgs/<org>/export/orders): one row per order line, in the columns of the
 * orders import, so a downloaded file imports back unchanged. Read page by page through `orders.lines`
 * (tenant, role and filters exactly the API's). Registered in server/csv/export-registry.ts.
 */
import { listInputFor, type CsvExport } from '../export-types';
import { cellsOf, pagedRows } from '../paged-rows';
import { ORDER_COLUMNS } from '../../imports/entities/orders/columns';

const keys = ORDER_COLUMNS.map((c) => c.field);

export const ordersExport: CsvExport = {
  header: ORDER_COLUMNS.map((c) => c.name),
  rows: ({ caller, org, params }) => pagedRows((page, size) => caller.orders.lines(listInputFor(org, params, page, size)), (row) => cellsOf(keys, row)),
};
