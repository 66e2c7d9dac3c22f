import { skuRow } from '../../services/skus/schemas';
import { csvHeader } from '../columns';
import { listInputFor, type CsvExport } from '../export-types';
import { cellsOf, pagedRows } from '../paged-rows';

const keys = Object.keys(skuRow.shape);

export const skusExport: CsvExport = {
  header: csvHeader(keys),
  rows: ({ caller, org, params }) => pagedRows((page, size) => caller.skus.list(listInputFor(org, params, page, size)), (row) => cellsOf(keys, row)),
};
