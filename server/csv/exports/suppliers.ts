import { supplierRow } from '../../services/suppliers/schemas';
import { csvHeader } from '../columns';
import { listInputFor, type CsvExport } from '../export-types';
import { cellsOf, pagedRows } from '../paged-rows';

const keys = Object.keys(supplierRow.shape);

export const suppliersExport: CsvExport = {
  header: csvHeader(keys),
  rows: ({ caller, org, params }) => pagedRows((page, size) => caller.suppliers.list(listInputFor(org, params, page, size)), (row) => cellsOf(keys, row)),
};
