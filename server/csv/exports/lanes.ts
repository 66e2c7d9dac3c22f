import { laneRow } from '../../services/lanes/schemas';
import { csvHeader } from '../columns';
import { listInputFor, type CsvExport } from '../export-types';
import { cellsOf, pagedRows } from '../paged-rows';

const keys = Object.keys(laneRow.shape);

export const lanesExport: CsvExport = {
  header: csvHeader(keys),
  rows: ({ caller, org, params }) => pagedRows((page, size) => caller.lanes.list(listInputFor(org, params, page, size)), (row) => cellsOf(keys, row)),
};
