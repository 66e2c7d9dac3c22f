/**
 * The orders CSV download (/api/orgs/<org>/export/orders): one row per order line, in the columns of the
 * orders import, so a downloaded file imports back unchanged. Streamed from the database in one query
 * (services/orders/export-lines.ts: COPY … TO STDOUT on a Postgres server, a cursor on PGlite) after
 * `orders.lines` has checked access and the filters; `rows` (page by page through `orders.lines`) is the
 * path without a database handle. Registered in server/csv/export-registry.ts.
 */
import { orderLinesExportQuery } from '../../services/orders/export-lines';
import { listOrdersInput, type ListOrdersInput } from '../../services/orders/schemas';
import { listInputFor, type CsvExport } from '../export-types';
import { cellsOf, pagedRows } from '../paged-rows';
import { ORDER_COLUMNS } from '../../imports/entities/orders/columns';

const keys = ORDER_COLUMNS.map((c) => c.field);

export const ordersExport: CsvExport = {
  header: ORDER_COLUMNS.map((c) => c.name),
  rows: ({ caller, org, params }) => pagedRows((page, size) => caller.orders.lines(listInputFor(org, params, page, size)), (row) => cellsOf(keys, row)),
  stream: {
    async check({ caller, org, params }) {
      const first = await caller.orders.lines(listInputFor(org, params, 1, 1));
      return { total: first.total, input: listOrdersInput.parse(listInputFor(org, params, 1, 1)) };
    },
    query: (ctx, input) => orderLinesExportQuery(ctx, input as ListOrdersInput),
  },
};
