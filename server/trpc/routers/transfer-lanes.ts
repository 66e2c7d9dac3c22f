import { archiveTransferLane, unarchiveTransferLane } from '../../services/transfer-lanes/archive';
import { createTransferLane } from '../../services/transfer-lanes/create';
import { getTransferLane } from '../../services/transfer-lanes/get';
import { listTransferLanes } from '../../services/transfer-lanes/list';
import { createTransferLaneInput, listTransferLanesInput, transferLaneIdInput, updateTransferLaneInput } from '../../services/transfer-lanes/schemas';
import { updateTransferLane } from '../../services/transfer-lanes/update';
import { router, tenantProcedure } from '../init';

export const transferLanesRouter = router({
  list: tenantProcedure('viewer').input(listTransferLanesInput).query(({ ctx, input }) => listTransferLanes({ ctx, input })),
  get: tenantProcedure('viewer').input(transferLaneIdInput).query(({ ctx, input }) => getTransferLane({ ctx, input })),
  create: tenantProcedure('planner').input(createTransferLaneInput).mutation(({ ctx, input }) => createTransferLane({ ctx, input })),
  update: tenantProcedure('planner').input(updateTransferLaneInput).mutation(({ ctx, input }) => updateTransferLane({ ctx, input })),
  archive: tenantProcedure('planner').input(transferLaneIdInput).mutation(({ ctx, input }) => archiveTransferLane({ ctx, input })),
  unarchive: tenantProcedure('planner').input(transferLaneIdInput).mutation(({ ctx, input }) => unarchiveTransferLane({ ctx, input })),
});
