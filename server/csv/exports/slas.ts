import { slaRow } from '../../services/regions/schemas';
import { csvHeader } from '../columns';
import { listInputFor, type CsvExport } from '../export-types';
import { cellsOf, pagedRows } from '../paged-rows';

const keys = Object.keys(slaRow.shape);

export const slasExport: CsvExport = {
  header: csvHeader(keys),
  rows: ({ caller, org, params }) => pagedRows((page, size) => caller.regions.listSlas(listInputFor(org, params, page, size)), (row) => cellsOf(keys, row)),
};
