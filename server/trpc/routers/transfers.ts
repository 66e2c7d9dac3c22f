import { createTransferInput, listTransfersInput, receiveTransferInput, transferIdInput, transferLaneInput } from '../../services/transfers/schemas';
import { listTransfers } from '../../services/transfers/list';
import { getTransfer } from '../../services/transfers/get';
import { previewTransferLane } from '../../services/transfers/preview-lane';
import { createTransfer } from '../../services/transfers/create';
import { approveTransfer } from '../../services/transfers/approve';
import { shipTransfer } from '../../services/transfers/ship';
import { receiveTransfer } from '../../services/transfers/receive';
import { cancelTransfer } from '../../services/transfers/cancel';
import { router, tenantProcedure } from '../init';

export const transfersRouter = router({
  list: tenantProcedure('viewer').input(listTransfersInput).query(({ ctx, input }) => listTransfers({ ctx, input })),
  get: tenantProcedure('viewer').input(transferIdInput).query(({ ctx, input }) => getTransfer({ ctx, input })),
  lane: tenantProcedure('viewer').input(transferLaneInput).query(({ ctx, input }) => previewTransferLane({ ctx, input })),
  create: tenantProcedure('planner').input(createTransferInput).mutation(({ ctx, input }) => createTransfer({ ctx, input })),
  approve: tenantProcedure('planner').input(transferIdInput).mutation(({ ctx, input }) => approveTransfer({ ctx, input })),
  ship: tenantProcedure('planner').input(transferIdInput).mutation(({ ctx, input }) => shipTransfer({ ctx, input })),
  receive: tenantProcedure('planner').input(receiveTransferInput).mutation(({ ctx, input }) => receiveTransfer({ ctx, input })),
  cancel: tenantProcedure('planner').input(transferIdInput).mutation(({ ctx, input }) => cancelTransfer({ ctx, input })),
});
