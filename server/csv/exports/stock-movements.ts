/** The stock ledger as CSV, with the filters of the Movements tab. */
import { listInputFor, type CsvExport } from '../export-types';
import { pagedRows } from '../paged-rows';

export const stockMovementsExport: CsvExport = {
  header: ['occurred_at', 'kind', 'sku_code', 'sku_name', 'location_code', 'qty', 'reason', 'reference', 'transfer_number', 'purchase_order_number', 'actor'],
  rows: ({ caller, org, params }) =>
    pagedRows(
      (page, size) => caller.stock.movements(listInputFor(org, params, page, size)),
      (r) => [r.occurredAt, r.kind, r.skuCode, r.skuName, r.locationCode, r.qty, r.reason, r.reference, r.transferNumber, r.purchaseOrderNumber, r.actorName],
    ),
};
