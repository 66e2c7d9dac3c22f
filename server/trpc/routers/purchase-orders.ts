import {
  createPurchaseOrderInput,
  listPurchaseOrdersInput,
  markPurchaseOrderInTransitInput,
  purchaseOrderIdInput,
  receivePurchaseOrderWithSplitInput,
  updatePurchaseOrderDraftInput,
} from '../../services/purchase-orders/schemas';
import { placePurchaseOrder, updatePurchaseOrderDraft } from '../../services/purchase-orders/draft';
import { previewInboundSplit, receivePurchaseOrderWithSplit } from '../../services/purchase-orders/split';
import { listPurchaseOrders } from '../../services/purchase-orders/list';
import { getPurchaseOrder } from '../../services/purchase-orders/get';
import { createPurchaseOrder } from '../../services/purchase-orders/create';
import { markPurchaseOrderInTransit } from '../../services/purchase-orders/mark-in-transit';
import { cancelPurchaseOrder } from '../../services/purchase-orders/cancel';
import { router, tenantProcedure } from '../init';

export const purchaseOrdersRouter = router({
  list: tenantProcedure('viewer').input(listPurchaseOrdersInput).query(({ ctx, input }) => listPurchaseOrders({ ctx, input })),
  get: tenantProcedure('viewer').input(purchaseOrderIdInput).query(({ ctx, input }) => getPurchaseOrder({ ctx, input })),
  create: tenantProcedure('planner').input(createPurchaseOrderInput).mutation(({ ctx, input }) => createPurchaseOrder({ ctx, input })),
  markInTransit: tenantProcedure('planner').input(markPurchaseOrderInTransitInput).mutation(({ ctx, input }) => markPurchaseOrderInTransit({ ctx, input })),
  /** Receives at the arrival location; with `split`, sends units on to other locations in draft transfers. */
  receive: tenantProcedure('planner').input(receivePurchaseOrderWithSplitInput).mutation(({ ctx, input }) => receivePurchaseOrderWithSplit({ ctx, input })),
  updateDraft: tenantProcedure('planner').input(updatePurchaseOrderDraftInput).mutation(({ ctx, input }) => updatePurchaseOrderDraft({ ctx, input })),
  place: tenantProcedure('planner').input(purchaseOrderIdInput).mutation(({ ctx, input }) => placePurchaseOrder({ ctx, input })),
  splitPreview: tenantProcedure('viewer').input(purchaseOrderIdInput).query(({ ctx, input }) => previewInboundSplit({ ctx, input })),
  cancel: tenantProcedure('planner').input(purchaseOrderIdInput).mutation(({ ctx, input }) => cancelPurchaseOrder({ ctx, input })),
});
