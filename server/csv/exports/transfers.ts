/** Transfers as CSV (one row per transfer), with the filters of the Transfers page. */
import { listInputFor, type CsvExport } from '../export-types';
import { pagedRows } from '../paged-rows';

export const transfersExport: CsvExport = {
  header: [
    'number',
    'status',
    'from_location_code',
    'to_location_code',
    'cross_border',
    'customs_days',
    'lines',
    'units',
    'received_units',
    'requested_at',
    'shipped_at',
    'expected_at',
    'received_at',
  ],
  rows: ({ caller, org, params }) =>
    pagedRows(
      (page, size) => caller.transfers.list(listInputFor(org, params, page, size)),
      (r) => [r.number, r.status, r.fromCode, r.toCode, r.crossBorder, r.customsDays, r.lineCount, r.units, r.receivedUnits, r.requestedAt, r.shippedAt, r.expectedAt, r.receivedAt],
    ),
};
