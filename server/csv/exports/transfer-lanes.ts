import { transferLaneRow } from '../../services/transfer-lanes/schemas';
import { csvHeader } from '../columns';
import { listInputFor, type CsvExport } from '../export-types';
import { cellsOf, pagedRows } from '../paged-rows';

const keys = Object.keys(transferLaneRow.shape);

export const transferLanesExport: CsvExport = {
  header: csvHeader(keys),
  rows: ({ caller, org, params }) => pagedRows((page, size) => caller.transferLanes.list(listInputFor(org, params, page, size)), (row) => cellsOf(keys, row)),
};
