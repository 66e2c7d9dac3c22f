import { regionRow } from '../../services/regions/schemas';
import { csvHeader } from '../columns';
import { listInputFor, type CsvExport } from '../export-types';
import { cellsOf, pagedRows } from '../paged-rows';

const keys = Object.keys(regionRow.shape);

export const regionsExport: CsvExport = {
  header: csvHeader(keys),
  rows: ({ caller, org, params }) => pagedRows((page, size) => caller.regions.list(listInputFor(org, params, page, size)), (row) => cellsOf(keys, row)),
};
