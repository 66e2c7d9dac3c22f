/** Purchase orders as CSV (one row per order), with the filters of the Inbound page. */
import { listInputFor, type CsvExport } from '../export-types';
import { pagedRows } from '../paged-rows';

export const purchaseOrdersExport: CsvExport = {
  header: ['po_number', 'status', 'supplier_code', 'arrival_location_code', 'ordered_at', 'eta', 'received_at', 'lines', 'units', 'received_units', 'value'],
  rows: ({ caller, org, params }) =>
    pagedRows(
      (page, size) => caller.purchaseOrders.list(listInputFor(org, params, page, size)),
      (r) => [r.number, r.status, r.supplierCode, r.arrivalCode, r.orderedAt, r.eta, r.receivedAt, r.lineCount, r.units, r.receivedUnits, r.value],
    ),
};
