import { locationRow } from '../../services/locations/schemas';
import { csvHeader } from '../columns';
import { listInputFor, type CsvExport } from '../export-types';
import { cellsOf, pagedRows } from '../paged-rows';

const keys = Object.keys(locationRow.shape);

export const locationsExport: CsvExport = {
  header: csvHeader(keys),
  rows: ({ caller, org, params }) => pagedRows((page, size) => caller.locations.list(listInputFor(org, params, page, size)), (row) => cellsOf(keys, row)),
};
